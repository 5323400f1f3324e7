/** A calendar date without time zone, written 'YYYY-MM-DD'. ISO dates compare correctly as strings. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the text is a real calendar date in 'YYYY-MM-DD' form (2025-02-30 is not). */
export function isIsoDate(text: string): text is IsoDate {
  if (!ISO_DATE.test(text)) return false;
  // Arithmetic rather than a Date round trip: imports check several dates on every row.
  const y = +text.slice(0, 4);
  const m = +text.slice(5, 7);
  const d = +text.slice(8, 10);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The last day of a month (1–12), e.g. (2024, 2) → '2024-02-29'. */
export function lastDayOfMonth(year: number, month: number): IsoDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (UTC), the basis of date arithmetic here. */
export function toEpochDay(date: IsoDate): number {
  // Day count from the civil date (H. Hinnant's algorithm), with no Date object and no split: due dates and
  // imports call this hundreds of thousands of times. Unlike Date.UTC it also reads years 0–99 as written.
  const m = +date.slice(5, 7);
  const y = +date.slice(0, 4) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + +date.slice(8, 10) - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** Inverse of toEpochDay. */
export function fromEpochDay(day: number): IsoDate {
  // Civil date from a day count (H. Hinnant's algorithm): no Date object and no ISO string to cut.
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** The date n days after (or before, when negative) the given one. */
export function addDays(date: IsoDate, n: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + n);
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4); the double modulo keeps dates before 1970 positive.
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** Vietnamese short form, 'dd/mm/yyyy'. */
export function formatViDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}
