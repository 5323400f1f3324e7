import { EditTaskRequest, type Task } from '../../../contracts/plans';
import { parseTimeFrame } from '../../../domain/tasks/time-frame';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { DomainError, forbidden } from '../../errors';
import { recordAudit, saveEditWithAudit } from '../audit/audit.service';
import { canEditPlan, canSeePlan, type UnitMap } from './access';
import { planRepository, type PlanRow, type TaskRow } from './plan.repository';
import { toTask, visibleTask } from './task.service';
import * as clock from '../../clock';

/** Same rule as adding a task: a submitted plan is frozen; an approved one changes only by the Office. */
function requireEditable(actor: Actor, units: UnitMap, plan: PlanRow) {
  // A unit that only leads or joins a task of someone else's plan may not change the task itself.
  if (!canSeePlan(actor, units, plan)) throw forbidden();
  if (!canEditPlan(actor, units, plan)) {
    throw new DomainError(
      'PLAN_NOT_EDITABLE',
      'Kế hoạch đã trình hoặc đã phê duyệt: chỉ Văn phòng/lãnh đạo được sửa, xoá nhiệm vụ; hãy đề nghị trả lại để chỉnh sửa.',
      409,
    );
  }
}

/** A task the actor may change (edit, delete, cancel, restore), with its plan and the unit map. */
export async function editableTask(tx: Executor, actor: Actor, id: number) {
  const found = await visibleTask(tx, actor, id);
  requireEditable(actor, found.units, found.plan);
  return found;
}

function requireActiveUnits(units: UnitMap, ids: number[], field: string) {
  for (const id of ids) {
    if (!units.get(id)?.active)
      throw new DomainError('UNIT_NOT_FOUND', `Đơn vị có mã số ${id} không tồn tại hoặc đã ngừng hoạt động; chọn đơn vị khác.`, 400, { field });
  }
}

/**
 * Changes a task's content, area, units, time frame, product, source or priority. Progress is not
 * edited here (it has its own history). A changed time frame is parsed again into the deadline.
 */
export async function editTask(db: Db, actor: Actor, id: number, body: EditTaskRequest): Promise<Task> {
  authorize(actor, 'plan:manage');
  const input = EditTaskRequest.parse(body);
  return db.transaction(async (tx) => {
    const { task, plan, units } = await editableTask(tx, actor, id);
    if (input.leadUnitId !== undefined) requireActiveUnits(units, [input.leadUnitId], 'leadUnitId');
    if (input.coordinatingUnitIds) requireActiveUnits(units, input.coordinatingUnitIds, 'coordinatingUnitIds');
    const values: Partial<TaskRow> = {};
    if (input.content !== undefined) values.content = input.content;
    if (input.no !== undefined) values.no = input.no;
    if (input.areaKey !== undefined) values.areaKey = input.areaKey;
    if (input.leadUnitId !== undefined) values.leadUnitId = input.leadUnitId;
    if (input.coordinatingUnitIds !== undefined) {
      values.coordinatingUnitIds = [...new Set(input.coordinatingUnitIds)];
      // Units chosen from the list replace the cell as printed at import.
      values.coordinatingText = null;
    }
    if (input.timeFrame !== undefined && input.timeFrame !== task.timeFrameText) {
      const frame = parseTimeFrame(input.timeFrame, plan.year);
      // Like the import: text that is not a time frame is refused rather than silently losing the deadline.
      if (frame.kind === 'text' && input.timeFrame !== '') {
        throw new DomainError(
          'BAD_TIME_FRAME',
          `Không đọc được thời gian "${input.timeFrame}"; ghi theo dạng ngày, tháng, quý, "Cả năm" hoặc "Thường xuyên".`,
          400,
          { field: 'timeFrame' },
        );
      }
      Object.assign(values, { timeFrameText: input.timeFrame, timeFrameLabel: frame.label, startDate: frame.start ?? null, deadline: frame.deadline });
    }
    if (input.product !== undefined) values.product = input.product;
    if (input.source !== undefined) values.source = input.source;
    if (input.priority !== undefined) values.priority = input.priority;
    const save = (v: Partial<TaskRow>) => planRepository.updateTask(tx, id, v);
    const row = await saveEditWithAudit(tx, actor, task, values, save, { action: 'task.edited', entityType: 'plan_task', entityId: id, unitId: plan.unitId });
    return toTask(row ?? task, plan, units, actor, clock.today());
  });
}

/**
 * Deletes a task entered by mistake. A task with progress reports or notes is refused: its history is
 * evidence the unit reported, and the outcome statistics were counted on it (docs/decisions).
 */
export async function deleteTask(db: Db, actor: Actor, id: number): Promise<void> {
  authorize(actor, 'plan:manage');
  await db.transaction(async (tx) => {
    const { task, plan } = await editableTask(tx, actor, id);
    const updates = await planRepository.countUpdates(tx, id);
    if (updates > 0) {
      throw new DomainError(
        'TASK_HAS_UPDATES',
        `Nhiệm vụ đã có ${updates} lần cập nhật tiến độ/ghi chú nên không xoá được (để giữ lịch sử báo cáo). Nếu nhiệm vụ không còn thực hiện theo điều chỉnh kế hoạch, hãy dùng "Hủy nhiệm vụ" và ghi lý do: nhiệm vụ giữ lịch sử nhưng không còn tính vào kết quả.`,
        409,
      );
    }
    await planRepository.deleteTask(tx, id);
    await recordAudit(tx, actor, { action: 'task.deleted', entityType: 'plan_task', entityId: id, unitId: plan.unitId, before: task });
  });
}
