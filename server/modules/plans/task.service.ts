import type { CreateTaskRequest, Task } from '../../../contracts/plans';
import { CreateTaskRequest as CreateTaskSchema, TaskUpdateRequest } from '../../../contracts/plans';
import { isReformAreaKey, type ReformAreaKey } from '../../../domain/plans/reform-areas';
import { classifyTaskOutcome, dueSoon } from '../../../domain/tasks/outcome';
import { parseTimeFrame } from '../../../domain/tasks/time-frame';
import type { TaskSource } from '../../../domain/tasks/task';
import { addDays, type IsoDate } from '../../../domain/time/iso-date';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { DomainError, forbidden } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { fileForRead } from '../files/file.service';
import { canEditPlan, canNoteTask, canSeePlan, canSeeTask, canUpdateTask, loadUnits, missing, type UnitMap } from './access';
import { planRepository, type PlanRow, type TaskRow } from './plan.repository';
import * as clock from '../../clock';

/** The public shape of a task, with its outcome class as of a date and what this user may do. */
export function toTask(row: TaskRow, plan: PlanRow, units: UnitMap, actor: Actor | null, asOf: IsoDate): Task {
  const name = (id: number) => units.get(id)?.shortName ?? units.get(id)?.name ?? `#${id}`;
  return {
    id: row.id,
    planId: row.planId,
    planYear: plan.year,
    no: row.no,
    content: row.content,
    areaKey: row.areaKey as ReformAreaKey,
    leadUnitId: row.leadUnitId,
    leadUnitName: name(row.leadUnitId),
    coordinatingUnitIds: row.coordinatingUnitIds,
    coordinatingUnitNames: row.coordinatingText ? [row.coordinatingText] : row.coordinatingUnitIds.map(name),
    timeFrameText: row.timeFrameText,
    timeFrameLabel: row.timeFrameLabel,
    startDate: row.startDate,
    deadline: row.deadline,
    product: row.product,
    source: row.source as TaskSource,
    priority: row.priority as Task['priority'],
    progress: row.progress,
    doneOn: row.doneOn,
    doneProduct: row.doneProduct,
    outcome: classifyTaskOutcome({ deadline: row.deadline, doneOn: row.doneOn }, asOf),
    cancellation: row.cancelledOn
      ? { on: row.cancelledOn, reason: row.cancelReason ?? '', decisionNo: row.cancelDecisionNo, decisionDate: row.cancelDecisionDate }
      : null,
    // A cancelled task takes no more progress reports until it is restored.
    canUpdate: actor && !row.cancelledOn ? canUpdateTask(actor, units, row) : false,
    canNote: actor ? canNoteTask(actor, units, plan, row) : false,
    canEdit: actor ? canEditPlan(actor, units, plan) : false,
  };
}

/** The stored values of a new task: the time frame is read once, here, into a deadline. */
export function taskValues(planId: number, year: number, input: ReturnType<typeof CreateTaskSchema.parse>, coordinatingText: string | null = null) {
  const frame = parseTimeFrame(input.timeFrame, year);
  return {
    planId,
    no: input.no ?? null,
    content: input.content,
    areaKey: input.areaKey,
    leadUnitId: input.leadUnitId,
    coordinatingUnitIds: [...new Set(input.coordinatingUnitIds)],
    coordinatingText,
    timeFrameText: input.timeFrame,
    timeFrameLabel: frame.label,
    startDate: frame.start ?? null,
    deadline: frame.deadline,
    product: input.product ?? null,
    source: input.source,
    priority: input.priority,
  };
}

/**
 * Adds a task to a plan. Stable signature: the frameworks feature calls it to turn a lost criterion
 * into a task, inside its own transaction.
 */
export async function createTask(tx: Executor, actor: Actor, input: CreateTaskRequest & { planId: number }): Promise<Task> {
  authorize(actor, 'plan:manage');
  const units = await loadUnits(tx);
  const plan = await planRepository.findPlan(tx, input.planId);
  if (!plan || !canSeePlan(actor, units, plan)) throw missing(actor, `kế hoạch có mã số ${input.planId}`);
  if (!canEditPlan(actor, units, plan)) {
    throw new DomainError(
      'PLAN_NOT_EDITABLE',
      'Kế hoạch đã trình hoặc đã phê duyệt: chỉ Văn phòng/lãnh đạo được bổ sung nhiệm vụ; hãy đề nghị trả lại để chỉnh sửa.',
      409,
    );
  }
  const parsed = CreateTaskSchema.parse(input);
  if (!isReformAreaKey(parsed.areaKey)) throw new DomainError('BAD_AREA', 'Chọn lĩnh vực CCHC của nhiệm vụ.', 400, { field: 'areaKey' });
  for (const id of [parsed.leadUnitId, ...parsed.coordinatingUnitIds]) {
    if (!units.get(id)?.active)
      throw new DomainError('UNIT_NOT_FOUND', `Đơn vị có mã số ${id} không tồn tại hoặc đã ngừng hoạt động; chọn đơn vị khác.`, 400, {
        field: id === parsed.leadUnitId ? 'leadUnitId' : 'coordinatingUnitIds',
      });
  }
  const [row] = await planRepository.insertTasks(tx, [taskValues(plan.id, plan.year, parsed)]);
  await recordAudit(tx, actor, { action: 'task.created', entityType: 'plan_task', entityId: row.id, unitId: plan.unitId, after: row });
  return toTask(row, plan, units, actor, clock.today());
}

