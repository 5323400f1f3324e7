import { CancelTaskRequest, type Task } from '../../../contracts/plans';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { DomainError } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { planRepository, type TaskRow } from './plan.repository';
import { editableTask } from './task-edit.service';
import { toTask } from './task.service';
import * as clock from '../../clock';

const cancelFields = (t: TaskRow) => ({
  cancelledOn: t.cancelledOn,
  cancelReason: t.cancelReason,
  cancelDecisionNo: t.cancelDecisionNo,
  cancelDecisionDate: t.cancelDecisionDate,
});

/**
 * Cancels (hủy) a task by an adjustment of the plan (điều chỉnh kế hoạch). Unlike deleting, the task
 * and its history stay as the record; from today it leaves the outcome counts, criterion 8 and the
 * reminders. Same right as editing the task (see docs/decisions/plans-editing.md).
 */
export async function cancelTask(db: Db, actor: Actor, id: number, body: CancelTaskRequest): Promise<Task> {
  authorize(actor, 'plan:manage');
  const input = CancelTaskRequest.parse(body);
  return db.transaction(async (tx) => {
    const { task, plan, units } = await editableTask(tx, actor, id);
    if (task.cancelledOn) throw new DomainError('TASK_ALREADY_CANCELLED', 'Nhiệm vụ đã bị hủy trước đó; muốn đổi lý do thì khôi phục rồi hủy lại.', 409);
    const today = clock.today();
    if (input.decisionDate && input.decisionDate > today) {
      throw new DomainError('DECISION_IN_FUTURE', 'Ngày của quyết định điều chỉnh không được sau ngày hôm nay.', 400, { field: 'decisionDate' });
    }
    const row = await planRepository.updateTask(tx, id, {
      cancelledOn: today,
      cancelledBy: actor.userId,
      cancelReason: input.reason,
      cancelDecisionNo: input.decisionNo || null,
      cancelDecisionDate: input.decisionDate || null,
    });
    await recordAudit(tx, actor, {
      action: 'task.cancelled',
      entityType: 'plan_task',
      entityId: id,
      unitId: plan.unitId,
      before: cancelFields(task),
      after: cancelFields(row),
    });
    return toTask(row, plan, units, actor, today);
  });
}

/** Restores a cancelled task (the adjustment was withdrawn): it counts and is reminded of again. */
export async function restoreTask(db: Db, actor: Actor, id: number): Promise<Task> {
  authorize(actor, 'plan:manage');
  return db.transaction(async (tx) => {
    const { task, plan, units } = await editableTask(tx, actor, id);
    if (!task.cancelledOn) throw new DomainError('TASK_NOT_CANCELLED', 'Nhiệm vụ chưa bị hủy nên không cần khôi phục.', 409);
    const row = await planRepository.updateTask(tx, id, {
      cancelledOn: null,
      cancelledBy: null,
      cancelReason: null,
      cancelDecisionNo: null,
      cancelDecisionDate: null,
    });
    await recordAudit(tx, actor, {
      action: 'task.restored',
      entityType: 'plan_task',
      entityId: id,
      unitId: plan.unitId,
      before: cancelFields(task),
      after: cancelFields(row),
    });
    return toTask(row, plan, units, actor, clock.today());
  });
}
