import { describe, expect, it } from 'vitest';
import { dayOfWeek } from '../time/iso-date';
import { nationalDayExtraDate, statutoryHolidays, type CalendarDay } from './holidays';

const list = (days: CalendarDay[]) => days.map((d) => `${d.date} ${d.kind} ${d.name}`);
const dates = (days: CalendarDay[], kind?: CalendarDay['kind']) => days.filter((d) => !kind || d.kind === kind).map((d) => d.date);

describe('statutory holidays (BLLĐ 2019 Đ112) with make-up days (Đ111)', () => {
  it('lists 2025 with the default rules', () => {
    expect(list(statutoryHolidays(2025))).toEqual([
      '2025-01-01 holiday Tết Dương lịch',
      // 28/01 is 29 tháng Chạp: month 12 of Giáp Thìn had 29 days, so it is the last day of the year.
      '2025-01-28 holiday Tết Nguyên đán',
      '2025-01-29 holiday Tết Nguyên đán',
      '2025-01-30 holiday Tết Nguyên đán',
      '2025-01-31 holiday Tết Nguyên đán',
      '2025-02-01 holiday Tết Nguyên đán',
      '2025-02-03 makeup Nghỉ bù Tết Nguyên đán', // mùng 4 was a Saturday
      '2025-04-07 holiday Giỗ Tổ Hùng Vương',
      '2025-04-30 holiday Ngày Chiến thắng',
      '2025-05-01 holiday Ngày Quốc tế lao động',
      '2025-09-01 holiday Quốc khánh',
      '2025-09-02 holiday Quốc khánh',
    ]);
  });

  it('takes 30 Tết as the last day of the year when month 12 has 30 days (2024)', () => {
    expect(dates(statutoryHolidays(2024), 'holiday').filter((d) => d.startsWith('2024-02'))).toEqual([
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
    ]);
    // Saturday 10/02 and Sunday 11/02 give two make-up days after the break.
    expect(dates(statutoryHolidays(2024), 'makeup')).toEqual(['2024-02-14', '2024-02-15', '2024-09-03']);
  });

  it("reproduces the government's Tết practice when a Tết day on Saturday is made up before the break", () => {
    const tet = { saturdayMakeUp: 'previous' as const };
    // 2024: officially off 08/02–14/02; 2025: officially off 25/01–02/02 with 27/01 as the make-up day.
    expect(dates(statutoryHolidays(2024, { tet })).filter((d) => d.startsWith('2024-02'))).toEqual([
      '2024-02-08',
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
    ]);
    expect(dates(statutoryHolidays(2025, { tet }), 'makeup')).toEqual(['2025-01-27']);
  });

  it.each([
    [2024, ['2024-02-09', '2024-02-13']],
    [2025, ['2025-01-28', '2025-02-01']],
    [2026, ['2026-02-16', '2026-02-20']],
    [2027, ['2027-02-05', '2027-02-09']],
    [2028, ['2028-01-25', '2028-01-29']],
    [2029, ['2029-02-12', '2029-02-16']],
    [2030, ['2030-02-01', '2030-02-05']],
  ])('gives five Tết days in %i, from the last day of the old year to mùng 4', (year, [first, last]) => {
    const tet = statutoryHolidays(year).filter((d) => d.kind === 'holiday' && d.name === 'Tết Nguyên đán');
    expect(tet).toHaveLength(5);
    expect([tet[0].date, tet[4].date]).toEqual([first, last]);
  });

  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
    [2028, '2028-04-04'],
    [2029, '2029-04-23'],
    [2030, '2030-04-12'],
  ])('puts Giỗ Tổ Hùng Vương %i on %s', (year, date) => {
    expect(statutoryHolidays(year).find((d) => d.name === 'Giỗ Tổ Hùng Vương')?.date).toBe(date);
  });

  it('makes up a holiday on a weekend on the next working day', () => {
    // 2026-01-01 is a Thursday: nothing to make up.
    expect(dayOfWeek('2026-01-01')).toBe(4);
    expect(statutoryHolidays(2026).some((d) => d.name === 'Nghỉ bù Tết Dương lịch')).toBe(false);
    // Giỗ Tổ 2026 is a Sunday → Monday 27/04.
    expect(statutoryHolidays(2026)).toContainEqual({ date: '2026-04-27', kind: 'makeup', name: 'Nghỉ bù Giỗ Tổ Hùng Vương' });
    // 01/05/2027 is a Saturday → Monday 03/05.
    expect(statutoryHolidays(2027)).toContainEqual({ date: '2027-05-03', kind: 'makeup', name: 'Nghỉ bù Ngày Quốc tế lao động' });
    // 30/04/2028 is a Sunday and 01/05 a holiday already → Tuesday 02/05.
    expect(statutoryHolidays(2028)).toContainEqual({ date: '2028-05-02', kind: 'makeup', name: 'Nghỉ bù Ngày Chiến thắng' });
    // 01/01/2028 is a Saturday → Monday 03/01; 02/09/2028 is a Saturday → Monday 04/09.
    expect(dates(statutoryHolidays(2028), 'makeup')).toEqual(['2028-01-03', '2028-01-31', '2028-05-02', '2028-09-04']);
    // Tết 2027: Saturday 06/02 and Sunday 07/02 → Wednesday 10/02 and Thursday 11/02.
    expect(dates(statutoryHolidays(2027), 'makeup')).toEqual(['2027-02-10', '2027-02-11', '2027-05-03']);
  });

  it('checks every year 2024–2030: five Tết days, two for Quốc khánh, one make-up day per holiday lost to a weekend', () => {
    for (let year = 2024; year <= 2030; year++) {
      const days = statutoryHolidays(year);
      const holidays = days.filter((d) => d.kind === 'holiday');
      expect(holidays).toHaveLength(11);
      expect(holidays.filter((d) => d.name === 'Quốc khánh')).toHaveLength(2);
      const onWeekend = holidays.filter((d) => [0, 6].includes(dayOfWeek(d.date))).length;
      const makeUps = days.filter((d) => d.kind === 'makeup');
      expect(makeUps).toHaveLength(onWeekend);
      for (const m of makeUps) expect([0, 6]).not.toContain(dayOfWeek(m.date));
    }
  });

  it('adds the day before 2/9 by default, the day after or the bridging side on request', () => {
    expect(nationalDayExtraDate(2025)).toBe('2025-09-01');
    expect(nationalDayExtraDate(2025, 'after')).toBe('2025-09-03');
    // Bridging as announced: 2024 (Monday) → 03/09, 2025 (Tuesday) → 01/09, 2023 (Saturday) → 01/09, 2021 (Thursday) → 03/09.
    expect(nationalDayExtraDate(2024, 'bridge')).toBe('2024-09-03');
    expect(nationalDayExtraDate(2025, 'bridge')).toBe('2025-09-01');
    expect(nationalDayExtraDate(2023, 'bridge')).toBe('2023-09-01');
    expect(nationalDayExtraDate(2021, 'bridge')).toBe('2021-09-03');
    expect(dates(statutoryHolidays(2027, { nationalDayExtra: 'after' })).filter((d) => d.startsWith('2027-09'))).toEqual(['2027-09-02', '2027-09-03']);
  });

  it('takes the Tết rule as data', () => {
    const days = statutoryHolidays(2026, { tet: { daysBeforeNewYear: 2, daysFromNewYear: 3 } });
    expect(dates(days).filter((d) => d.startsWith('2026-02'))).toEqual(['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    // 15/02 (28 Tết) is a Sunday, hence the make-up day on Friday 20/02.
    expect(days.find((d) => d.date === '2026-02-20')?.kind).toBe('makeup');
    expect(() => statutoryHolidays(2026, { tet: { daysBeforeNewYear: -1 } })).toThrow(/Quy tắc nghỉ Tết/);
  });

  it('follows the weekly rest days it is given, and can leave make-up days out', () => {
    // A unit resting only on Sunday: Saturday 01/02/2025 is an ordinary working day, nothing to make up.
    expect(dates(statutoryHolidays(2025, { weeklyRest: [0] }), 'makeup')).toEqual([]);
    expect(dates(statutoryHolidays(2027, { makeUpDays: false }), 'makeup')).toEqual([]);
  });

  it('owes a make-up day when two holidays share a date (Giỗ Tổ on 30/4, only 1947 in 1900–2100)', () => {
    const days = statutoryHolidays(1947).filter((d) => d.date >= '1947-04-01' && d.date <= '1947-05-31');
    expect(list(days)).toEqual([
      '1947-04-30 holiday Giỗ Tổ Hùng Vương, Ngày Chiến thắng',
      '1947-05-01 holiday Ngày Quốc tế lao động',
      '1947-05-02 makeup Nghỉ bù Ngày Chiến thắng',
    ]);
  });

  it('refuses years the lunar algorithm is not checked for', () => {
    expect(statutoryHolidays(1900)[1]).toEqual({ date: '1900-01-30', kind: 'holiday', name: 'Tết Nguyên đán' });
    expect(() => statutoryHolidays(1899)).toThrow(/1900–2100/);
    expect(() => statutoryHolidays(2101)).toThrow(/1900–2100/);
  });
});
