import { describe, expect, it } from 'vitest';
import { momentToEpoch, parseSourceMoment, toPortalTime, vietnamMoment } from './source-time';

describe('source dates and times', () => {
  it.each([
    ['20250314083015', { date: '2025-03-14', time: '08:30:15' }],
    ['20250314', { date: '2025-03-14', time: null }],
    ['14/03/2025', { date: '2025-03-14', time: null }],
    ['4/3/2025', { date: '2025-03-04', time: null }],
    ['14/03/2025 08:30', { date: '2025-03-14', time: '08:30:00' }],
    ['14/03/2025 17:05:09', { date: '2025-03-14', time: '17:05:09' }],
    ['08:30 14/03/2025', { date: '2025-03-14', time: '08:30:00' }],
    ['08h30 ngày 14/03/2025', { date: '2025-03-14', time: '08:30:00' }],
    ['14-03-2025', { date: '2025-03-14', time: null }],
    ['2025-03-14', { date: '2025-03-14', time: null }],
    ['2025-03-14T08:30:00', { date: '2025-03-14', time: '08:30:00' }],
  ])('reads %s', (text, expected) => {
    expect(parseSourceMoment(text)).toEqual(expected);
  });

  it('moves an instant with a zone into Vietnam time (the date can change)', () => {
    expect(parseSourceMoment('2025-03-14T20:00:00Z')).toEqual({ date: '2025-03-15', time: '03:00:00' });
    expect(parseSourceMoment('2025-03-14T08:00:00+07:00')).toEqual({ date: '2025-03-14', time: '08:00:00' });
  });

  it('reads spreadsheet dates, day serials and portal numbers', () => {
    expect(parseSourceMoment(new Date(Date.UTC(2025, 2, 14)))).toEqual({ date: '2025-03-14', time: null });
    expect(parseSourceMoment(new Date(Date.UTC(2025, 2, 14, 9, 15)))).toEqual({ date: '2025-03-14', time: '09:15:00' });
    expect(parseSourceMoment(45730)).toEqual({ date: '2025-03-14', time: null });
    expect(parseSourceMoment(45730.5)).toEqual({ date: '2025-03-14', time: '12:00:00' });
    expect(parseSourceMoment(20250314083015)).toEqual({ date: '2025-03-14', time: '08:30:15' });
  });

  it('refuses what is not a real date and passes empty values as null', () => {
    for (const bad of ['31/02/2025', '2025-13-01', 'chưa có', '14/03/2025 25:00', '99999999999999']) expect(parseSourceMoment(bad), bad).toBe('invalid');
    expect(parseSourceMoment('')).toBeNull();
    expect(parseSourceMoment(null)).toBeNull();
  });

  it('round-trips portal times through instants', () => {
    const m = { date: '2025-12-31', time: '23:59:59' };
    expect(toPortalTime(m)).toBe('20251231235959');
    expect(vietnamMoment(momentToEpoch(m))).toEqual(m);
    expect(vietnamMoment(Date.UTC(2025, 11, 31, 17, 0, 0))).toEqual({ date: '2026-01-01', time: '00:00:00' });
  });
});
