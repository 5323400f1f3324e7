// What every staff use case of the feedback register starts with: the feedback loaded for an actor who may
// act on it, and the workflow's statuses.
import { authorize, type Actor } from '../../../auth/permissions';
import type { Executor } from '../../../db/client';
import { DomainError, forbidden, notFound } from '../../../errors';
import { feedbackRepository, type FeedbackWithUnit } from '../feedback.repository';

/** The statuses of the workflow as the register and its Excel export name them. */
export const STATUS_LABELS: Record<string, string> = {
  received: 'Mới tiếp nhận',
  'more-requested': 'Đề nghị bổ sung thông tin',
  routed: 'Đang xử lý',
  answered: 'Đã trả lời',
  published: 'Đã công khai',
  refused: 'Từ chối tiếp nhận',
};

/** The unit whose scope a feedback falls in: the assigned unit once routed, the department before. */
async function responsibleUnit(exec: Executor, row: FeedbackWithUnit): Promise<{ path: string }> {
  if (row.assignedUnitPath) return { path: row.assignedUnitPath };
  return feedbackRepository.rootUnit(exec);
}

/** Loads a feedback the actor may act on; 403 for out-of-scope or absent records (learn nothing). */
export async function feedbackFor(exec: Executor, actor: Actor, action: string, id: number, forUpdate = false): Promise<FeedbackWithUnit> {
  authorize(actor, action);
  const row = await feedbackRepository.findById(exec, id, forUpdate);
  if (!row) throw actor.scopePath === '/' ? notFound(`phản ánh, kiến nghị số ${id}`) : forbidden();
  authorize(actor, action, await responsibleUnit(exec, row));
  return row;
}

/** Refuses a step the feedback's status does not allow, naming the status. */
export function requireStatus(row: FeedbackWithUnit, allowed: string[], doing: string): void {
  if (!allowed.includes(row.status)) {
    throw new DomainError(
      'FEEDBACK_WRONG_STATUS',
      `Phản ánh ${row.code} đang ở trạng thái «${STATUS_LABELS[row.status] ?? row.status}», không thể ${doing}.`,
      409,
    );
  }
}
