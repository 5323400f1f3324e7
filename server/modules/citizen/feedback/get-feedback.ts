import type { FeedbackDetail } from '../../../../contracts/citizen-feedback';
import type { Actor } from '../../../auth/permissions';
import type { Db } from '../../../db/client';
import { loadWorkingCalendar } from '../../calendar/calendar.service';
import { toFeedbackDetail } from '../feedback-view';
import { feedbackRepository } from '../feedback.repository';
import { feedbackFor } from './feedback-access';
import * as clock from '../../../clock';

/** One feedback with its deadlines and history, for staff who may read it. */
export async function getFeedback(db: Db, actor: Actor, id: number): Promise<FeedbackDetail> {
  const row = await feedbackFor(db, actor, 'feedback:read', id);
  return toFeedbackDetail(await loadWorkingCalendar(db), row, await feedbackRepository.history(db, id), clock.today());
}
