import { describe, expect, it } from 'vitest';
import { addDays } from '../time/iso-date';
import type { CalendarDay } from './holidays';
import { createWorkingCalendar } from './working-calendar';

// What the government announced for civil servants in 2025 (Tết 25/01–02/02; 30/4–04/5 with Saturday 26/04 worked).
const DECISION_2025: CalendarDay[] = [
  { date: '2025-01-27', kind: 'makeup', name: 'Nghỉ bù Tết Nguyên đán' },
  { date: '2025-02-03', kind: 'workday', name: 'Đi làm (đã nghỉ bù ngày 27/01)' },
  { date: '2025-04-26', kind: 'workday', name: 'Làm bù cho ngày 02/05' },
  { date: '2025-05-02', kind: 'holiday', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04)' },
];

describe('working calendar', () => {
  const calendar = createWorkingCalendar();

  it('rests on Saturdays and Sundays and says so', () => {
    expect(calendar.isWorkingDay('2025-03-07')).toBe(true); // Friday
    expect(calendar.isWorkingDay('2025-03-08')).toBe(false);
    expect(calendar.describeDay('2025-03-08')).toMatchObject({ working: false, kind: 'weekly-rest', name: 'Thứ Bảy' });
    expect(calendar.describeDay('2025-03-09').name).toBe('Chủ Nhật');
    expect(calendar.describeDay('2025-03-07')).toMatchObject({ working: true, name: 'Ngày làm việc', source: 'normal' });
  });

  it('names holidays and make-up days', () => {
    expect(calendar.describeDay('2025-01-29')).toMatchObject({ working: false, kind: 'holiday', name: 'Tết Nguyên đán', source: 'statutory' });
    expect(calendar.describeDay('2028-09-04')).toMatchObject({ working: false, kind: 'makeup', name: 'Nghỉ bù Quốc khánh' });
    // A holiday on a Saturday is named after the holiday, not the weekday.
    expect(calendar.describeDay('2027-05-01').name).toBe('Ngày Quốc tế lao động');
  });

  it('lets the administrator add days off and swap a Saturday, over the statutory rule', () => {
    const c = createWorkingCalendar({ overrides: DECISION_2025 });
    expect(c.isWorkingDay('2025-01-27')).toBe(false);
    expect(c.isWorkingDay('2025-02-03')).toBe(true);
    expect(c.describeDay('2025-02-03')).toMatchObject({ working: true, source: 'override', name: 'Đi làm (đã nghỉ bù ngày 27/01)' });
    expect(c.isWorkingDay('2025-04-26')).toBe(true); // a Saturday worked
    expect(c.describeDay('2025-05-02').name).toBe('Nghỉ hoán đổi (làm bù thứ Bảy 26/04)');
    // An override can also reopen a statutory holiday.
    const open = createWorkingCalendar({ overrides: [{ date: '2025-09-01', kind: 'workday', name: 'Đơn vị trực' }] });
    expect(open.isWorkingDay('2025-09-01')).toBe(true);
  });

  it('lists the year’s days off except plain weekends, for GET /api/calendar/holidays', () => {
    const c = createWorkingCalendar({ overrides: DECISION_2025 });
    const days = c.nonWorkingDays(2025);
    expect(days.map((d) => d.date)).toEqual([
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
      '2025-09-01',
      '2025-09-02',
    ]);
    expect(days.every((d) => d.kind !== 'workday')).toBe(true);
    expect(
      c
        .specialDays(2025)
        .filter((d) => d.kind === 'workday')
        .map((d) => d.date),
    ).toEqual(['2025-02-03', '2025-04-26']);
  });

  it('can do without the statutory days, and with other weekly rest days', () => {
    const bare = createWorkingCalendar({ statutory: false });
    expect(bare.isWorkingDay('2025-01-29')).toBe(true);
    expect(bare.nonWorkingDays(2025)).toEqual([]);
    const sundayOnly = createWorkingCalendar({ weeklyRest: [0] });
    expect(sundayOnly.isWorkingDay('2025-03-08')).toBe(true);
    expect(sundayOnly.isWorkingDay('2025-02-03')).toBe(true); // no make-up: Saturday 01/02 was not a rest day
    expect(() => createWorkingCalendar({ weeklyRest: [0, 1, 2, 3, 4, 5, 6] })).toThrow(/7 ngày/);
    expect(() => createWorkingCalendar({ weeklyRest: [7] })).toThrow(/0 \(Chủ Nhật\)/);
  });

  it('moves by working days', () => {
    expect(calendar.nextWorkingDay('2025-03-07')).toBe('2025-03-10');
    expect(calendar.nextWorkingDay('2025-01-27')).toBe('2025-02-04'); // Tết, Sunday, then the make-up Monday
    expect(calendar.addWorkingDays('2025-03-07', 1)).toBe('2025-03-10');
    expect(calendar.addWorkingDays('2025-03-07', 0)).toBe('2025-03-07');
    expect(calendar.addWorkingDays('2025-03-10', -1)).toBe('2025-03-07');
    expect(calendar.addWorkingDays('2025-04-29', 2)).toBe('2025-05-05');
    expect(() => calendar.addWorkingDays('2025-04-29', 1.5)).toThrow(/số nguyên/);
  });

  it('counts working days between two dates consistently with addWorkingDays', () => {
    expect(calendar.workingDaysBetween('2025-03-07', '2025-03-14')).toBe(5);
    expect(calendar.workingDaysBetween('2025-03-14', '2025-03-07')).toBe(-5);
    expect(calendar.workingDaysBetween('2025-03-07', '2025-03-07')).toBe(0);
    for (let d = '2024-12-20'; d <= '2025-02-28'; d = addDays(d, 3)) {
      for (const n of [1, 5, 15]) expect(calendar.workingDaysBetween(d, calendar.addWorkingDays(d, n))).toBe(n);
    }
  });

  it('refuses bad dates and duplicate overrides with messages that say what to fix', () => {
    expect(() => calendar.isWorkingDay('2025-02-30')).toThrow(/'2025-02-30' không phải ngày hợp lệ/);
    expect(() =>
      createWorkingCalendar({
        overrides: [
          { date: '2025-05-02', kind: 'holiday', name: 'A' },
          { date: '2025-05-02', kind: 'workday', name: 'B' },
        ],
      }),
    ).toThrow(/2025-05-02 được điều chỉnh hai lần/);
  });

  it('stops instead of looping when nothing is ever worked', () => {
    const allOff = Array.from({ length: 400 }, (_, i) => ({ date: addDays('2025-01-01', i), kind: 'holiday' as const, name: 'Nghỉ' }));
    expect(() => createWorkingCalendar({ overrides: allOff }).nextWorkingDay('2025-01-01')).toThrow(/Không tìm thấy ngày làm việc/);
  });
});
