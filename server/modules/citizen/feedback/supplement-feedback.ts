// The citizen adds the information the Office asked for, from the public follow page, with files.
// Second factor: the secret shown once with the tracking code. The code alone is printed on receipts and
// read over the phone, so it must not be enough to write to someone's feedback; the secret is kept
// only as a hash, and the route is rate-limited like every public write.
import { timingSafeEqual } from 'node:crypto';
import type { PublicFeedbackStatus, PublicSupplementFields } from '../../../../contracts/citizen-public';
import { resumeDeadline } from '../../../../domain/calendar/feedback-steps';
import type { Db } from '../../../db/client';
import { DomainError } from '../../../errors';
import type { FileStore } from '../../../files/file-store';
import { recordAudit } from '../../audit/audit.service';
import { loadWorkingCalendar } from '../../calendar/calendar.service';
import { storeFile } from '../../files/file.service';
import { notify } from '../../notifications/notification.service';
import { toPublicFeedback } from '../feedback-view';
import { feedbackRepository } from '../feedback.repository';
import { hashFollowSecret } from './follow-codes';
import * as clock from '../../../clock';

function secretMatches(storedHash: string, secret: string): boolean {
  return timingSafeEqual(Buffer.from(storedHash, 'hex'), Buffer.from(hashFollowSecret(secret), 'hex'));
}

const WRONG = () =>
  new DomainError('FEEDBACK_SECRET_WRONG', 'Mã theo dõi hoặc mã bí mật không đúng; nhập lại mã bí mật được cấp cùng mã theo dõi khi gửi phản ánh.', 403, {
    field: 'secret',
  });

/**
 * Records the added information and files, all or nothing. Every deadline stopped on the day the
 * Office asked (domain resumeDeadline) and resumes today with the working days that were left; the
 * feedback goes back to the Office as "received" to be routed.
 */
export async function supplementFeedback(
  db: Db,
  store: FileStore,
  maxBytes: number,
  code: string,
  input: PublicSupplementFields,
  attachments: Array<{ name: string; bytes: Buffer }>,
): Promise<PublicFeedbackStatus> {
  return db.transaction(async (tx) => {
    const found = await feedbackRepository.findByCode(tx, code);
    if (!found) throw WRONG();
    const row = (await feedbackRepository.findById(tx, found.id, true))!;
    if (!row.followSecretHash) {
      throw new DomainError(
        'FEEDBACK_SUPPLEMENT_AT_DESK',
        `Phản ánh ${row.code} được tiếp nhận trực tiếp; vui lòng bổ sung thông tin tại bộ phận tiếp nhận hoặc qua kênh đã gửi.`,
        409,
      );
    }
    if (!secretMatches(row.followSecretHash, input.secret)) throw WRONG();
    if (row.status !== 'more-requested') {
      throw new DomainError('FEEDBACK_NOT_WAITING', `Phản ánh ${row.code} không ở trạng thái chờ bổ sung thông tin; không cần gửi thêm.`, 409);
    }
    const today = clock.today();
    const history = await feedbackRepository.history(tx, row.id);
    const pausedOn = [...history].reverse().find((e) => e.kind === 'more-requested')?.on ?? today;
    const calendar = await loadWorkingCalendar(tx);
    const resume = (due: string) => resumeDeadline(calendar, { due, pausedOn, resumedOn: today });
    const stored = [];
    for (const file of attachments)
      stored.push(await storeFile(tx, store, null, { name: file.name, bytes: file.bytes, unitId: row.addressedUnitId, purpose: 'feedback', maxBytes }));
    const values = {
      status: 'received',
      refuseBy: resume(row.refuseBy),
      requestMoreBy: resume(row.requestMoreBy),
      handleBy: resume(row.handleBy),
      attachmentIds: [...row.attachmentIds, ...stored.map((f) => f.id)],
    };
    await feedbackRepository.update(tx, row.id, values);
    const files = stored.length ? ` (${stored.length} tệp đính kèm)` : '';
    await feedbackRepository.appendEvent(tx, {
      feedbackId: row.id,
      kind: 'supplemented',
      on: today,
      actorId: null,
      actorName: null,
      note: `${input.content}${files}`,
    });
    await recordAudit(tx, null, {
      action: 'feedback.supplemented',
      entityType: 'feedback',
      entityId: row.id,
      unitId: row.addressedUnitId,
      before: { status: row.status, handleBy: row.handleBy },
      after: { status: values.status, handleBy: values.handleBy, files: stored.map((f) => f.id) },
    });
    const root = await feedbackRepository.rootUnit(tx);
    await notify(tx, {
      unitId: root.id,
      kind: 'feedback.supplemented',
      title: `Công dân đã bổ sung thông tin phản ánh ${row.code}`,
      body: `${row.title} — hạn xử lý mới ${values.handleBy}.`,
      link: `/phan-anh/${row.id}`,
    });
    const after = (await feedbackRepository.findById(tx, row.id))!;
    return toPublicFeedback(after, await feedbackRepository.history(tx, row.id));
  });
}
