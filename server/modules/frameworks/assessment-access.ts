// Who may see an assessment and who may fill which criterion (docs/decisions/frameworks-responsibility.md).
// A department's assessment is filled by its divisions, which sit outside the department's own scope for a
// division user (their scope is their division), so responsibility is decided here from the criterion's
// `responsibleUnits` and the user's unit, never by role alone.
import { can, inScope, type Actor } from '../../auth/permissions';
import type { Executor } from '../../db/client';
import { forbidden } from '../../errors';
import { frameworkRepository, type AssessmentRow } from './framework.repository';

export type UnitRef = { id: number; code: string; path: string; type: string; parentId: number | null; name: string };

/** Responsible-unit codes that name a group of units rather than one unit code. */
const ALL_DIVISIONS = 'CAC-PHONG';
const ALL_CHILD_UNITS = new Set(['DV-TRUC-THUOC', 'DV-LIEN-QUAN']);

/** The unit with this id, as access and scoring see it. */
export async function loadUnit(exec: Executor, id: number): Promise<UnitRef | undefined> {
  return frameworkRepository.unit(exec, id);
}

/** The assessment's context for one actor: the assessed unit and the actor's own unit. */
export type AccessContext = { actor: Actor; assessment: AssessmentRow; unit: UnitRef; actorUnit: UnitRef };

/** A division user working on their own department's assessment (their unit lies under the assessed unit). */
export function isContributingDivision(ctx: Pick<AccessContext, 'actor' | 'unit' | 'actorUnit'>): boolean {
  return ctx.actor.role === 'division_staff' && ctx.actorUnit.parentId === ctx.unit.id;
}

/**
 * May the actor read this assessment? In scope, or a division of the assessed department, or published
 * (published results are the province's public outcome). Anyone else: 403 that reveals nothing.
 */
export function canReadAssessment(ctx: Pick<AccessContext, 'actor' | 'unit' | 'actorUnit' | 'assessment'>): boolean {
  if (!can(ctx.actor, 'assessment:read')) return false;
  if (inScope(ctx.actor, ctx.unit.path)) return true;
  if (isContributingDivision(ctx)) return true;
  return ctx.assessment.status === 'published';
}

export function assertCanRead(ctx: AccessContext): void {
  if (!canReadAssessment(ctx)) throw forbidden();
}

/** Does `responsibleUnits` (framework codes) include the actor's unit, as a child of the assessed unit? */
export function isResponsible(responsibleUnits: readonly string[], ctx: Pick<AccessContext, 'unit' | 'actorUnit'>): boolean {
  const { unit, actorUnit } = ctx;
  if (actorUnit.parentId !== unit.id) return false;
  return responsibleUnits.some((code) => code === actorUnit.code || (code === ALL_DIVISIONS && actorUnit.type === 'division') || ALL_CHILD_UNITS.has(code));
}

/**
 * May the actor enter a criterion's inputs? They need 'assessment:fill' and either the assessed unit in
 * their scope (the Office, or a school filling its own assessment) or responsibility for the criterion.
 */
export function canFillCriterion(ctx: AccessContext, responsibleUnits: readonly string[]): boolean {
  if (!can(ctx.actor, 'assessment:fill')) return false;
  if (inScope(ctx.actor, ctx.unit.path)) return true;
  return isContributingDivision(ctx) && isResponsible(responsibleUnits, ctx);
}
