/**
 * Vietnamese lunar calendar (âm lịch) for UTC+7, after Hồ Ngọc Đức's astronomical algorithm:
 * new moons from Meeus' series, the sun's longitude for the major solar terms, month 11 holding
 * the winter solstice, and the first month without a major term as the leap month.
 * The time zone matters: Vietnam and China (UTC+8) disagree in some years (Tết 1985, 2007).
 */
import { fromEpochDay, isIsoDate, toEpochDay, type IsoDate } from '../time/iso-date';
import { CalendarRuleError } from './calendar-error';

/** A date of the lunar calendar; `leap` marks a day of the leap month (tháng nhuận). */
export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

/** Years the algorithm is checked for; Meeus' series drifts outside them. */
export const LUNAR_MIN_YEAR = 1900;
export const LUNAR_MAX_YEAR = 2100;

const TIME_ZONE = 7;
const SYNODIC_MONTH = 29.530588853;
// Julian day of the new moon of 1900-01-01 (k = 0 in Meeus' numbering used here).
const NEW_MOON_EPOCH = 2415021.076998695;
// Julian day number of 1970-01-01, to reach the shared epoch-day arithmetic.
const JD_UNIX_EPOCH = 2440588;
const DEG = Math.PI / 180;

function julianDay(date: IsoDate): number {
  return toEpochDay(date) + JD_UNIX_EPOCH;
}

function dateOfJulianDay(jd: number): IsoDate {
  return fromEpochDay(jd - JD_UNIX_EPOCH);
}

/** Julian date (with fraction, UT) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const T = k / 1236.85; // Julian centuries since 1900-01-01
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DEG);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * DEG) + 0.0021 * Math.sin(2 * DEG * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * DEG) + 0.0161 * Math.sin(DEG * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(DEG * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(DEG * 2 * F) - 0.0051 * Math.sin(DEG * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(DEG * (M - Mpr)) + 0.0004 * Math.sin(DEG * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(DEG * (2 * F - M)) - 0.0006 * Math.sin(DEG * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(DEG * (2 * F - Mpr)) + 0.0005 * Math.sin(DEG * (2 * Mpr + M));
  // ΔT (dynamical minus universal time), in days.
  const deltaT = T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** The sun's apparent longitude in radians [0, 2π) at a Julian date (UT). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525; // Julian centuries since J2000
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let dl = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DEG * M);
  dl = dl + (0.019993 - 0.000101 * T) * Math.sin(DEG * 2 * M) + 0.00029 * Math.sin(DEG * 3 * M);
  const L = (L0 + dl) * DEG;
  return L - 2 * Math.PI * Math.floor(L / (2 * Math.PI));
}

/** Which of the 12 major solar terms (0..11, 30° each) the sun is in at the start of a local day. */
function solarTermAt(dayNumber: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

/** Julian day number of the local (UTC+7) day holding the k-th new moon. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** Julian day number of the start of lunar month 11 (the month with the winter solstice) of a solar year. */
function lunarMonth11(year: number): number {
  const off = julianDay(`${String(year).padStart(4, '0')}-12-31`) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k);
  // Past 270° the solstice already happened before this new moon, so month 11 is the previous one.
  return solarTermAt(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** Index (from month 11) of the leap month in a 13-month lunar year: the first month with no major term. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = solarTermAt(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = solarTermAt(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

function checkSolarYear(date: IsoDate): void {
  if (!isIsoDate(date)) {
    throw new CalendarRuleError('CALENDAR_INVALID_DATE', `'${date}' không phải ngày hợp lệ (dạng YYYY-MM-DD).`);
  }
  const year = Number(date.slice(0, 4));
  if (year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
    throw new CalendarRuleError(
      'CALENDAR_YEAR_OUT_OF_RANGE',
      `Lịch âm chỉ được tính cho các năm ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}; ngày ${date} nằm ngoài khoảng này.`,
    );
  }
}

/** The Vietnamese lunar date of a solar date (UTC+7), for 1900–2100. */
export function solarToLunar(date: IsoDate): LunarDate {
  checkSolarYear(date);
  const year = Number(date.slice(0, 4));
  const dayNumber = julianDay(date);
  // The mean month only guesses k; true new moons stray up to ~14 hours from it, so settle on the
  // last new moon on or before the day (the original one-step check gives day 0 on e.g. 2054-04-*).
  let k = Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  while (newMoonDay(k + 1) <= dayNumber) k++;
  while (newMoonDay(k) > dayNumber) k--;
  const monthStart = newMoonDay(k);
  let a11 = lunarMonth11(year);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11(year - 1);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11(year + 1);
  }
  const day = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  // More than 365 days between two months 11: this lunar year has 13 months.
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  // Months 11 and 12 seen from the following solar year still belong to the previous lunar year.
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { year: lunarYear, month, day, leap };
}

/** The leap month (1..12) of a lunar year, or null when the year has 12 months. */
export function leapMonthOf(lunarYear: number): number | null {
  for (let month = 1; month <= 12; month++) {
    try {
      lunarToSolar(lunarYear, month, 1, true);
      return month;
    } catch (error) {
      if (!(error instanceof CalendarRuleError) || error.code !== 'CALENDAR_NO_SUCH_LEAP_MONTH') throw error;
    }
  }
  return null;
}

/** The solar date of a Vietnamese lunar date (UTC+7); throws when the day or leap month does not exist. */
export function lunarToSolar(year: number, month: number, day: number, leap = false): IsoDate {
  const label = `${day}/${month}${leap ? ' nhuận' : ''}/${year} âm lịch`;
  // Lunar year 1899 is allowed: its last months are January 1900.
  if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR - 1 || year > LUNAR_MAX_YEAR) {
    throw new CalendarRuleError(
      'CALENDAR_YEAR_OUT_OF_RANGE',
      `Lịch âm chỉ được tính cho các năm ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}; không tính được ngày ${label}.`,
    );
  }
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > 30) {
    throw new CalendarRuleError('CALENDAR_INVALID_LUNAR_DATE', `Ngày ${label} không hợp lệ (tháng 1–12, ngày 1–30).`);
  }
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1);
    b11 = lunarMonth11(year);
  } else {
    a11 = lunarMonth11(year);
    b11 = lunarMonth11(year + 1);
  }
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) {
      throw new CalendarRuleError('CALENDAR_NO_SUCH_LEAP_MONTH', `Năm âm lịch ${year} không có tháng ${month} nhuận.`);
    }
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    throw new CalendarRuleError('CALENDAR_NO_SUCH_LEAP_MONTH', `Năm âm lịch ${year} không có tháng ${month} nhuận.`);
  }
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  const monthStart = newMoonDay(k + off);
  // Day 30 of a 29-day month would silently land on day 1 of the next month: refuse it instead.
  if (day === 30 && newMoonDay(k + off + 1) - monthStart < 30) {
    throw new CalendarRuleError('CALENDAR_INVALID_LUNAR_DATE', `Tháng ${month}${leap ? ' nhuận' : ''} năm âm lịch ${year} chỉ có 29 ngày.`);
  }
  return dateOfJulianDay(monthStart + day - 1);
}

/** Number of days (29 or 30) of a lunar month. */
export function lunarMonthLength(year: number, month: number, leap = false): 29 | 30 {
  try {
    lunarToSolar(year, month, 30, leap);
    return 30;
  } catch (error) {
    if (error instanceof CalendarRuleError && error.code === 'CALENDAR_INVALID_LUNAR_DATE') return 29;
    throw error;
  }
}
