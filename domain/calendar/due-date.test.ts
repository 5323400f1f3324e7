import { describe, expect, it } from 'vitest';
import { computeDueDate } from './due-date';
import type { CalendarDay } from './holidays';
import { createWorkingCalendar } from './working-calendar';

// METHODS.md's example assumes 28/01–02/02 off and Monday 03/02 worked (no make-up day after Tết).
const METHODS_EXAMPLE: CalendarDay[] = [{ date: '2025-02-03', kind: 'workday', name: 'Đi làm sau Tết' }];
// The real 2025 decision: off Saturday 25/01 to Sunday 02/02, Monday 27/01 being the make-up day for Saturday 01/02.
const DECISION_2025: CalendarDay[] = [
  { date: '2025-01-27', kind: 'makeup', name: 'Nghỉ bù Tết Nguyên đán' },
  { date: '2025-02-03', kind: 'workday', name: 'Đi làm (đã nghỉ bù ngày 27/01)' },
];

describe('due date of a dossier', () => {
  const calendar = createWorkingCalendar();

  it("explains METHODS.md's example to the letter", () => {
    const result = computeDueDate(createWorkingCalendar({ overrides: METHODS_EXAMPLE }), { receivedAt: '2025-01-27', workingDays: 5 });
    expect(result.due).toBe('2025-02-07');
    expect(result.explanation).toBe('Tiếp nhận 27/01/2025, 5 ngày làm việc, bỏ qua 28/01–02/02 (Tết Nguyên đán) → hạn trả 07/02/2025');
    expect(result.steps[0]).toEqual({ date: '2025-01-27', counted: false, note: 'Ngày tiếp nhận (không tính)' });
    expect(result.steps.filter((s) => s.counted).map((s) => s.date)).toEqual(['2025-02-03', '2025-02-04', '2025-02-05', '2025-02-06', '2025-02-07']);
  });

  it('follows the real 2025 Tết decision entered as overrides', () => {
    const c = createWorkingCalendar({ overrides: DECISION_2025 });
    // Received the Friday before the break: the whole nine days are skipped.
    expect(computeDueDate(c, { receivedAt: '2025-01-24', workingDays: 5 }).explanation).toBe(
      'Tiếp nhận 24/01/2025, 5 ngày làm việc, bỏ qua 25/01–02/02 (Nghỉ bù Tết Nguyên đán, Tết Nguyên đán) → hạn trả 07/02/2025',
    );
    // Received online on the make-up day itself: counting starts on the next working day all the same.
    expect(computeDueDate(c, { receivedAt: '2025-01-27', workingDays: 5 }).due).toBe('2025-02-07');
    // The same calendar comes from the Tết rule "Saturday made up before the break".
    const byRule = createWorkingCalendar({ statutoryOptions: { tet: { saturdayMakeUp: 'previous' } } });
    expect(computeDueDate(byRule, { receivedAt: '2025-01-24', workingDays: 5 }).due).toBe('2025-02-07');
  });

  it('with the default statutory rule only, Monday 03/02/2025 is the make-up day', () => {
    const result = computeDueDate(calendar, { receivedAt: '2025-01-27', workingDays: 5 });
    expect(result.due).toBe('2025-02-10');
    expect(result.explanation).toBe(
      'Tiếp nhận 27/01/2025, 5 ngày làm việc, bỏ qua 28/01–03/02 (Tết Nguyên đán, Nghỉ bù Tết Nguyên đán), 08/02–09/02 (Thứ Bảy, Chủ Nhật) → hạn trả 10/02/2025',
    );
  });

  it('groups a plain weekend and does not count the day of receipt', () => {
    const result = computeDueDate(calendar, { receivedAt: '2025-03-06', workingDays: 3 });
    expect(result.due).toBe('2025-03-11');
    expect(result.explanation).toBe('Tiếp nhận 06/03/2025, 3 ngày làm việc, bỏ qua 08/03–09/03 (Thứ Bảy, Chủ Nhật) → hạn trả 11/03/2025');
    // Received on a Tết day (online): the Sunday inside the break is named after the break.
    expect(computeDueDate(calendar, { receivedAt: '2025-01-31', workingDays: 1 }).explanation).toBe(
      'Tiếp nhận 31/01/2025, 1 ngày làm việc, bỏ qua 01/02–03/02 (Tết Nguyên đán, Nghỉ bù Tết Nguyên đán) → hạn trả 04/02/2025',
    );
  });

  it('writes the year of a skipped day in another year than the receipt', () => {
    expect(computeDueDate(calendar, { receivedAt: '2025-12-31', workingDays: 1 }).explanation).toBe(
      'Tiếp nhận 31/12/2025, 1 ngày làm việc, bỏ qua 01/01/2026 (Tết Dương lịch) → hạn trả 02/01/2026',
    );
  });

  it('counts a Saturday worked by decision', () => {
    const c = createWorkingCalendar({
      overrides: [
        { date: '2025-04-26', kind: 'workday', name: 'Làm bù cho ngày 02/05' },
        { date: '2025-05-02', kind: 'holiday', name: 'Nghỉ hoán đổi' },
      ],
    });
    const result = computeDueDate(c, { receivedAt: '2025-04-25', workingDays: 3 });
    expect(result.due).toBe('2025-04-29');
    expect(result.steps.find((s) => s.date === '2025-04-26')).toEqual({ date: '2025-04-26', counted: true, note: 'Ngày làm việc thứ 1/3' });
    expect(computeDueDate(c, { receivedAt: '2025-04-29', workingDays: 1 }).explanation).toBe(
      'Tiếp nhận 29/04/2025, 1 ngày làm việc, bỏ qua 30/04–04/05 (Ngày Chiến thắng, Ngày Quốc tế lao động, Nghỉ hoán đổi) → hạn trả 05/05/2025',
    );
  });

  it('stops the clock while waiting for the applicant, across Tết', () => {
    // Received Monday 20/01/2025, 10 days; supplement asked 22/01, answered Friday 07/02.
    const result = computeDueDate(calendar, {
      receivedAt: '2025-01-20',
      workingDays: 10,
      pauses: [{ from: '2025-01-22', to: '2025-02-07', reason: 'chờ bổ sung giấy khai sinh' }],
    });
    // Counted: 21/01, then from Monday 10/02: 10, 11, 12, 13, 14, 17, 18, 19, 20.
    expect(result.due).toBe('2025-02-20');
    expect(result.explanation).toBe(
      'Tiếp nhận 20/01/2025, 10 ngày làm việc, tạm dừng 22/01–07/02 (chờ bổ sung giấy khai sinh), bỏ qua 08/02–09/02 (Thứ Bảy, Chủ Nhật), 15/02–16/02 (Thứ Bảy, Chủ Nhật) → hạn trả 20/02/2025',
    );
    expect(result.steps.find((s) => s.date === '2025-01-29')).toEqual({ date: '2025-01-29', counted: false, note: 'Tạm dừng: chờ bổ sung giấy khai sinh' });
  });

  it('gives no due date while a pause is open, and says how far the clock ran', () => {
    const result = computeDueDate(calendar, { receivedAt: '2025-03-03', workingDays: 5, pauses: [{ from: '2025-03-06', to: null, kind: 'supplement' }] });
    expect(result.due).toBeNull();
    expect(result.dueAt).toBeNull();
    expect(result.explanation).toBe(
      'Tiếp nhận 03/03/2025, 5 ngày làm việc, đã tính 2/5 ngày làm việc; tạm dừng từ 06/03/2025 (chờ bổ sung hồ sơ), chưa có hạn trả kết quả: thời hạn tính tiếp từ ngày làm việc sau ngày người nộp bổ sung.',
    );
    // A pause opened after the due date does not take the date back.
    expect(computeDueDate(calendar, { receivedAt: '2025-03-03', workingDays: 2, pauses: [{ from: '2025-03-10', to: null }] }).due).toBe('2025-03-05');
  });

  it('adds extensions in working days, with their reasons', () => {
    const result = computeDueDate(calendar, {
      receivedAt: '2025-03-03',
      workingDays: 5,
      extensions: [{ workingDays: 3, reason: 'xin ý kiến Bộ GD&ĐT' }],
    });
    expect(result.due).toBe('2025-03-13');
    expect(result.explanation).toBe(
      'Tiếp nhận 03/03/2025, 5 ngày làm việc, gia hạn 3 ngày làm việc (xin ý kiến Bộ GD&ĐT), bỏ qua 08/03–09/03 (Thứ Bảy, Chủ Nhật) → hạn trả 13/03/2025',
    );
  });

  it('counts hours of office time from the moment of receipt', () => {
    // 16:00 Monday + 4 hours: 16:00–17:30 (1 h 30) then Tuesday 08:00–10:30.
    const result = computeDueDate(calendar, { receivedAt: '2025-03-03T16:00', workingHours: 4 });
    expect(result).toMatchObject({ due: '2025-03-04', dueAt: '2025-03-04T10:30' });
    expect(result.explanation).toBe('Tiếp nhận 16:00 ngày 03/03/2025, 4 giờ làm việc → hạn trả 10:30 ngày 04/03/2025');
    expect(result.steps).toEqual([
      { date: '2025-03-03', counted: true, note: 'Tính 1 giờ 30 phút (16:00–17:30)' },
      { date: '2025-03-04', counted: true, note: 'Tính 2 giờ 30 phút (08:00–10:30)' },
    ]);
    // Received at lunch: the clock starts at 13:30; a limit ending on the hour of a break ends there.
    expect(computeDueDate(calendar, { receivedAt: '2025-03-03T12:10', workingHours: 4 }).dueAt).toBe('2025-03-03T17:30');
    expect(computeDueDate(calendar, { receivedAt: '2025-03-03T08:00', workingHours: 4 }).dueAt).toBe('2025-03-03T12:00');
    // Received Friday after hours: nothing counts until Monday.
    const late = computeDueDate(calendar, { receivedAt: '2025-03-07T18:00', workingHours: 2 });
    expect(late.dueAt).toBe('2025-03-10T10:00');
    expect(late.explanation).toBe('Tiếp nhận 18:00 ngày 07/03/2025, 2 giờ làm việc, bỏ qua 08/03–09/03 (Thứ Bảy, Chủ Nhật) → hạn trả 10:00 ngày 10/03/2025');
  });

  it('mixes days and hours, and takes another office schedule', () => {
    const result = computeDueDate(calendar, { receivedAt: '2025-03-03T10:00', workingDays: 1, workingHours: 2 });
    // 1 day + 2 hours = 10 hours: 10:00–12:00 and 13:30–17:30 on Monday (6 h), then 08:00–12:00 on Tuesday.
    expect(result.dueAt).toBe('2025-03-04T12:00');
    expect(result.explanation).toBe('Tiếp nhận 10:00 ngày 03/03/2025, 1 ngày làm việc và 2 giờ làm việc → hạn trả 12:00 ngày 04/03/2025');
    const summer = computeDueDate(calendar, {
      receivedAt: '2025-03-03T07:00',
      workingHours: 5,
      schedule: [
        { from: '07:00', to: '11:00' },
        { from: '13:00', to: '17:00' },
      ],
    });
    expect(summer.dueAt).toBe('2025-03-03T14:00');
    expect(() => computeDueDate(calendar, { receivedAt: '2025-03-03T07:00', workingHours: 1, schedule: [{ from: '12:00', to: '11:00' }] })).toThrow(
      /Khung giờ làm việc thứ 1/,
    );
  });

  it('crosses Tết and pauses in hours', () => {
    const result = computeDueDate(calendar, {
      receivedAt: '2025-01-27T16:00',
      workingHours: 6,
      pauses: [{ from: '2025-02-04', to: '2025-02-04', reason: 'chờ nộp phí' }],
    });
    expect(result.dueAt).toBe('2025-02-05T14:00');
    expect(result.explanation).toBe(
      'Tiếp nhận 16:00 ngày 27/01/2025, 6 giờ làm việc, bỏ qua 28/01–03/02 (Tết Nguyên đán, Nghỉ bù Tết Nguyên đán), tạm dừng 04/02 (chờ nộp phí) → hạn trả 14:00 ngày 05/02/2025',
    );
  });

  it('answers at once for a zero limit, and refuses input it cannot use', () => {
    expect(computeDueDate(calendar, { receivedAt: '2025-03-03', workingDays: 0 }).due).toBe('2025-03-03');
    expect(() => computeDueDate(calendar, { receivedAt: '2025-03-03' })).toThrow(/Cần thời hạn giải quyết/);
    expect(() => computeDueDate(calendar, { receivedAt: '2025-02-30', workingDays: 1 })).toThrow(/'2025-02-30' không phải ngày hợp lệ/);
    expect(() => computeDueDate(calendar, { receivedAt: '2025-03-03', workingHours: 4 })).toThrow(/cần giờ tiếp nhận/);
    expect(() => computeDueDate(calendar, { receivedAt: '2025-03-03', workingDays: -1 })).toThrow(/số nguyên không âm/);
    expect(() => computeDueDate(calendar, { receivedAt: '2025-03-03', workingDays: 5, pauses: [{ from: '2025-03-01', to: '2025-03-04' }] })).toThrow(
      /trước ngày tiếp nhận 03\/03\/2025/,
    );
    expect(() => computeDueDate(calendar, { receivedAt: '2025-03-03', workingDays: 5, pauses: [{ from: '2025-03-05', to: '2025-03-04' }] })).toThrow(
      /trước ngày yêu cầu/,
    );
    expect(() => computeDueDate(calendar, { receivedAt: '2025-03-03', workingDays: 5, extensions: [{ workingDays: 2, reason: ' ' }] })).toThrow(
      /lý do gia hạn/,
    );
  });
});
