// Reminder job: for every running feedback deadline (refuse, ask for more, handle, publish) that is near
// or past, tells the unit that must act, once per feedback, step, state and day.
import type { FastifyInstance } from 'fastify';
import { pendingFeedbackDeadlines } from '../../../domain/calendar/feedback-steps';
import { vietnamDateOf } from '../../../domain/time/vietnam-date';
import { loadWorkingCalendar } from '../calendar/calendar.service';
import { notify } from '../notifications/notification.service';
import { feedbackRepository } from './feedback.repository';

/** Sends due reminders; returns how many were new. Idempotent thanks to the dedupe key. */
export async function remindFeedbackDeadlines(app: FastifyInstance, now: Date): Promise<number> {
  const today = vietnamDateOf(now);
  return app.db.transaction(async (tx) => {
    const calendar = await loadWorkingCalendar(tx);
    const root = await feedbackRepository.rootUnit(tx);
    let sent = 0;
    for (const f of await feedbackRepository.listOpen(tx)) {
      for (const d of pendingFeedbackDeadlines(calendar, f, today)) {
        if (d.state === 'within') continue;
        // Refusing, asking for more and publishing are the Office's decisions; handling is the assigned unit's.
        const unitId = d.step === 'handle' ? (f.assignedUnitId ?? root.id) : root.id;
        const created = await notify(tx, {
          unitId,
          kind: `feedback.${d.state}`,
          title: `${d.state === 'overdue' ? 'Quá hạn' : 'Sắp đến hạn'}: ${d.label.toLowerCase()} ${f.code}`,
          body: `${f.title}. ${d.explanation}`,
          link: `/phan-anh/${f.id}`,
          dedupeKey: `feedback.${d.state}:${d.step}:${f.id}:${today}`,
        });
        if (created) sent += 1;
      }
    }
    return sent;
  });
}
