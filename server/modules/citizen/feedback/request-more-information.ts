import type { ReasonRequest } from '../../../../contracts/citizen-feedback';
import type { Actor } from '../../../auth/permissions';
import type { Db } from '../../../db/client';
import { requireStatus } from './feedback-access';
import { feedbackStep } from './feedback-step';

/** The Office asks the sender for more information (within 5 working days of receipt). */
export function requestMoreInformation(db: Db, actor: Actor, id: number, input: ReasonRequest) {
  return feedbackStep(db, actor, id, 'feedback:route', async (_tx, row) => {
    requireStatus(row, ['received'], 'đề nghị bổ sung thông tin');
    return { values: { status: 'more-requested' }, kind: 'more-requested', note: input.reason };
  });
}
