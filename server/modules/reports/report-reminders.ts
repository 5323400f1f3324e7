import { windowBoard, type ReportStatus } from '../../../domain/reports/index';
import { addDays, formatViDate } from '../../../domain/time/iso-date';
import type { Executor } from '../../db/client';
import { notify } from '../notifications/notification.service';
import { reportRepository } from './report.repository';

/** Days before the deadline when units that have not sent are reminded. */
export const REMIND_DAYS_BEFORE = 3;

/**
 * Reminds the units that have not sent a window's report: once in the last days before the deadline,
 * once after it. Dedupe keys make the job safe to run every hour. Returns how many were sent.
 */
export async function sendReportReminders(exec: Executor, today: string): Promise<number> {
  let sent = 0;
  for (const window of await reportRepository.listWindows(exec)) {
    const before = today >= addDays(window.deadline, -REMIND_DAYS_BEFORE) && today <= window.deadline;
    const overdue = today > window.deadline && today <= addDays(window.deadline, 30);
    if (!before && !overdue) continue;
    const units = await reportRepository.requiredUnits(exec, window.id);
    const subs = await reportRepository.submissionsOf(exec, [window.id]);
    const board = windowBoard(
      { opensOn: window.opensOn, deadline: window.deadline },
      units.map((u) => String(u.id)),
      subs.map((s) => ({ unitId: String(s.unitId), status: s.status as ReportStatus, submittedAt: s.submittedAt })),
      today,
    );
    for (const row of board.rows) {
      if (row.status !== 'not-yet-due' && row.status !== 'missing') continue;
      const unitId = Number(row.unitId);
      const created = await notify(exec, {
        unitId,
        kind: overdue ? 'report.overdue' : 'report.due-soon',
        title: overdue ? `${window.label}: đã quá hạn, đơn vị chưa gửi` : `${window.label}: hạn gửi ${formatViDate(window.deadline)}`,
        body: overdue
          ? `Hạn gửi là ${formatViDate(window.deadline)}. Đề nghị đơn vị gửi báo cáo ngay.`
          : `Đơn vị chưa gửi báo cáo; hạn gửi là ${formatViDate(window.deadline)}.`,
        link: `/reports/windows/${window.id}/units/${unitId}`,
        dedupeKey: `report-reminder:${window.id}:${unitId}:${overdue ? 'overdue' : 'due-soon'}`,
      });
      if (created) sent += 1;
    }
  }
  return sent;
}
