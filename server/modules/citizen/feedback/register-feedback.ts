import type { FeedbackDetail, RegisterFeedbackRequest } from '../../../../contracts/citizen-feedback';
import { authorize, type Actor } from '../../../auth/permissions';
import type { Db } from '../../../db/client';
import { DomainError } from '../../../errors';
import { loadWorkingCalendar } from '../../calendar/calendar.service';
import { toFeedbackDetail } from '../feedback-view';
import { feedbackRepository } from '../feedback.repository';
import { createFeedback } from './create-feedback';
import * as clock from '../../../clock';

/** Staff register feedback received on paper, by phone or by e-mail. */
export async function registerFeedback(db: Db, actor: Actor, input: RegisterFeedbackRequest): Promise<FeedbackDetail> {
  authorize(actor, 'feedback:register');
  const today = clock.today();
  const receivedOn = input.receivedOn ?? today;
  if (receivedOn > today)
    throw new DomainError('FEEDBACK_FUTURE_DATE', `Ngày tiếp nhận ${receivedOn} ở tương lai; nhập ngày đã nhận được phản ánh.`, 400, { field: 'receivedOn' });
  return db.transaction(async (tx) => {
    const row = await createFeedback(tx, actor, { ...input, receivedOn });
    return toFeedbackDetail(await loadWorkingCalendar(tx), row, await feedbackRepository.history(tx, row.id), today);
  });
}
