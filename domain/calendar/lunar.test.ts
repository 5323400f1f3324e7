import { describe, expect, it } from 'vitest';
import { addDays } from '../time/iso-date';
import { CalendarRuleError } from './calendar-error';
import { leapMonthOf, lunarMonthLength, lunarToSolar, solarToLunar } from './lunar';

// Tết (lunar 1/1) as published in Vietnamese calendars.
const TET: Record<number, string> = {
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  // The new moon falls at 23:07 on 02/02/2030 in Vietnam (UTC+7) but 00:07 on 03/02 in China (UTC+8):
  // Vietnamese Tết Canh Tuất is Saturday 02/02/2030; lists giving 03/02 copy the Chinese Spring Festival.
  2030: '2030-02-02',
};

const HUNG_KINGS: Record<number, string> = {
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
  2027: '2027-04-16',
  2028: '2028-04-04',
  2029: '2029-04-23',
  2030: '2030-04-12',
};

describe('lunar calendar (UTC+7)', () => {
  it.each(Object.entries(TET))('finds Tết %s on %s', (year, date) => {
    expect(lunarToSolar(Number(year), 1, 1)).toBe(date);
    expect(solarToLunar(date)).toEqual({ year: Number(year), month: 1, day: 1, leap: false });
    // The day before is the last day of the old lunar year, month 12.
    expect(solarToLunar(addDays(date, -1))).toMatchObject({ year: Number(year) - 1, month: 12, leap: false });
  });

  it.each(Object.entries(HUNG_KINGS))('finds Giỗ Tổ Hùng Vương (10/3) %s on %s', (year, date) => {
    expect(lunarToSolar(Number(year), 3, 10)).toBe(date);
    expect(solarToLunar(date)).toEqual({ year: Number(year), month: 3, day: 10, leap: false });
  });

  it('uses Vietnam time, where Tết differs from the Chinese calendar', () => {
    expect(lunarToSolar(1985, 1, 1)).toBe('1985-01-21'); // China: 1985-02-20
    expect(lunarToSolar(2007, 1, 1)).toBe('2007-02-17'); // China: 2007-02-18
    expect(lunarToSolar(1968, 1, 1)).toBe('1968-01-29'); // Tết Mậu Thân; China: 1968-01-30
  });

  it('knows the leap months', () => {
    expect(leapMonthOf(2020)).toBe(4);
    expect(leapMonthOf(2023)).toBe(2);
    expect(leapMonthOf(2025)).toBe(6);
    expect(leapMonthOf(2028)).toBe(5);
    expect(leapMonthOf(2024)).toBeNull();
    expect(leapMonthOf(2026)).toBeNull();
    // 2023: tháng 2 nhuận from 22/03 to 19/04; 2025: tháng 6 nhuận from 25/07 to 22/08.
    expect(lunarToSolar(2023, 2, 1, true)).toBe('2023-03-22');
    expect(solarToLunar('2023-04-19')).toEqual({ year: 2023, month: 2, day: 29, leap: true });
    expect(solarToLunar('2023-04-20')).toEqual({ year: 2023, month: 3, day: 1, leap: false });
    expect(lunarToSolar(2025, 6, 1, true)).toBe('2025-07-25');
    expect(solarToLunar('2025-08-22')).toEqual({ year: 2025, month: 6, day: 29, leap: true });
    expect(lunarToSolar(2025, 6, 1)).toBe('2025-06-25');
  });

  it('knows the length of month 12, so the last day of the year is 29 or 30 Tết', () => {
    expect(lunarMonthLength(2023, 12)).toBe(30); // 30 Tết Giáp Thìn = 09/02/2024
    expect(lunarMonthLength(2024, 12)).toBe(29); // no 30 Tết in 2025: the last day was 28/01/2025
    expect(solarToLunar('2024-02-09')).toEqual({ year: 2023, month: 12, day: 30, leap: false });
  });

  it('settles on the right month when the true new moon strays far from the mean one', () => {
    // The original one-step search answered "day 0 of month 4" here.
    expect(solarToLunar('2054-05-07')).toEqual({ year: 2054, month: 3, day: 30, leap: false });
    expect(solarToLunar('2054-05-08')).toEqual({ year: 2054, month: 4, day: 1, leap: false });
  });

  it('refuses dates that do not exist', () => {
    expect(() => lunarToSolar(2024, 2, 1, true)).toThrow(/không có tháng 2 nhuận/);
    expect(() => lunarToSolar(2023, 3, 1, true)).toThrow(CalendarRuleError);
    expect(() => lunarToSolar(2024, 12, 30)).toThrow(/chỉ có 29 ngày/);
    expect(() => lunarToSolar(2025, 13, 1)).toThrow(/không hợp lệ/);
    expect(() => lunarToSolar(2025, 1, 0)).toThrow(/không hợp lệ/);
    expect(() => lunarToSolar(1898, 1, 1)).toThrow(/1900–2100/);
    expect(() => solarToLunar('2101-01-01')).toThrow(/1900–2100/);
    expect(() => solarToLunar('2025-02-30')).toThrow(/không phải ngày hợp lệ/);
  });

  it('round-trips every day from 1900 to 2100, and lunar days follow each other', () => {
    let previous = solarToLunar('1900-01-01');
    let leapMonths = 0;
    for (let d = '1900-01-02'; d <= '2100-12-31'; d = addDays(d, 1)) {
      const lunar = solarToLunar(d);
      if (lunarToSolar(lunar.year, lunar.month, lunar.day, lunar.leap) !== d) {
        throw new Error(`${d} → ${JSON.stringify(lunar)} does not come back`);
      }
      if (lunar.day === 1) {
        if (previous.day !== 29 && previous.day !== 30) throw new Error(`${d}: month ended on day ${previous.day}`);
        if (lunar.leap) leapMonths++;
        // A new month is the next month number, or the leap month repeating the previous number.
        const expected = lunar.leap ? previous.month : (previous.month % 12) + 1;
        if (lunar.month !== expected) throw new Error(`${d}: month ${previous.month} followed by ${lunar.month}`);
      } else if (lunar.day !== previous.day + 1 || lunar.month !== previous.month || lunar.leap !== previous.leap) {
        throw new Error(`${d}: ${JSON.stringify(previous)} followed by ${JSON.stringify(lunar)}`);
      }
      previous = lunar;
    }
    // 7 leap months every 19 years: about 74 in 201 years.
    expect(leapMonths).toBeGreaterThanOrEqual(72);
    expect(leapMonths).toBeLessThanOrEqual(76);
  }, 120_000); // 73,000 days: seconds on a loaded machine
});
