import type { Actor } from '../../../auth/permissions';
import type { Db } from '../../../db/client';
import { requireStatus } from './feedback-access';
import { feedbackStep } from './feedback-step';

/** Publishes the answer on the public tracking page. */
export function publishFeedback(db: Db, actor: Actor, id: number) {
  return feedbackStep(db, actor, id, 'feedback:publish', async (_tx, row, today) => {
    requireStatus(row, ['answered'], 'công khai');
    return { values: { status: 'published', publishedOn: today }, kind: 'published', note: null };
  });
}
