import type { FeedbackInput } from '../../../../contracts/citizen-feedback';
import { feedbackSchedule } from '../../../../domain/calendar/feedback-schedule';
import { authorize, type Actor } from '../../../auth/permissions';
import type { Tx } from '../../../db/client';
import { DomainError } from '../../../errors';
import { recordAudit } from '../../audit/audit.service';
import { loadWorkingCalendar } from '../../calendar/calendar.service';
import { notify } from '../../notifications/notification.service';
import { orgUnitRepository } from '../../org-units/org-unit.repository';
import { feedbackRepository, type FeedbackWithUnit } from '../feedback.repository';
import { newFeedbackCode } from './follow-codes';

/**
 * Records a new feedback with its deadlines and first history step, in the caller's transaction.
 * Used by the public form (actor null) and by staff registering paper, phone and e-mail feedback.
 */
export async function createFeedback(
  tx: Tx,
  actor: Actor | null,
  input: FeedbackInput & { channel: string; receivedOn: string; attachmentIds?: string[]; followSecretHash?: string },
): Promise<FeedbackWithUnit> {
  const root = await feedbackRepository.rootUnit(tx);
  const addressedUnitId = input.addressedUnitId ?? root.id;
  const addressed = await orgUnitRepository.findById(tx, addressedUnitId);
  if (!addressed || !addressed.active) {
    throw new DomainError('FEEDBACK_UNIT_UNKNOWN', 'Đơn vị nhận phản ánh không tồn tại hoặc đã ngừng hoạt động; chọn lại đơn vị.', 400, {
      field: 'addressedUnitId',
    });
  }
  if (actor) authorize(actor, 'feedback:register', addressed);
  const calendar = await loadWorkingCalendar(tx);
  const schedule = feedbackSchedule(calendar, input.receivedOn);
  let code = newFeedbackCode(input.receivedOn.slice(0, 4));
  while (await feedbackRepository.findByCode(tx, code)) code = newFeedbackCode(input.receivedOn.slice(0, 4));
  const created = await feedbackRepository.insert(tx, {
    code,
    channel: input.channel,
    subjectKind: input.subjectKind,
    subjectRef: input.subjectRef || null,
    title: input.title,
    content: input.content,
    senderName: input.senderName || null,
    senderContact: input.senderContact || null,
    addressedUnitId,
    status: 'received',
    receivedOn: input.receivedOn,
    ...schedule,
    attachmentIds: input.attachmentIds ?? [],
    followSecretHash: input.followSecretHash ?? null,
    createdBy: actor?.userId ?? null,
  });
  await feedbackRepository.appendEvent(tx, {
    feedbackId: created.id,
    kind: 'received',
    on: input.receivedOn,
    actorId: actor?.userId ?? null,
    actorName: actor?.fullName ?? null,
    note: null,
  });
  await recordAudit(tx, actor, {
    action: 'feedback.received',
    entityType: 'feedback',
    entityId: created.id,
    unitId: addressedUnitId,
    after: { code, channel: input.channel, title: input.title },
  });
  await notify(tx, {
    unitId: root.id,
    kind: 'feedback.received',
    title: `Phản ánh, kiến nghị mới ${code}`,
    body: `${input.title} — hạn xử lý ${schedule.handleBy}.`,
    link: `/phan-anh/${created.id}`,
    dedupeKey: `feedback.received:${created.id}`,
  });
  return (await feedbackRepository.findById(tx, created.id))!;
}
