// Reminder job: tells the responsible unit (or the department before routing) about feedback that is
// near its deadline or overdue, once per feedback, state and day.
import type { FastifyInstance } from 'fastify';
import { classifyFeedbackTimeliness } from '../../../domain/calendar/feedback-schedule';
import { loadWorkingCalendar } from '../dossiers/calendar.service';
import { vietnamToday } from '../dossiers/dossier-state';
import { notify } from '../notifications/notification.service';
import { feedbackRepository } from './feedback.repository';

/** Sends due reminders; returns how many were new. Idempotent thanks to the dedupe key. */
export async function remindFeedbackDeadlines(app: FastifyInstance, now: Date): Promise<number> {
  const today = vietnamToday(now);
  return app.db.transaction(async (tx) => {
    const calendar = await loadWorkingCalendar(tx);
    const root = await feedbackRepository.rootUnit(tx);
    let sent = 0;
    for (const f of await feedbackRepository.listOpen(tx)) {
      const t = classifyFeedbackTimeliness(calendar, { handleBy: f.handleBy, closedOn: null }, today);
      if (t.timeliness !== 'at-risk' && t.timeliness !== 'overdue') continue;
      const created = await notify(tx, {
        unitId: f.assignedUnitId ?? root.id,
        kind: `feedback.${t.timeliness}`,
        title: `${t.timeliness === 'overdue' ? 'Quá hạn' : 'Sắp đến hạn'} xử lý phản ánh ${f.code}`,
        body: `${f.title}. ${t.explanation}`,
        link: `/phan-anh/${f.id}`,
        dedupeKey: `feedback.${t.timeliness}:${f.id}:${today}`,
      });
      if (created) sent += 1;
    }
    return sent;
  });
}
