import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './iso-date';
import { vietnamDateOf, vietnamDayStart, vietnamYearOf } from './vietnam-date';

describe("Vietnam's calendar date of an instant", () => {
  it('turns at 17:00 UTC, which is midnight in Vietnam', () => {
    expect(vietnamDateOf(new Date('2026-01-31T16:59:59.999Z'))).toBe('2026-01-31'); // 23:59:59 on 31/01
    expect(vietnamDateOf(new Date('2026-01-31T17:00:00.000Z'))).toBe('2026-02-01'); // 00:00 on 01/02
    expect(vietnamDateOf(new Date('2026-01-31T17:01:00.000Z'))).toBe('2026-02-01');
  });
  it('is ahead of the UTC date for the first seven hours of a Vietnamese day', () => {
    expect(vietnamDateOf(Date.parse('2025-12-31T17:30:00Z'))).toBe('2026-01-01');
    expect(vietnamYearOf(Date.parse('2025-12-31T17:30:00Z'))).toBe(2026);
    expect(vietnamYearOf(Date.parse('2025-12-31T16:30:00Z'))).toBe(2025);
    expect(vietnamDateOf(Date.parse('2024-02-28T18:00:00Z'))).toBe('2024-02-29');
  });
  it('does not depend on the time zone the instant was written in', () => {
    expect(vietnamDateOf(new Date('2026-03-01T00:30:00+07:00'))).toBe('2026-03-01');
    expect(vietnamDateOf(new Date('2026-02-28T23:30:00-05:00'))).toBe('2026-03-01');
  });
  it('starts each day at 00:00 +07:00 and agrees with itself around every midnight', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (n) => {
        const date = addDays('1990-01-01', n);
        const start = vietnamDayStart(date).getTime();
        return vietnamDateOf(start) === date && vietnamDateOf(start - 1) === addDays(date, -1);
      }),
    );
  });
  it('refuses an instant that is not one', () => {
    expect(() => vietnamDateOf(new Date('not a date'))).toThrow(RangeError);
  });
});
