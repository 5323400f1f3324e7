import { z } from 'zod';
import type { CreateTargetRequest, EditTargetRequest, Target, TypedValueRequest } from '../../../contracts/plans';
import { evaluateTarget, type Target as DomainTarget } from '../../../domain/targets/target';
import type { IsoDate } from '../../../domain/time/iso-date';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { DomainError } from '../../errors';
import { computeMetric, getMetric } from '../../metrics/registry';
import { recordAudit, saveEditWithAudit } from '../audit/audit.service';
import { fileForRead } from '../files/file.service';
import { canEditPlan, canSeePlan, loadUnits, missing } from './access';
import { planRepository, type PlanRow, type TargetRow } from './plan.repository';
import { taskMetricValue, tasksForMetric } from './stats.service';
import * as clock from '../../clock';

/** Evaluates a stored target as of a date: from its metric (the registry) or from the typed value. */
async function evaluate(exec: Executor, row: TargetRow, plan: PlanRow, unitPath: string, asOf: IsoDate): Promise<Target> {
  const domain: DomainTarget = {
    code: row.code,
    text: row.text,
    comparison: row.comparison as DomainTarget['comparison'],
    value: row.value,
    unit: row.unit as DomainTarget['unit'],
    binding: { kind: 'typed' },
    deadline: row.deadline ?? `${plan.year}-12-31`,
  };
  let actual: { value: number | null; numerator?: number; denominator?: number };
  let source: string;
  if (row.metricKey) {
    const query = { unitId: plan.unitId, unitPath, from: `${plan.year}-01-01`, to: `${plan.year}-12-31`, asOf };
    // Task metrics narrowed to some sources (e.g. tasks the city gave) are computed here; the registry has no such filter.
    const m =
      row.metricKey.startsWith('tasks.') && row.taskSources?.length
        ? taskMetricValue(row.metricKey, await tasksForMetric(exec, query, row.taskSources), asOf)
        : await computeMetric(exec, row.metricKey, query);
    actual = { value: m.value, numerator: m.numerator, denominator: m.denominator };
    source = m.source;
  } else {
    actual = { value: row.typedValue };
    source = row.typedValue === null ? 'Chưa nhập số liệu.' : `Số liệu nhập tay ngày ${row.typedAt ?? ''}${row.typedNote ? `: ${row.typedNote}` : ''}.`;
  }
  const e = evaluateTarget(domain, actual, asOf);
  return {
    id: row.id,
    planId: row.planId,
    code: row.code,
    text: row.text,
    comparison: domain.comparison,
    value: row.value,
    unit: domain.unit,
    metricKey: row.metricKey,
    taskSources: (row.taskSources as Target['taskSources']) ?? null,
    deadline: row.deadline,
    typedValue: row.typedValue,
    typedNote: row.typedNote,
    evidenceFileId: row.evidenceFileId,
    evaluation: { ...e, source },
  };
}

async function planFor(exec: Executor, actor: Actor, planId: number) {
  authorize(actor, 'plan:read');
  const units = await loadUnits(exec);
  const plan = await planRepository.findPlan(exec, planId);
  if (!plan || !canSeePlan(actor, units, plan)) throw missing(actor, `kế hoạch có mã số ${planId}`);
  return { plan, units, unitPath: units.get(plan.unitId)!.path };
}

/** The plan's targets with actual vs target and whether each is met, as of a date. */
export async function listTargets(db: Db, actor: Actor, planId: number, asOf: IsoDate): Promise<Target[]> {
  const { plan, unitPath } = await planFor(db, actor, planId);
  const rows = await planRepository.listTargets(db, planId);
  return Promise.all(rows.map((r) => evaluate(db, r, plan, unitPath, asOf)));
}

export async function createTarget(db: Db, actor: Actor, planId: number, input: z.infer<typeof CreateTargetRequest>): Promise<Target> {
  authorize(actor, 'plan:manage');
  return db.transaction(async (tx) => {
    const { plan, units, unitPath } = await planFor(tx, actor, planId);
    if (!canEditPlan(actor, units, plan))
      throw new DomainError('PLAN_NOT_EDITABLE', 'Kế hoạch đã trình hoặc đã phê duyệt; đề nghị trả lại để sửa chỉ tiêu.', 409);
    if (input.metricKey && !getMetric(input.metricKey)) {
      throw new DomainError('UNKNOWN_METRIC', `Hệ thống chưa tính chỉ số "${input.metricKey}"; chọn chỉ số có sẵn hoặc để trống để nhập tay.`, 400, {
        field: 'metricKey',
      });
    }
    const [row] = await planRepository.insertTargets(tx, [
      {
        planId,
        code: input.code,
        text: input.text,
        comparison: input.comparison,
        value: input.value,
        unit: input.unit,
        metricKey: input.metricKey ?? null,
        deadline: input.deadline ?? null,
      },
    ]);
    await recordAudit(tx, actor, { action: 'target.created', entityType: 'plan_target', entityId: row.id, unitId: plan.unitId, after: row });
    return evaluate(tx, row, plan, unitPath, clock.today());
  });
}

