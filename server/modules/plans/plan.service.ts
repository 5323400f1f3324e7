import type { CreatePlanRequest, Plan, PlanTransitionRequest } from '../../../contracts/plans';
import {
  allowedPlanActions,
  nextPlanStatus,
  PLAN_SUBMISSION_LABELS,
  planSubmissionStatus,
  PlanRuleError,
  type PlanStatus,
} from '../../../domain/plans/plan-status';
import type { IsoDate } from '../../../domain/time/iso-date';
import { authorize, can, inScope, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { conflict, DomainError } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { canEditPlan, canSeePlan, canSeeTask, loadUnits, missing, requireUnitInScope, type UnitMap } from './access';
import { planRepository, type PlanRow } from './plan.repository';
import * as clock from '../../clock';

/** Which of the allowed moves this user may make: submit/revise by the plan's unit, approve/return by the Office and leaders. */
function actionsFor(actor: Actor, units: UnitMap, plan: PlanRow): Plan['actions'] {
  const unit = units.get(plan.unitId);
  if (!unit || !inScope(actor, unit.path)) return [];
  return allowedPlanActions(plan.status as PlanStatus).filter((a) => can(actor, a === 'approve' || a === 'return' ? 'plan:approve' : 'plan:manage'));
}

export function toPlan(row: PlanRow, units: UnitMap, names: Map<number, string>, taskCount: number, actor: Actor): Plan {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: units.get(row.unitId)?.name ?? '',
    year: row.year,
    title: row.title,
    documentNumber: row.documentNumber,
    parentPlanId: row.parentPlanId,
    status: row.status as PlanStatus,
    submittedAt: row.submittedAt,
    submittedBy: row.submittedBy ? (names.get(row.submittedBy) ?? null) : null,
    approvedAt: row.approvedAt,
    approvedBy: row.approvedBy ? (names.get(row.approvedBy) ?? null) : null,
    returnComment: row.returnComment,
    taskCount,
    actions: actionsFor(actor, units, row),
    canEdit: canEditPlan(actor, units, row),
  };
}

async function present(exec: Executor, actor: Actor, rows: PlanRow[], units: UnitMap): Promise<Plan[]> {
  const counts = await planRepository.taskCounts(exec);
  const names = await planRepository.userNames(
    exec,
    rows.flatMap((r) => [r.submittedBy, r.approvedBy]).filter((x): x is number => x !== null),
  );
  return rows.map((r) => toPlan(r, units, names, counts.get(r.id) ?? 0, actor));
}

/** Plans the actor sees: of units in scope, and those holding tasks the actor's units lead or join. */
export async function listPlans(db: Db, actor: Actor, query: { year?: number; unitId?: number }): Promise<Plan[]> {
  authorize(actor, 'plan:read');
  const units = await loadUnits(db);
  const all = (await planRepository.listPlans(db, query)).filter((p) => !query.unitId || p.unitId === query.unitId);
  const tasks = await planRepository.listTasks(
    db,
    all.map((p) => p.id),
  );
  const visible = all.filter((p) => canSeePlan(actor, units, p) || tasks.some((t) => t.planId === p.id && canSeeTask(actor, units, p, t)));
  return present(db, actor, visible, units);
}

export async function getPlan(db: Db, actor: Actor, id: number): Promise<Plan> {
  const plans = await listPlans(db, actor, {});
  const plan = plans.find((p) => p.id === id);
  if (!plan) throw missing(actor, `kế hoạch có mã số ${id}`);
  return plan;
}

