import { authorize, can, inGrantedHistory, inScope, type Actor } from '../../auth/permissions';
import type { Executor } from '../../db/client';
import { forbidden, notFound } from '../../errors';
import { orgUnitRepository, type OrgUnitRow } from '../org-units/org-unit.repository';
import type { PlanRow, TaskRow } from './plan.repository';

/** Every unit by id: the tree is small (one department), and tasks name several units each. */
export type UnitMap = Map<number, OrgUnitRow>;

export async function loadUnits(exec: Executor): Promise<UnitMap> {
  return new Map((await orgUnitRepository.listAll(exec)).map((u) => [u.id, u]));
}

function unitInScope(actor: Actor, units: UnitMap, unitId: number): boolean {
  const unit = units.get(unitId);
  return unit !== undefined && inScope(actor, unit.path);
}

// Reading also reaches the history of ended units an administrator granted (never writing).
function unitReadable(actor: Actor, units: UnitMap, unitId: number): boolean {
  const unit = units.get(unitId);
  return unit !== undefined && (inScope(actor, unit.path) || inGrantedHistory(actor, unit.path));
}

/** A plan is visible to users whose scope holds its unit (or who were granted the history of its ended unit). */
export function canSeePlan(actor: Actor, units: UnitMap, plan: PlanRow): boolean {
  return can(actor, 'plan:read') && unitReadable(actor, units, plan.unitId);
}

/**
 * A task is visible to the plan's unit, its lead unit and its coordinating units (each with their
 * scope): a school sees the department's tasks it leads or joins, and nothing else of that plan.
 */
export function canSeeTask(actor: Actor, units: UnitMap, plan: PlanRow, task: TaskRow): boolean {
  if (!can(actor, 'plan:read')) return false;
  return canSeePlan(actor, units, plan) || unitReadable(actor, units, task.leadUnitId) || task.coordinatingUnitIds.some((id) => unitReadable(actor, units, id));
}

/** Progress is reported by the lead unit (or those whose scope holds it, like the Office). */
export function canUpdateTask(actor: Actor, units: UnitMap, task: TaskRow): boolean {
  return can(actor, 'task:update') && unitInScope(actor, units, task.leadUnitId);
}

/** Coordinating units add notes (and evidence), as do those who may update it. */
export function canNoteTask(actor: Actor, units: UnitMap, plan: PlanRow, task: TaskRow): boolean {
  if (!can(actor, 'task:update')) return false;
  return canUpdateTask(actor, units, task) || unitInScope(actor, units, plan.unitId) || task.coordinatingUnitIds.some((id) => unitInScope(actor, units, id));
}

/** The plan's content (tasks, targets, import) changes while it is a draft or returned; see docs/decisions/plans-editing.md. */
export function canEditPlan(actor: Actor, units: UnitMap, plan: PlanRow): boolean {
  if (!can(actor, 'plan:manage') || !unitInScope(actor, units, plan.unitId)) return false;
  return plan.status === 'draft' || plan.status === 'returned' || (plan.status === 'approved' && can(actor, 'plan:approve'));
}

/** Refuses with 403 (never 404 for non-global actors) so a record's existence does not leak. */
export function missing(actor: Actor, what: string) {
  return actor.scopePath === '/' ? notFound(what) : forbidden();
}

export function requireUnitInScope(actor: Actor, action: string, units: UnitMap, unitId: number): OrgUnitRow {
  const unit = units.get(unitId) ?? null;
  if (!unit && actor.scopePath === '/') throw notFound(`đơn vị có mã số ${unitId}`);
  authorize(actor, action, unit);
  return unit!;
}
