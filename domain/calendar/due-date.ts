/**
 * Due date of a dossier (hạn trả kết quả) from its receipt, its processing time in working days or hours,
 * the stretches the clock stopped while waiting for the applicant, and lawful extensions.
 * Every result carries the day-by-day steps it was computed from and a Vietnamese sentence built from them.
 */
import { addDays, formatViDate, isIsoDate, type IsoDate } from '../time/iso-date';
import { CalendarRuleError } from './calendar-error';
import { describeSkips, type StepCategory } from './due-date-explanation';
import type { WorkingCalendar } from './working-calendar';
import { DEFAULT_WORK_SCHEDULE, formatClockTime, formatDuration, formatLocalMoment, parseLocalMoment, scheduleMinutes, type WorkPeriod } from './work-schedule';

/** A stretch the clock stops: from the request to the applicant's answer, both days included; `to` null while waiting. */
export interface ClockPause {
  from: IsoDate;
  to: IsoDate | null;
  reason?: string;
  /** As in domain/dossiers: gives a default reason when none is written. */
  kind?: 'supplement' | 'payment';
}

export interface DueDateExtension {
  workingDays: number;
  reason: string;
}

export interface DueDateInput {
  /** 'YYYY-MM-DD', or 'YYYY-MM-DDTHH:mm' (Vietnam time) when the time limit is in hours. */
  receivedAt: string;
  workingDays?: number;
  workingHours?: number;
  pauses?: readonly ClockPause[];
  extensions?: readonly DueDateExtension[];
  /** Office hours used for hour limits. Default 08:00–12:00, 13:30–17:30. */
  schedule?: readonly WorkPeriod[];
}

export interface DueDateStep {
  date: IsoDate;
  counted: boolean;
  note: string;
}

export interface DueDateResult {
  /** null while a pause is open: the clock is stopped and no date can be promised. */
  due: IsoDate | null;
  /** 'YYYY-MM-DDTHH:mm' when the limit is in hours, else null. */
  dueAt: string | null;
  explanation: string;
  steps: DueDateStep[];
}

const PAUSE_REASONS = { supplement: 'chờ bổ sung hồ sơ', payment: 'chờ thực hiện nghĩa vụ tài chính' } as const;
// Ten years of calendar days: no lawful processing time comes near it, so more means bad input.
const MAX_DAYS_SCANNED = 3660;

function pauseReason(p: ClockPause): string {
  return p.reason?.trim() || PAUSE_REASONS[p.kind ?? 'supplement'];
}

function checkInput(input: DueDateInput, receivedOn: IsoDate): void {
  const { workingDays, workingHours } = input;
  if (workingDays === undefined && workingHours === undefined) {
    throw new CalendarRuleError('CALENDAR_NO_TIME_LIMIT', 'Cần thời hạn giải quyết: số ngày làm việc hoặc số giờ làm việc.');
  }
  if (workingDays !== undefined && (!Number.isInteger(workingDays) || workingDays < 0)) {
    throw new CalendarRuleError('CALENDAR_INVALID_COUNT', `Số ngày làm việc phải là số nguyên không âm (nhận ${workingDays}).`);
  }
  if (workingHours !== undefined && (!Number.isFinite(workingHours) || workingHours < 0)) {
    throw new CalendarRuleError('CALENDAR_INVALID_COUNT', `Số giờ làm việc phải là số không âm (nhận ${workingHours}).`);
  }
  for (const [i, e] of (input.extensions ?? []).entries()) {
    if (!Number.isInteger(e.workingDays) || e.workingDays <= 0) {
      throw new CalendarRuleError('CALENDAR_INVALID_EXTENSION', `Gia hạn thứ ${i + 1}: số ngày làm việc phải là số nguyên dương.`);
    }
    if (!e.reason?.trim()) throw new CalendarRuleError('CALENDAR_INVALID_EXTENSION', `Gia hạn thứ ${i + 1}: cần ghi rõ lý do gia hạn.`);
  }
  for (const [i, p] of (input.pauses ?? []).entries()) {
    const label = `Tạm dừng thứ ${i + 1}`;
    if (!isIsoDate(p.from) || (p.to !== null && !isIsoDate(p.to))) {
      throw new CalendarRuleError('CALENDAR_INVALID_PAUSE', `${label}: ngày bắt đầu và ngày kết thúc phải có dạng YYYY-MM-DD.`);
    }
    if (p.from < receivedOn) {
      throw new CalendarRuleError('CALENDAR_INVALID_PAUSE', `${label}: bắt đầu ${formatViDate(p.from)}, trước ngày tiếp nhận ${formatViDate(receivedOn)}.`);
    }
    if (p.to !== null && p.to < p.from) {
      throw new CalendarRuleError(
        'CALENDAR_INVALID_PAUSE',
        `${label}: ngày người nộp bổ sung ${formatViDate(p.to)} trước ngày yêu cầu ${formatViDate(p.from)}.`,
      );
    }
  }
}