/** A unit's plan for a year; a sub-unit's plan hangs under the department's plan of that year. */
export async function createPlan(db: Db, actor: Actor, input: CreatePlanRequest): Promise<Plan> {
  authorize(actor, 'plan:manage');
  return db.transaction(async (tx) => {
    const units = await loadUnits(tx);
    const unit = requireUnitInScope(actor, 'plan:manage', units, input.unitId);
    if (await planRepository.findPlanByUnitYear(tx, unit.id, input.year)) {
      throw conflict('PLAN_EXISTS', `${unit.name} đã có kế hoạch CCHC năm ${input.year}; mở kế hoạch đó để sửa thay vì tạo mới.`);
    }
    let parentPlanId = input.parentPlanId ?? null;
    if (parentPlanId === null && unit.parentId !== null) {
      // Default parent: the root unit's plan of the same year, as seed 003 asks units to follow it.
      const root = [...units.values()].find((u) => u.parentId === null && unit.path.startsWith(u.path));
      parentPlanId = root ? ((await planRepository.findPlanByUnitYear(tx, root.id, input.year))?.id ?? null) : null;
    } else if (parentPlanId !== null) {
      const parent = await planRepository.findPlan(tx, parentPlanId);
      if (!parent || parent.year !== input.year)
        throw new DomainError('BAD_PARENT_PLAN', `Kế hoạch cấp trên phải là kế hoạch năm ${input.year}.`, 400, { field: 'parentPlanId' });
    }
    const row = await planRepository.insertPlan(tx, {
      unitId: unit.id,
      year: input.year,
      title: input.title,
      documentNumber: input.documentNumber ?? null,
      parentPlanId,
      createdBy: actor.userId,
    });
    await recordAudit(tx, actor, { action: 'plan.created', entityType: 'plan', entityId: row.id, unitId: unit.id, after: row });
    return (await present(tx, actor, [row], units))[0];
  });
}

/** Submit, approve, return (with a comment) or revise; the status machine lives in domain/plans. */
export async function transitionPlan(db: Db, actor: Actor, id: number, input: PlanTransitionRequest): Promise<Plan> {
  authorize(actor, input.action === 'approve' || input.action === 'return' ? 'plan:approve' : 'plan:manage');
  return db.transaction(async (tx) => {
    const units = await loadUnits(tx);
    const plan = await planRepository.findPlan(tx, id);
    if (!plan || !canSeePlan(actor, units, plan)) throw missing(actor, `kế hoạch có mã số ${id}`);
    authorize(actor, input.action === 'approve' || input.action === 'return' ? 'plan:approve' : 'plan:manage', units.get(plan.unitId));
    let status: PlanStatus;
    try {
      status = nextPlanStatus(plan.status as PlanStatus, input.action === 'return' ? { type: 'return', comment: input.comment ?? '' } : { type: input.action });
    } catch (e) {
      if (e instanceof PlanRuleError) throw new DomainError(e.code, e.message, e.code === 'PLAN_ILLEGAL_TRANSITION' ? 409 : 400, { field: 'comment' });
      throw e;
    }
    const today = clock.today();
    const patch: Partial<PlanRow> = { status };
    if (input.action === 'submit') Object.assign(patch, { submittedAt: today, submittedBy: actor.userId, returnComment: null });
    if (input.action === 'approve') Object.assign(patch, { approvedAt: today, approvedBy: actor.userId });
    if (input.action === 'return') Object.assign(patch, { returnComment: input.comment ?? '' });
    const row = await planRepository.updatePlan(tx, id, patch);
    await recordAudit(tx, actor, {
      action: `plan.${input.action}`,
      entityType: 'plan',
      entityId: id,
      unitId: plan.unitId,
      before: { status: plan.status },
      after: { status, comment: input.comment ?? null },
    });
    return (await present(tx, actor, [row], units))[0];
  });
}

/** Which units sent their year's plan by the deadline (seed 003: "trước ngày 15/01"), as of a date. */
export async function planSubmissions(db: Db, actor: Actor, query: { year: number; deadline: string; asOf?: IsoDate }) {
  authorize(actor, 'plan:monitor');
  const units = await loadUnits(db);
  const asOf = query.asOf ?? clock.today();
  const plans = await planRepository.listPlans(db, { year: query.year });
  const rows = [...units.values()]
    .filter((u) => u.active && u.parentId !== null && u.type !== 'division' && inScope(actor, u.path))
    .map((u) => {
      const plan = plans.find((p) => p.unitId === u.id) ?? null;
      let status;
      try {
        status = planSubmissionStatus({ year: query.year, submittedAt: plan?.submittedAt ?? null }, query.deadline, asOf);
      } catch (e) {
        if (e instanceof PlanRuleError) throw new DomainError(e.code, e.message, 400, { field: 'deadline' });
        throw e;
      }
      return {
        unitId: u.id,
        unitName: u.name,
        unitType: u.type,
        planId: plan?.id ?? null,
        planStatus: (plan?.status as PlanStatus) ?? null,
        submittedAt: plan?.submittedAt ?? null,
        status,
        label: PLAN_SUBMISSION_LABELS[status],
      };
    });
  return { deadline: query.deadline, asOf, rows };
}
