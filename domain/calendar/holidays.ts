/**
 * Statutory public holidays of Bộ luật Lao động 2019, Điều 112, and the make-up days of Điều 111 khoản 3.
 * The government fixes the exact Tết days and the day next to 2/9 each year: both are options here,
 * and what the province finally announces is entered as overrides (see working-calendar.ts).
 */
import { addDays, dayOfWeek, isIsoDate, type IsoDate } from '../time/iso-date';
import { CalendarRuleError } from './calendar-error';
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR, lunarToSolar } from './lunar';

/** One special day of a year: a holiday, a make-up day off (nghỉ bù), or a weekend day worked (làm bù). */
export interface CalendarDay {
  date: IsoDate;
  kind: CalendarDayKind;
  name: string;
}

export type CalendarDayKind = 'holiday' | 'makeup' | 'workday';

export const CALENDAR_DAY_KINDS: readonly CalendarDayKind[] = ['holiday', 'makeup', 'workday'];

/** Which Tết days are off, counted around lunar 1/1 (data, because the government decides it each year). */
export interface TetRule {
  /** Days off at the end of the old lunar year, the last one being 30 Tết (or 29 in a short month). Law's usual choice: 1. */
  daysBeforeNewYear: number;
  /** Days off from lunar 1/1 on. Law's usual choice: 4 (mùng 1–4). */
  daysFromNewYear: number;
  /**
   * Where the make-up day of a Tết day falling on Saturday goes. 'next' is the text of Điều 111 khoản 3
   * (next working day); 'previous' is what the government has announced for civil servants since 2014
   * (2024: Sat 10/02 → Thu 08/02; 2025: Sat 01/02 → Mon 27/01), which keeps the break in one block.
   */
  saturdayMakeUp: 'next' | 'previous';
}

/**
 * The day added to 2/9 (Luật 2019 gives "02/9 and one day before or after").
 * 'before' (1/9) is the default: it is what 2025 used. 'bridge' reproduces the choices of 2021–2025,
 * picking the side that joins a weekend (Mon → 3/9, Tue/Wed → 1/9, Thu → 3/9, Fri/Sat → 1/9, Sun → 3/9).
 */
export type NationalDayExtra = 'before' | 'after' | 'bridge';

export interface StatutoryHolidayOptions {
  tet?: Partial<TetRule>;
  nationalDayExtra?: NationalDayExtra;
  /** Weekly rest days (0 = Sunday … 6 = Saturday) used to find make-up days. Default Saturday and Sunday. */
  weeklyRest?: readonly number[];
  /** Set false to list the holidays without make-up days. */
  makeUpDays?: boolean;
}

export const DEFAULT_TET_RULE: TetRule = { daysBeforeNewYear: 1, daysFromNewYear: 4, saturdayMakeUp: 'next' };
export const DEFAULT_WEEKLY_REST: readonly number[] = [0, 6];

export const HOLIDAY_NAMES = {
  newYear: 'Tết Dương lịch',
  tet: 'Tết Nguyên đán',
  hungKings: 'Giỗ Tổ Hùng Vương',
  victory: 'Ngày Chiến thắng',
  labour: 'Ngày Quốc tế lao động',
  nationalDay: 'Quốc khánh',
} as const;

const WEEKDAY_NAMES = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** Vietnamese name of a weekday, e.g. "Thứ Bảy". */
export function weekdayName(date: IsoDate): string {
  return WEEKDAY_NAMES[dayOfWeek(date)];
}

/** Name of the make-up day given for a holiday, e.g. "Nghỉ bù Quốc khánh". */
export function makeUpName(holidayName: string): string {
  return `Nghỉ bù ${holidayName}`;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
    throw new CalendarRuleError(
      'CALENDAR_YEAR_OUT_OF_RANGE',
      `Chỉ tính được ngày nghỉ lễ cho các năm ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}; năm ${year} nằm ngoài khoảng này.`,
    );
  }
}

function checkTetRule(rule: TetRule): void {
  const ok = (n: number) => Number.isInteger(n) && n >= 0 && n <= 10;
  if (!ok(rule.daysBeforeNewYear) || !ok(rule.daysFromNewYear) || rule.daysBeforeNewYear + rule.daysFromNewYear === 0) {
    throw new CalendarRuleError(
      'CALENDAR_INVALID_TET_RULE',
      `Quy tắc nghỉ Tết không hợp lệ: số ngày trước và sau mùng 1 phải là số nguyên 0–10 và có ít nhất 1 ngày nghỉ.`,
    );
  }
}

