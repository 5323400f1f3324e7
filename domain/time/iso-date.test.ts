import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, daysBetween, formatViDate, isIsoDate } from './iso-date';

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
});