/** Tasks of a plan the actor may see (a school: only those it leads or joins). */
export async function listPlanTasks(db: Db, actor: Actor, planId: number, asOf: IsoDate): Promise<Task[]> {
  authorize(actor, 'plan:read');
  const units = await loadUnits(db);
  const plan = await planRepository.findPlan(db, planId);
  if (!plan) throw missing(actor, `kế hoạch có mã số ${planId}`);
  const rows = (await planRepository.listTasks(db, [planId])).filter((t) => canSeeTask(actor, units, plan, t));
  if (!rows.length && !canSeePlan(actor, units, plan)) throw forbidden();
  return rows.map((r) => toTask(r, plan, units, actor, asOf));
}

/** "My unit's tasks": those led by a unit in the actor's own unit subtree, with what is due soon and what is overdue. */
export async function myTasks(db: Db, actor: Actor, asOf: IsoDate, days = 14) {
  authorize(actor, 'plan:read');
  const units = await loadUnits(db);
  const plans = new Map((await planRepository.listPlans(db, {})).map((p) => [p.id, p]));
  const own = (id: number) => units.get(id)?.path.startsWith(actor.unitPath) ?? false;
  const rows = (await planRepository.listTasks(db)).filter((t) => own(t.leadUnitId) || t.coordinatingUnitIds.some(own));
  const all = rows.map((r) => toTask(r, plans.get(r.planId)!, units, actor, asOf));
  // Cancelled tasks stay in "all" (marked) but are neither due soon nor overdue.
  const led = all.filter((t) => own(t.leadUnitId) && !t.cancellation);
  const soon = new Set(dueSoon(led, asOf, days).map((t) => t.id));
  return {
    asOf,
    dueSoon: led.filter((t) => soon.has(t.id)).sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? '')),
    overdue: led.filter((t) => t.outcome === 'open-overdue'),
    all,
  };
}

export async function visibleTask(exec: Executor, actor: Actor, id: number) {
  authorize(actor, 'plan:read');
  const units = await loadUnits(exec);
  const task = await planRepository.findTask(exec, id);
  const plan = task ? await planRepository.findPlan(exec, task.planId) : null;
  if (!task || !plan || !canSeeTask(actor, units, plan, task)) throw missing(actor, `nhiệm vụ có mã số ${id}`);
  return { task, plan, units };
}

/** A task with its history of progress reports and notes. */
export async function getTask(db: Db, actor: Actor, id: number, asOf: IsoDate) {
  const { task, plan, units } = await visibleTask(db, actor, id);
  const updates = await planRepository.listUpdates(db, id);
  const names = await planRepository.fileNames(
    db,
    updates.flatMap((u) => u.update.fileIds),
  );
  return {
    task: toTask(task, plan, units, actor, asOf),
    updates: updates.map(({ update: u, userName }) => ({
      id: u.id,
      kind: u.kind,
      progress: u.progress,
      note: u.note,
      files: u.fileIds.map((fid) => ({ id: fid, name: names.get(fid) ?? fid })),
      unitName: units.get(u.unitId)?.shortName ?? units.get(u.unitId)?.name ?? '',
      userName: userName ?? '',
      createdAt: u.createdAt.toISOString(),
    })),
  };
}

/**
 * A progress report (lead unit) or a note (coordinating units). Progress 100% needs the date it was
 * done; a date in the future is refused, since outcome classes are judged on it.
 */
export async function addTaskUpdate(db: Db, actor: Actor, id: number, input: ReturnType<typeof TaskUpdateRequest.parse>): Promise<Task> {
  authorize(actor, 'task:update');
  return db.transaction(async (tx) => {
    const { task, plan, units } = await visibleTask(tx, actor, id);
    const isProgress = input.progress !== undefined || input.doneOn !== undefined;
    if (isProgress ? !canUpdateTask(actor, units, task) : !canNoteTask(actor, units, plan, task)) throw forbidden();
    if (isProgress && task.cancelledOn)
      throw new DomainError(
        'TASK_CANCELLED',
        'Nhiệm vụ đã bị hủy nên không cập nhật tiến độ được; đề nghị Văn phòng khôi phục nhiệm vụ nếu vẫn thực hiện.',
        409,
      );
    if (!isProgress && !input.note && !input.fileIds.length)
      throw new DomainError('EMPTY_NOTE', 'Nhập ghi chú hoặc đính kèm minh chứng.', 400, { field: 'note' });
    for (const fid of input.fileIds) await fileForRead(tx as unknown as Db, actor, fid);
    const today = clock.today();
    const progress = input.doneOn ? 100 : input.progress;
    if (progress === 100 && !input.doneOn) throw new DomainError('DONE_NEEDS_DATE', 'Tiến độ 100%: nhập ngày hoàn thành.', 400, { field: 'doneOn' });
    if (input.doneOn && input.doneOn > addDays(today, 0))
      throw new DomainError('DONE_IN_FUTURE', 'Ngày hoàn thành không được sau ngày hôm nay.', 400, { field: 'doneOn' });
    const kind = !isProgress ? 'note' : progress === 100 ? 'done' : 'progress';
    await planRepository.insertUpdate(tx, {
      taskId: id,
      kind,
      progress: progress ?? null,
      note: input.note,
      fileIds: input.fileIds,
      unitId: actor.unitId,
      userId: actor.userId,
    });
    let row = task;
    if (isProgress) {
      row = await planRepository.updateTask(tx, id, {
        progress: progress ?? task.progress,
        doneOn: progress === 100 ? input.doneOn! : null,
        doneProduct: progress === 100 ? (input.doneProduct ?? task.product) : null,
      });
    }
    await recordAudit(tx, actor, {
      action: `task.${kind}`,
      entityType: 'plan_task',
      entityId: id,
      unitId: task.leadUnitId,
      before: { progress: task.progress, doneOn: task.doneOn },
      after: { progress: row.progress, doneOn: row.doneOn, note: input.note, fileIds: input.fileIds },
    });
    return toTask(row, plan, units, actor, today);
  });
}
