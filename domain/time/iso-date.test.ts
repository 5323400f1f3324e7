import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, daysBetween, formatViDate, fromEpochDay, isIsoDate, lastDayOfMonth, toEpochDay } from './iso-date';
import { formatViDateOr, formatViDateOrDash } from './vietnam-date';

describe('iso dates', () => {
  it('rejects dates that do not exist', () => {
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('29/02/2024')).toBe(false);
  });
  it('adds days across months and years', () => {
    expect(addDays('2025-12-30', 3)).toBe('2026-01-02');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
  it('knows the day of week, before and after 1970', () => {
    expect(dayOfWeek('2025-01-27')).toBe(1); // Monday
    expect(dayOfWeek('1969-12-31')).toBe(3); // Wednesday
  });
  it('counts and formats', () => {
    expect(daysBetween('2025-01-01', '2025-02-01')).toBe(31);
    expect(formatViDate('2025-02-07')).toBe('07/02/2025');
  });
  it('formats optional dates and timestamps, with a stand-in for no date', () => {
    expect(formatViDateOrDash('2025-02-07')).toBe('07/02/2025');
    expect(formatViDateOrDash('2025-02-07T16:30:00.000Z')).toBe('07/02/2025'); // 23:30 in Vietnam
    expect(formatViDateOrDash('2025-02-07T17:30:00.000Z')).toBe('08/02/2025'); // 00:30 the next day there
    expect(formatViDateOrDash(null)).toBe('—');
    expect(formatViDateOrDash(undefined)).toBe('—');
    expect(formatViDateOrDash('')).toBe('—');
    expect(formatViDateOr(null, '')).toBe('');
    expect(formatViDateOr('2024-12-31', '')).toBe('31/12/2024');
  });
});

describe('epoch days', () => {
  it('agrees with the platform calendar on every day from 1900 to 2200 and round-trips', () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(2200, 11, 31) / 86_400_000;
    for (let day = first; day <= last; day++) {
      const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (fromEpochDay(day) !== date || toEpochDay(fromEpochDay(day)) !== day) expect({ day, got: fromEpochDay(day) }).toEqual({ day, got: date });
    }
    expect(fromEpochDay(0)).toBe('1970-01-01');
    expect(toEpochDay('2024-02-29' as never)).toBe(19_782);
  });

  it('isIsoDate accepts exactly the days the platform calendar has (leap years included)', () => {
    for (let y = 1896; y <= 2104; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 0; d <= 32; d++) {
          const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const real = new Date(Date.UTC(y, m - 1, d));
          const exists = d > 0 && real.getUTCMonth() === m - 1 && real.getUTCDate() === d;
          if (isIsoDate(text) !== exists) expect({ text, accepted: isIsoDate(text) }).toEqual({ text, accepted: exists });
        }
      }
    }
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-00-10')).toBe(false);
  });

  it('reads years below 100 as written (Date.UTC would add 1900)', () => {
    expect(fromEpochDay(toEpochDay('0050-03-01' as never))).toBe('0050-03-01');
    expect(toEpochDay('0000-01-01' as never)).toBe(-719_528);
  });
});

describe('last day of a month', () => {
  it('knows February of leap years and the months of 30 and 31 days', () => {
    expect([lastDayOfMonth(2024, 2), lastDayOfMonth(2025, 2), lastDayOfMonth(1900, 2), lastDayOfMonth(2000, 2)]).toEqual([
      '2024-02-29',
      '2025-02-28',
      '1900-02-28',
      '2000-02-29',
    ]);
    expect([lastDayOfMonth(2025, 6), lastDayOfMonth(2025, 12)]).toEqual(['2025-06-30', '2025-12-31']);
  });
});
