/**
 * Office hours of a working day, and the local date-times ('YYYY-MM-DDTHH:mm', Vietnam time) used when a
 * procedure's time limit is in hours. Times are minutes since midnight so no time zone is involved.
 */
import { isIsoDate, type IsoDate } from '../time/iso-date';
import { CalendarRuleError } from './calendar-error';

/** A stretch of office hours, 'HH:mm' to 'HH:mm'. */
export interface WorkPeriod {
  from: string;
  to: string;
}

/** 8 working hours: 08:00–12:00 and 13:30–17:30 (the usual office hours of a department; units may differ). */
export const DEFAULT_WORK_SCHEDULE: readonly WorkPeriod[] = [
  { from: '08:00', to: '12:00' },
  { from: '13:30', to: '17:30' },
];

/** A local date and time of day. */
export interface LocalMoment {
  date: IsoDate;
  /** Minutes since midnight, or null when only the date was given. */
  minutes: number | null;
}

const HH_MM = /^(\d{2}):(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?)?$/;

/** Minutes since midnight of 'HH:mm' (24:00 allowed as the end of a day), or null when malformed. */
export function parseClockTime(text: string): number | null {
  const m = HH_MM.exec(text);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) < 60 && minutes <= 24 * 60 ? minutes : null;
}

/** 'HH:mm' of minutes since midnight. */
export function formatClockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Reads 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm' (seconds ignored); throws a CalendarRuleError naming the field. */
export function parseLocalMoment(text: string, field: string): LocalMoment {
  const m = typeof text === 'string' ? DATE_TIME.exec(text) : null;
  const minutes = m?.[2] === undefined ? null : parseClockTime(m[2]);
  if (!m || !isIsoDate(m[1]) || (m[2] !== undefined && (minutes === null || minutes >= 24 * 60))) {
    throw new CalendarRuleError('CALENDAR_INVALID_DATE', `${field}: '${String(text)}' không phải ngày hợp lệ (dạng YYYY-MM-DD hoặc YYYY-MM-DDTHH:mm).`);
  }
  return { date: m[1], minutes };
}

/** 'YYYY-MM-DDTHH:mm' of a date and minutes since midnight. */
export function formatLocalMoment(date: IsoDate, minutes: number): string {
  return `${date}T${formatClockTime(minutes)}`;
}

/** A checked schedule as minute ranges; throws when periods are malformed, empty or overlap. */
export function scheduleMinutes(schedule: readonly WorkPeriod[]): { from: number; to: number }[] {
  const periods = schedule.map((p, i) => {
    const from = parseClockTime(p.from);
    const to = parseClockTime(p.to);
    if (from === null || to === null || from >= to) {
      throw new CalendarRuleError(
        'CALENDAR_INVALID_SCHEDULE',
        `Khung giờ làm việc thứ ${i + 1} ('${p.from}'–'${p.to}') không hợp lệ: cần dạng HH:mm và giờ bắt đầu trước giờ kết thúc.`,
      );
    }
    return { from, to };
  });
  if (periods.length === 0) {
    throw new CalendarRuleError('CALENDAR_INVALID_SCHEDULE', 'Cần ít nhất một khung giờ làm việc trong ngày.');
  }
  periods.sort((a, b) => a.from - b.from);
  for (let i = 1; i < periods.length; i++) {
    if (periods[i].from < periods[i - 1].to) {
      throw new CalendarRuleError('CALENDAR_INVALID_SCHEDULE', 'Các khung giờ làm việc trong ngày không được chồng lên nhau.');
    }
  }
  return periods;
}

/** Vietnamese duration, e.g. "4 giờ", "1 giờ 30 phút", "45 phút". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} phút`;
  return m === 0 ? `${h} giờ` : `${h} giờ ${m} phút`;
}
