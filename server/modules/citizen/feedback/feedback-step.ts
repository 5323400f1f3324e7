import type { FeedbackDetail } from '../../../../contracts/citizen-feedback';
import type { Actor } from '../../../auth/permissions';
import type { Db, Tx } from '../../../db/client';
import { recordAudit } from '../../audit/audit.service';
import { loadWorkingCalendar } from '../../calendar/calendar.service';
import { toFeedbackDetail } from '../feedback-view';
import { feedbackRepository, type FeedbackWithUnit } from '../feedback.repository';
import { feedbackFor } from './feedback-access';
import * as clock from '../../../clock';

/** One step of the workflow: load under lock, check, change, record the step and the audit, all or nothing. */
export async function feedbackStep(
  db: Db,
  actor: Actor,
  id: number,
  action: string,
  change: (
    tx: Tx,
    row: FeedbackWithUnit,
    today: string,
  ) => Promise<{ values: Parameters<typeof feedbackRepository.update>[2]; kind: string; note: string | null; visible?: boolean }>,
): Promise<FeedbackDetail> {
  return db.transaction(async (tx) => {
    const row = await feedbackFor(tx, actor, action, id, true);
    const today = clock.today();
    const { values, kind, note, visible } = await change(tx, row, today);
    await feedbackRepository.update(tx, id, values);
    await feedbackRepository.appendEvent(tx, {
      feedbackId: id,
      kind,
      on: today,
      actorId: actor.userId,
      actorName: actor.fullName,
      note,
      visibleToCitizen: visible ?? true,
    });
    const after = (await feedbackRepository.findById(tx, id))!;
    await recordAudit(tx, actor, {
      action: `feedback.${kind}`,
      entityType: 'feedback',
      entityId: id,
      unitId: after.assignedUnitId ?? after.addressedUnitId,
      before: { status: row.status, assignedUnitId: row.assignedUnitId },
      after: { status: after.status, assignedUnitId: after.assignedUnitId, note },
    });
    return toFeedbackDetail(await loadWorkingCalendar(tx), after, await feedbackRepository.history(tx, id), today);
  });
}
