import type { ReasonRequest } from '../../../../contracts/citizen-feedback';
import type { Actor } from '../../../auth/permissions';
import type { Db } from '../../../db/client';
import { requireStatus } from './feedback-access';
import { feedbackStep } from './feedback-step';

/** The Office refuses a feedback outside its remit (within 2 working days of receipt). */
export function refuseFeedback(db: Db, actor: Actor, id: number, input: ReasonRequest) {
  return feedbackStep(db, actor, id, 'feedback:route', async (_tx, row, today) => {
    requireStatus(row, ['received', 'more-requested'], 'từ chối');
    return { values: { status: 'refused', refusedReason: input.reason, answeredOn: today }, kind: 'refused', note: input.reason };
  });
}