/** A value typed in for a target without a metric, always with an evidence file. */
export async function setTypedValue(db: Db, actor: Actor, targetId: number, input: z.infer<typeof TypedValueRequest>): Promise<Target> {
  authorize(actor, 'task:update');
  return db.transaction(async (tx) => {
    const row = await planRepository.findTarget(tx, targetId);
    if (!row) throw missing(actor, `chỉ tiêu có mã số ${targetId}`);
    const { plan, units, unitPath } = await planFor(tx, actor, row.planId);
    authorize(actor, 'task:update', units.get(plan.unitId));
    if (row.metricKey) throw new DomainError('TARGET_COMPUTED', `Chỉ tiêu "${row.code}" do hệ thống tính từ chỉ số ${row.metricKey}; không nhập tay.`, 409);
    await fileForRead(tx as unknown as Db, actor, input.evidenceFileId);
    const updated = await planRepository.updateTarget(tx, targetId, {
      typedValue: input.value,
      typedNote: input.note,
      evidenceFileId: input.evidenceFileId,
      typedAt: clock.today(),
    });
    await recordAudit(tx, actor, {
      action: 'target.value-set',
      entityType: 'plan_target',
      entityId: targetId,
      unitId: plan.unitId,
      before: { typedValue: row.typedValue },
      after: { typedValue: input.value, evidenceFileId: input.evidenceFileId },
    });
    return evaluate(tx, updated, plan, unitPath, clock.today());
  });
}

async function editableTarget(tx: Executor, actor: Actor, targetId: number) {
  authorize(actor, 'plan:manage');
  const row = await planRepository.findTarget(tx, targetId);
  if (!row) throw missing(actor, `chỉ tiêu có mã số ${targetId}`);
  const found = await planFor(tx, actor, row.planId);
  if (!canEditPlan(actor, found.units, found.plan))
    throw new DomainError('PLAN_NOT_EDITABLE', 'Kế hoạch đã trình hoặc đã phê duyệt; đề nghị trả lại để sửa chỉ tiêu.', 409);
  return { row, ...found };
}

/** Changes a target's wording, comparison, value, unit, binding or deadline (only the fields sent). */
export async function editTarget(db: Db, actor: Actor, targetId: number, input: z.infer<typeof EditTargetRequest>): Promise<Target> {
  authorize(actor, 'plan:manage');
  return db.transaction(async (tx) => {
    const { row, plan, unitPath } = await editableTarget(tx, actor, targetId);
    if (input.metricKey && !getMetric(input.metricKey)) {
      throw new DomainError('UNKNOWN_METRIC', `Hệ thống chưa tính chỉ số "${input.metricKey}"; chọn chỉ số có sẵn hoặc để trống để nhập tay.`, 400, {
        field: 'metricKey',
      });
    }
    const values = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<TargetRow>;
    const save = (v: Partial<TargetRow>) => planRepository.updateTarget(tx, targetId, v);
    const updated = await saveEditWithAudit(tx, actor, row, values, save, {
      action: 'target.edited',
      entityType: 'plan_target',
      entityId: targetId,
      unitId: plan.unitId,
    });
    return evaluate(tx, updated ?? row, plan, unitPath, clock.today());
  });
}

/** Removes a target entered by mistake, while the plan's content may change. */
export async function deleteTarget(db: Db, actor: Actor, targetId: number): Promise<void> {
  authorize(actor, 'plan:manage');
  await db.transaction(async (tx) => {
    const { row, plan } = await editableTarget(tx, actor, targetId);
    await planRepository.deleteTarget(tx, targetId);
    await recordAudit(tx, actor, { action: 'target.deleted', entityType: 'plan_target', entityId: targetId, unitId: plan.unitId, before: row });
  });
}
