/**
 * A unit's working-day calendar: weekly rest days, statutory holidays, and what the administrator
 * entered for the year (the government's announced days off, swapped Saturdays). Admin entries win.
 */
import { addDays, dayOfWeek, isIsoDate, type IsoDate } from '../time/iso-date';
import { CalendarRuleError } from './calendar-error';
import { DEFAULT_WEEKLY_REST, statutoryHolidays, weekdayName, type CalendarDay, type StatutoryHolidayOptions } from './holidays';

export interface WorkingCalendarOptions {
  /** Administrator's entries, any years: 'holiday'/'makeup' make a day off, 'workday' makes a day worked. */
  overrides?: readonly CalendarDay[];
  /** Weekly rest days, 0 = Sunday … 6 = Saturday. Default [0, 6]. */
  weeklyRest?: readonly number[];
  /** Include the holidays of BLLĐ 2019 Đ112 computed by rule. Default true. */
  statutory?: boolean;
  /** How the statutory days are computed (Tết rule, day next to 2/9). */
  statutoryOptions?: Omit<StatutoryHolidayOptions, 'weeklyRest'>;
}

/** Why a day is (or is not) a working day. */
export interface DayDescription {
  date: IsoDate;
  working: boolean;
  /** 'workday' also covers a rest day made a working day by the administrator. */
  kind: 'workday' | 'weekly-rest' | 'holiday' | 'makeup';
  /** "Thứ Bảy", "Tết Nguyên đán", "Nghỉ bù Quốc khánh", "Ngày làm việc", or the administrator's text. */
  name: string;
  /** Where the answer comes from, for an administrator checking a surprising day. */
  source: 'weekly-rest' | 'statutory' | 'override' | 'normal';
}

export interface WorkingCalendar {
  /** True when the day counts towards a processing time. */
  isWorkingDay(date: IsoDate): boolean;
  /** The reason a day is or is not worked. */
  describeDay(date: IsoDate): DayDescription;
  /** Holidays, make-up days and admin days off of a year (not plain weekly rest), for GET /api/calendar/holidays. */
  nonWorkingDays(year: number): CalendarDay[];
  /** nonWorkingDays plus the weekend days worked by decision (kind 'workday'), for the year view. */
  specialDays(year: number): CalendarDay[];
  /** The first working day strictly after the date. */
  nextWorkingDay(date: IsoDate): IsoDate;
  /** The n-th working day after start (before it when n < 0); start itself never counts; n = 0 gives start. */
  addWorkingDays(start: IsoDate, n: number): IsoDate;
  /** Working days in (a, b], so workingDaysBetween(a, addWorkingDays(a, n)) = n for n ≥ 0; when b < a, minus the count in (b, a]. */
  workingDaysBetween(a: IsoDate, b: IsoDate): number;
  readonly weeklyRest: readonly number[];
}

// A year has at most a few weeks of consecutive days off; a longer run means a configuration mistake.
const MAX_CONSECUTIVE_DAYS_OFF = 366;

function requireDate(date: IsoDate, what: string): void {
  if (typeof date !== 'string' || !isIsoDate(date)) {
    throw new CalendarRuleError('CALENDAR_INVALID_DATE', `${what}: '${String(date)}' không phải ngày hợp lệ (dạng YYYY-MM-DD).`);
  }
}