/** Computes a dossier's due date, day by day, with the explanation a citizen can check. */
export function computeDueDate(calendar: WorkingCalendar, input: DueDateInput): DueDateResult {
  const received = parseLocalMoment(input.receivedAt, 'Thời điểm tiếp nhận');
  checkInput(input, received.date);
  const byHours = input.workingHours !== undefined;
  if (byHours && received.minutes === null) {
    throw new CalendarRuleError(
      'CALENDAR_TIME_REQUIRED',
      `Thời hạn tính theo giờ cần giờ tiếp nhận (dạng YYYY-MM-DDTHH:mm), không chỉ ngày '${input.receivedAt}'.`,
    );
  }
  const periods = scheduleMinutes(input.schedule ?? DEFAULT_WORK_SCHEDULE);
  const dayMinutes = periods.reduce((sum, p) => sum + p.to - p.from, 0);
  const extensionDays = (input.extensions ?? []).reduce((sum, e) => sum + e.workingDays, 0);
  const baseDays = input.workingDays ?? 0;
  // Days are counted whole; hours turn everything (days included) into office minutes from the moment of receipt.
  const budget = byHours ? (baseDays + extensionDays) * dayMinutes + Math.round((input.workingHours ?? 0) * 60) : baseDays + extensionDays;
  const pauses = input.pauses ?? [];

  const steps: DueDateStep[] = [];
  const categories: StepCategory[] = [];
  const push = (date: IsoDate, counted: boolean, note: string, category: StepCategory) => {
    steps.push({ date, counted, note });
    categories.push(category);
  };

  let used = 0;
  let due: IsoDate | null = null;
  let dueMinute: number | null = null;
  let openPause: ClockPause | null = null;
  if (budget === 0) {
    due = received.date;
    dueMinute = received.minutes;
  }
  for (let i = 0, d = received.date; due === null && openPause === null; i++, d = addDays(d, 1)) {
    if (i > MAX_DAYS_SCANNED) {
      throw new CalendarRuleError('CALENDAR_NO_WORKING_DAY', 'Không tính được hạn: quá nhiều ngày liên tiếp không làm việc, kiểm tra lại lịch năm.');
    }
    const pause = pauses.find((p) => p.from <= d && (p.to === null || d <= p.to));
    if (pause?.to === null) {
      openPause = pause;
      break;
    }
    if (!byHours && i === 0) {
      push(d, false, 'Ngày tiếp nhận (không tính)', { type: 'receipt' });
      continue;
    }
    if (pause) {
      push(d, false, `Tạm dừng: ${pauseReason(pause)}`, { type: 'pause', reason: pauseReason(pause) });
      continue;
    }
    const day = calendar.describeDay(d);
    if (!day.working) {
      push(d, false, day.name, { type: 'off', name: day.name, weekly: day.kind === 'weekly-rest' });
      continue;
    }
    if (!byHours) {
      used++;
      push(d, true, `Ngày làm việc thứ ${used}/${budget}`, { type: 'counted' });
      if (used === budget) due = d;
      continue;
    }
    // Hours: take office minutes from the receipt moment (or the day's start) until the budget runs out.
    const start = i === 0 ? (received.minutes ?? 0) : 0;
    const taken: string[] = [];
    let takenMinutes = 0;
    for (const p of periods) {
      const from = Math.max(p.from, start);
      if (from >= p.to) continue;
      const take = Math.min(p.to - from, budget - used);
      used += take;
      takenMinutes += take;
      taken.push(`${formatClockTime(from)}–${formatClockTime(from + take)}`);
      if (used === budget) {
        dueMinute = from + take;
        due = d;
        break;
      }
    }
    if (takenMinutes === 0) push(d, false, 'Ngày tiếp nhận, sau giờ làm việc', { type: 'receipt' });
    else push(d, true, `Tính ${formatDuration(takenMinutes)} (${taken.join(', ')})`, { type: 'counted' });
  }

  const at = (date: IsoDate, minutes: number | null) =>
    byHours && minutes !== null ? `${formatClockTime(minutes)} ngày ${formatViDate(date)}` : formatViDate(date);
  const limit = byHours
    ? [baseDays > 0 ? `${baseDays} ngày làm việc` : '', `${formatDuration(Math.round((input.workingHours ?? 0) * 60))} làm việc`].filter(Boolean).join(' và ')
    : `${baseDays} ngày làm việc`;
  const parts = [`Tiếp nhận ${at(received.date, received.minutes)}`, limit];
  for (const e of input.extensions ?? []) parts.push(`gia hạn ${e.workingDays} ngày làm việc (${e.reason.trim()})`);
  const skips = describeSkips(steps, categories, received.date);
  if (skips) parts.push(skips);

  if (openPause) {
    const done = byHours ? `${formatDuration(used)}/${formatDuration(budget)}` : `${used}/${budget} ngày làm việc`;
    parts.push(`đã tính ${done}`);
    return {
      due: null,
      dueAt: null,
      steps,
      explanation:
        `${parts.join(', ')}; tạm dừng từ ${formatViDate(openPause.from)} (${pauseReason(openPause)}), chưa có hạn trả kết quả: ` +
        'thời hạn tính tiếp từ ngày làm việc sau ngày người nộp bổ sung.',
    };
  }
  const dueDate = due as IsoDate;
  return {
    due: dueDate,
    dueAt: byHours && dueMinute !== null ? formatLocalMoment(dueDate, dueMinute) : null,
    steps,
    explanation: `${parts.join(', ')} → hạn trả ${at(dueDate, dueMinute)}`,
  };
}
