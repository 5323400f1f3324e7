import { formatViDate, fromEpochDay, type IsoDate } from './iso-date';

/**
 * Vietnam keeps UTC+07:00 all year (no daylight saving since 1975). Every "today" of the product is a date on
 * Vietnam's calendar, whatever the time zone of the server or the browser: a deadline is missed at 00:00 in Hà
 * Nội, which is 17:00 UTC the day before.
 */
export const VIETNAM_UTC_OFFSET_MS = 7 * 3_600_000;

/** The calendar date in Vietnam at an instant (16:59 UTC is still that date there; 17:00 UTC is the next). */
export function vietnamDateOf(instant: Date | number): IsoDate {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('vietnamDateOf: thời điểm không hợp lệ.');
  return fromEpochDay(Math.floor((ms + VIETNAM_UTC_OFFSET_MS) / 86_400_000));
}

/** The year in Vietnam at an instant (the first seven hours of 1 January Vietnam time are 31 December in UTC). */
export function vietnamYearOf(instant: Date | number): number {
  return Number(vietnamDateOf(instant).slice(0, 4));
}

/** The instant a Vietnamese calendar day begins (00:00 +07:00). */
export function vietnamDayStart(date: IsoDate): Date {
  return new Date(`${date}T00:00:00+07:00`);
}

/**
 * formatViDate for a value that may be missing, a date ('2025-02-07') or a timestamp: a timestamp shows the date it
 * was in Vietnam ('2025-02-07T17:30:00Z' is 08/02/2025 there). `empty` stands where there is no date.
 */
export function formatViDateOr(value: string | null | undefined, empty: string): string {
  if (!value) return empty;
  return formatViDate(value.length > 10 ? vietnamDateOf(new Date(value)) : value);
}

/** What pages and tables show: 'dd/mm/yyyy', or '—' without a date. One argument, so it can be a table column's `render`. */
export function formatViDateOrDash(value: string | null | undefined): string {
  return formatViDateOr(value, '—');
}
