/**
 * Timeliness of a dossier against its due date: early / on time / late once resolved,
 * within time / at risk / overdue while open. Quyết định 766/QĐ-TTg counts a dossier with more than
 * one supplement request as late whatever its dates.
 */
import { formatViDate, isIsoDate, type IsoDate } from '../time/iso-date';
import { CalendarRuleError } from './calendar-error';
import type { WorkingCalendar } from './working-calendar';
import { parseLocalMoment } from './work-schedule';

export type ResolvedTimeliness = 'early' | 'on-time' | 'late';
export type OpenTimeliness = 'within-time' | 'at-risk' | 'overdue';
export type Timeliness = ResolvedTimeliness | OpenTimeliness;

export interface TimelinessFacts {
  /** Due date from computeDueDate; null while the clock is stopped by an open pause. */
  due: IsoDate | null;
  /** 'YYYY-MM-DDTHH:mm' for limits in hours; compared to the minute when resolvedAt has a time too. */
  dueAt?: string | null;
  /** Date (or 'YYYY-MM-DDTHH:mm') the result was ready; absent or null while open. */
  resolvedAt?: string | null;
  /** Number of supplement requests made to the applicant. */
  supplementRequests?: number;
}

export interface TimelinessOptions {
  /** An open dossier is at risk when its due date is at most this many working days away. Default 1. */
  atRiskWorkingDays?: number;
}

export interface TimelinessResult {
  status: Timeliness;
  explanation: string;
}

/** The 766 method counts a dossier late from the second supplement request on. */
export const MAX_SUPPLEMENT_REQUESTS_ON_TIME = 1;

/**
 * The class of a resolved dossier from its dates alone (no times of day): the rule classifyTimeliness
 * applies, without the explanation, for bulk imports that classify thousands of rows.
 */
export function resolvedTimelinessStatus(due: IsoDate, resolvedOn: IsoDate, supplementRequests = 0): ResolvedTimeliness {
  if (supplementRequests > MAX_SUPPLEMENT_REQUESTS_ON_TIME) return 'late';
  return resolvedOn < due ? 'early' : resolvedOn === due ? 'on-time' : 'late';
}

/** Classifies a dossier's timeliness on a given day (asOf matters only while it is open). */
export function classifyTimeliness(calendar: WorkingCalendar, facts: TimelinessFacts, asOf: IsoDate, options: TimelinessOptions = {}): TimelinessResult {
  const atRisk = options.atRiskWorkingDays ?? 1;
  if (!Number.isInteger(atRisk) || atRisk < 0) {
    throw new CalendarRuleError('CALENDAR_INVALID_COUNT', `Ngưỡng "sắp đến hạn" phải là số nguyên không âm (nhận ${atRisk}).`);
  }
  if (!isIsoDate(asOf)) {
    throw new CalendarRuleError('CALENDAR_INVALID_DATE', `Ngày xét: '${asOf}' không phải ngày hợp lệ (dạng YYYY-MM-DD).`);
  }
  if (facts.due !== null && !isIsoDate(facts.due)) {
    throw new CalendarRuleError('CALENDAR_INVALID_DATE', `Hạn trả: '${facts.due}' không phải ngày hợp lệ (dạng YYYY-MM-DD).`);
  }
  const supplements = facts.supplementRequests ?? 0;
  const tooManySupplements = supplements > MAX_SUPPLEMENT_REQUESTS_ON_TIME;
  const supplementNote = `yêu cầu bổ sung ${supplements} lần (quá ${MAX_SUPPLEMENT_REQUESTS_ON_TIME} lần tính là trễ hạn theo Quyết định 766/QĐ-TTg)`;

  if (facts.resolvedAt) {
    const resolved = parseLocalMoment(facts.resolvedAt, 'Ngày giải quyết xong');
    if (facts.due === null) {
      throw new CalendarRuleError(
        'CALENDAR_DUE_UNKNOWN',
        'Hồ sơ đã giải quyết xong nhưng chưa có hạn trả (còn khoảng tạm dừng chưa kết thúc): cần ghi ngày người nộp bổ sung.',
      );
    }
    const done = `Giải quyết xong ${formatViDate(resolved.date)}, hạn ${formatViDate(facts.due)}`;
    if (tooManySupplements) return { status: 'late', explanation: `${done}; ${supplementNote}.` };
    const dueAt = facts.dueAt ? parseLocalMoment(facts.dueAt, 'Hạn trả (giờ)') : null;
    // Same day: with both times known, finishing after the due hour is late; otherwise the day decides.
    if (resolved.date === facts.due && dueAt?.minutes != null && resolved.minutes !== null && resolved.minutes > dueAt.minutes) {
      return { status: 'late', explanation: `${done} (${facts.resolvedAt.slice(11, 16)}, sau ${facts.dueAt?.slice(11, 16)}): trễ hạn.` };
    }
    const status = resolvedTimelinessStatus(facts.due, resolved.date);
    if (status === 'early') return { status, explanation: `${done}: trước hạn.` };
    if (status === 'on-time') return { status, explanation: `${done}: đúng hạn.` };
    const late = calendar.workingDaysBetween(facts.due, resolved.date);
    return { status: 'late', explanation: `${done}: trễ hạn ${late} ngày làm việc.` };
  }

  if (tooManySupplements) {
    // Such a dossier will be counted late whatever happens: flag it now so an apology letter goes out in time.
    return { status: 'overdue', explanation: `Đang giải quyết; ${supplementNote}.` };
  }
  if (facts.due === null) {
    return { status: 'within-time', explanation: 'Đang tạm dừng chờ người nộp, thời hạn chưa chạy tiếp.' };
  }
  if (asOf > facts.due) {
    const late = calendar.workingDaysBetween(facts.due, asOf);
    return { status: 'overdue', explanation: `Hạn ${formatViDate(facts.due)}, đến ${formatViDate(asOf)} đã quá hạn ${late} ngày làm việc.` };
  }
  const left = calendar.workingDaysBetween(asOf, facts.due);
  if (left <= atRisk) {
    const when = left === 0 ? 'đến hạn hôm nay' : `còn ${left} ngày làm việc`;
    return { status: 'at-risk', explanation: `Hạn ${formatViDate(facts.due)}, ${when} (ngưỡng cảnh báo ${atRisk} ngày làm việc).` };
  }
  return { status: 'within-time', explanation: `Hạn ${formatViDate(facts.due)}, còn ${left} ngày làm việc.` };
}

/** The deadline a number of working days after a start date (the start day itself does not count). */
export function deadlineFor(calendar: WorkingCalendar, start: IsoDate, workingDays: number): IsoDate {
  if (!Number.isInteger(workingDays) || workingDays < 0) {
    throw new CalendarRuleError('CALENDAR_INVALID_COUNT', `Số ngày làm việc phải là số nguyên không âm (nhận ${workingDays}).`);
  }
  return calendar.addWorkingDays(start, workingDays);
}