/** The day given next to 2/9 for a year, per the chosen rule. */
export function nationalDayExtraDate(year: number, rule: NationalDayExtra = 'before'): IsoDate {
  const sep2 = `${year}-09-02`;
  if (rule === 'before') return addDays(sep2, -1);
  if (rule === 'after') return addDays(sep2, 1);
  // Index = weekday of 2/9; +1 means 3/9, -1 means 1/9.
  const side = [1, 1, -1, -1, 1, -1, -1][dayOfWeek(sep2)];
  return addDays(sep2, side);
}

interface Holiday {
  date: IsoDate;
  name: string;
  /** Tết days follow the Tết make-up rule; others always go to the next working day. */
  tet: boolean;
}

function holidaysOf(year: number, tet: TetRule, nationalDayExtra: NationalDayExtra): Holiday[] {
  const newYear = lunarToSolar(year, 1, 1);
  const days: Holiday[] = [{ date: `${year}-01-01`, name: HOLIDAY_NAMES.newYear, tet: false }];
  // The day before lunar 1/1 is the last day of the old year, whether it is the 29th or the 30th.
  for (let i = -tet.daysBeforeNewYear; i < tet.daysFromNewYear; i++) {
    days.push({ date: addDays(newYear, i), name: HOLIDAY_NAMES.tet, tet: true });
  }
  days.push(
    { date: lunarToSolar(year, 3, 10), name: HOLIDAY_NAMES.hungKings, tet: false },
    { date: `${year}-04-30`, name: HOLIDAY_NAMES.victory, tet: false },
    { date: `${year}-05-01`, name: HOLIDAY_NAMES.labour, tet: false },
    { date: `${year}-09-02`, name: HOLIDAY_NAMES.nationalDay, tet: false },
    { date: nationalDayExtraDate(year, nationalDayExtra), name: HOLIDAY_NAMES.nationalDay, tet: false },
  );
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Statutory holidays and make-up days of a year (BLLĐ 2019 Đ111–112), sorted by date. */
export function statutoryHolidays(year: number, options: StatutoryHolidayOptions = {}): CalendarDay[] {
  checkYear(year);
  const tet: TetRule = { ...DEFAULT_TET_RULE, ...options.tet };
  checkTetRule(tet);
  const weeklyRest = new Set(options.weeklyRest ?? DEFAULT_WEEKLY_REST);
  if (weeklyRest.size >= 7) {
    throw new CalendarRuleError('CALENDAR_NO_WORKING_DAY', 'Ngày nghỉ hằng tuần không thể gồm cả 7 ngày trong tuần.');
  }
  const holidays = holidaysOf(year, tet, options.nationalDayExtra ?? 'before');

  const result = new Map<IsoDate, CalendarDay>();
  // Each holiday owed by law that is lost to a weekly rest day or to another holiday on the same date.
  const owed: Holiday[] = [];
  for (const h of holidays) {
    const existing = result.get(h.date);
    if (existing) {
      // Two holidays on one date (Giỗ Tổ can fall on 30/4): the law grants both days, so one more is owed.
      if (!existing.name.split(', ').includes(h.name)) existing.name = `${existing.name}, ${h.name}`;
      owed.push(h);
      continue;
    }
    result.set(h.date, { date: h.date, kind: 'holiday', name: h.name });
    if (weeklyRest.has(dayOfWeek(h.date))) owed.push(h);
  }
  if (options.makeUpDays === false) return [...result.values()];

  const isFree = (d: IsoDate) => !weeklyRest.has(dayOfWeek(d)) && !result.has(d);
  for (const h of owed) {
    const step = h.tet && tet.saturdayMakeUp === 'previous' && dayOfWeek(h.date) === 6 ? -1 : 1;
    let d = addDays(h.date, step);
    while (!isFree(d)) d = addDays(d, step);
    result.set(d, { date: d, kind: 'makeup', name: makeUpName(h.name) });
  }
  return [...result.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** True when a value has the shape of a CalendarDay with a real date. */
export function isCalendarDay(value: unknown): value is CalendarDay {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.date === 'string' &&
    isIsoDate(v.date) &&
    typeof v.kind === 'string' &&
    (CALENDAR_DAY_KINDS as readonly string[]).includes(v.kind) &&
    typeof v.name === 'string'
  );
}