function byDate(a: CalendarDay, b: CalendarDay): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** Builds a working calendar from the weekly rest days, the statutory rule and the administrator's entries. */
export function createWorkingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  const weeklyRest = [...new Set(options.weeklyRest ?? DEFAULT_WEEKLY_REST)].sort();
  if (weeklyRest.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) {
    throw new CalendarRuleError('CALENDAR_INVALID_WEEKLY_REST', 'Ngày nghỉ hằng tuần phải là số 0 (Chủ Nhật) đến 6 (Thứ Bảy).');
  }
  if (weeklyRest.length === 7) {
    throw new CalendarRuleError('CALENDAR_NO_WORKING_DAY', 'Ngày nghỉ hằng tuần không thể gồm cả 7 ngày trong tuần.');
  }
  const useStatutory = options.statutory ?? true;

  const overrides = new Map<IsoDate, CalendarDay>();
  for (const day of options.overrides ?? []) {
    requireDate(day.date, 'Ngày điều chỉnh');
    if (overrides.has(day.date)) {
      throw new CalendarRuleError('CALENDAR_DUPLICATE_OVERRIDE', `Ngày ${day.date} được điều chỉnh hai lần; mỗi ngày chỉ được một dòng.`);
    }
    overrides.set(day.date, { ...day });
  }

  const statutoryByYear = new Map<number, Map<IsoDate, CalendarDay>>();
  function statutoryDay(date: IsoDate): CalendarDay | undefined {
    if (!useStatutory) return undefined;
    const year = Number(date.slice(0, 4));
    let days = statutoryByYear.get(year);
    if (!days) {
      const list = statutoryHolidays(year, { ...options.statutoryOptions, weeklyRest });
      days = new Map(list.map((d) => [d.date, d]));
      statutoryByYear.set(year, days);
    }
    return days.get(date);
  }

  function describeDay(date: IsoDate): DayDescription {
    requireDate(date, 'Ngày cần xem');
    const override = overrides.get(date);
    if (override) {
      return override.kind === 'workday'
        ? { date, working: true, kind: 'workday', name: override.name, source: 'override' }
        : { date, working: false, kind: override.kind, name: override.name, source: 'override' };
    }
    const statutory = statutoryDay(date);
    // A 'workday' never comes from the statutory rule; only holidays and make-up days do.
    if (statutory && statutory.kind !== 'workday') {
      return { date, working: false, kind: statutory.kind, name: statutory.name, source: 'statutory' };
    }
    if (weeklyRest.includes(dayOfWeek(date))) {
      return { date, working: false, kind: 'weekly-rest', name: weekdayName(date), source: 'weekly-rest' };
    }
    return { date, working: true, kind: 'workday', name: 'Ngày làm việc', source: 'normal' };
  }

  const isWorkingDay = (date: IsoDate) => describeDay(date).working;

  function step(date: IsoDate, direction: 1 | -1): IsoDate {
    let d = addDays(date, direction);
    for (let i = 0; !isWorkingDay(d); i++) {
      if (i > MAX_CONSECUTIVE_DAYS_OFF) {
        throw new CalendarRuleError(
          'CALENDAR_NO_WORKING_DAY',
          `Không tìm thấy ngày làm việc nào trong ${MAX_CONSECUTIVE_DAYS_OFF} ngày kể từ ${date}; kiểm tra lại lịch nghỉ đã nhập.`,
        );
      }
      d = addDays(d, direction);
    }
    return d;
  }

  function specialDays(year: number): CalendarDay[] {
    const days = new Map<IsoDate, CalendarDay>();
    if (useStatutory) {
      for (const d of statutoryHolidays(year, { ...options.statutoryOptions, weeklyRest })) days.set(d.date, d);
    }
    for (const d of overrides.values()) if (Number(d.date.slice(0, 4)) === year) days.set(d.date, d);
    // A 'workday' entry on a day that is worked anyway (an ordinary Tuesday) says nothing: leave it out.
    return [...days.values()].filter((d) => d.kind !== 'workday' || weeklyRest.includes(dayOfWeek(d.date)) || statutoryDay(d.date) !== undefined).sort(byDate);
  }

  return {
    weeklyRest,
    isWorkingDay,
    describeDay,
    specialDays,
    nonWorkingDays: (year) => specialDays(year).filter((d) => d.kind !== 'workday'),
    nextWorkingDay: (date) => {
      requireDate(date, 'Ngày bắt đầu');
      return step(date, 1);
    },
    addWorkingDays(start, n) {
      requireDate(start, 'Ngày bắt đầu');
      if (!Number.isInteger(n)) throw new CalendarRuleError('CALENDAR_INVALID_COUNT', `Số ngày làm việc phải là số nguyên (nhận ${n}).`);
      let d = start;
      for (let i = 0; i < Math.abs(n); i++) d = step(d, n > 0 ? 1 : -1);
      return d;
    },
    workingDaysBetween(a, b) {
      requireDate(a, 'Ngày đầu');
      requireDate(b, 'Ngày cuối');
      const [from, to, sign] = a <= b ? [a, b, 1] : [b, a, -1];
      let count = 0;
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) count++;
      return sign * count;
    },
  };
}
