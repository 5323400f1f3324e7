import { classifyTaskOutcome } from '../../../domain/tasks/outcome';
import { addDays, dayOfWeek, formatViDate, type IsoDate } from '../../../domain/time/iso-date';
import { vietnamDateOf } from '../../../domain/time/vietnam-date';
import type { Db } from '../../db/client';
import type { Mailer } from '../../mail/mailer';
import { emailPendingNotifications, notify } from '../notifications/notification.service';
import { planRepository } from './plan.repository';

/**
 * Reminds each open task's lead unit before its deadline, on the day and once overdue, and sends
 * the Office a weekly digest on Mondays, `daysBefore` a deadline (config: TASK_REMINDER_DAYS_BEFORE). Dedupe keys make a rerun (or a run every few minutes) send
 * nothing twice; a moved deadline gets fresh reminders because the key holds the deadline.
 */
export async function runTaskReminders(db: Db, mailer: Mailer, now: Date, daysBefore: number) {
  const today = vietnamDateOf(now);
  const plans = new Map((await planRepository.listPlans(db, {})).map((p) => [p.id, p]));
  // A cancelled task is no longer anyone's to do: neither its lead unit nor the Office's digest hears
  // of it. Reminders speak of the present, so any cancellation counts, whatever its date.
  const tasks = (await planRepository.listTasks(db)).filter((t) => t.cancelledOn === null);
  let created = 0;
  const open = tasks.filter((t) => t.deadline !== null && t.doneOn === null);
  for (const t of open) {
    const deadline = t.deadline!;
    const link = `/plans/${t.planId}?task=${t.id}`;
    const short = t.content.length > 120 ? `${t.content.slice(0, 117)}…` : t.content;
    let n = null;
    if (today > deadline) {
      n = {
        kind: 'task.overdue',
        key: `task:${t.id}:overdue:${deadline}`,
        title: `Nhiệm vụ quá hạn (hạn ${formatViDate(deadline)})`,
        body: `${short}\nHạn: ${formatViDate(deadline)}. Tiến độ: ${t.progress}%. Đề nghị cập nhật tiến độ hoặc kết quả.`,
      };
    } else if (today === deadline) {
      n = {
        kind: 'task.due-today',
        key: `task:${t.id}:due:${deadline}`,
        title: 'Nhiệm vụ đến hạn hôm nay',
        body: `${short}\nHạn: hôm nay ${formatViDate(deadline)}. Tiến độ: ${t.progress}%.`,
      };
    } else if (today >= addDays(deadline, -daysBefore)) {
      n = {
        kind: 'task.due-soon',
        key: `task:${t.id}:before:${deadline}`,
        title: `Nhiệm vụ sắp đến hạn (${formatViDate(deadline)})`,
        body: `${short}\nHạn: ${formatViDate(deadline)}. Tiến độ: ${t.progress}%.`,
      };
    }
    if (n && (await notify(db, { unitId: t.leadUnitId, kind: n.kind, title: n.title, body: n.body, link, dedupeKey: n.key }))) created++;
  }
  if (dayOfWeek(today) === 1) created += await weeklyDigest(db, today, tasks, plans);
  const emailed = await emailPendingNotifications(db, mailer);
  return { today, created, emailed };
}

/** Monday digest to the Office (the units of CCHC officers): per plan of the year, what is overdue and what falls due this week. */
async function weeklyDigest(
  db: Db,
  today: IsoDate,
  tasks: Awaited<ReturnType<typeof planRepository.listTasks>>,
  plans: Map<number, { id: number; year: number; title: string }>,
) {
  const year = Number(today.slice(0, 4));
  const lines: string[] = [];
  for (const plan of [...plans.values()].filter((p) => p.year === year)) {
    const own = tasks.filter((t) => t.planId === plan.id);
    const overdue = own.filter((t) => classifyTaskOutcome(t, today) === 'open-overdue').length;
    const soon = own.filter((t) => t.doneOn === null && t.deadline !== null && t.deadline >= today && t.deadline <= addDays(today, 6)).length;
    const done = own.filter((t) => t.doneOn !== null && t.doneOn <= today).length;
    lines.push(`- ${plan.title}: ${own.length} nhiệm vụ, ${done} đã hoàn thành, ${overdue} quá hạn, ${soon} đến hạn trong tuần.`);
  }
  if (!lines.length) return 0;
  const officeUnitIds = await planRepository.officeUnitIds(db);
  let created = 0;
  for (const unitId of officeUnitIds) {
    const n = await notify(db, {
      unitId,
      kind: 'plans.weekly-digest',
      title: `Tổng hợp tiến độ nhiệm vụ CCHC tuần ${formatViDate(today)}`,
      body: lines.join('\n'),
      link: '/plans',
      dedupeKey: `digest:${today}:${unitId}`,
    });
    if (n) created++;
  }
  return created;
}
