import { describe, expect, it } from 'vitest';
import { classifySubmission, windowBoard, windowsForYear } from './index';

describe('windowsForYear (seed 003 calendar)', () => {
  it('puts quarterly, six-month and yearly reports on the 10th of the quarter’s last month', () => {
    const windows = windowsForYear(2025);
    expect(windows.map((w) => [w.id, w.label, w.opensOn, w.deadline])).toEqual([
      ['2025-quarter-1', 'Báo cáo CCHC quý I năm 2025', '2025-03-01', '2025-03-10'],
      ['2025-six-month', 'Báo cáo CCHC 6 tháng năm 2025', '2025-06-01', '2025-06-10'],
      ['2025-quarter-3', 'Báo cáo CCHC quý III năm 2025', '2025-09-01', '2025-09-10'],
      ['2025-yearly', 'Báo cáo CCHC năm 2025', '2025-12-01', '2025-12-10'],
    ]);
  });

  it('refuses a calendar entry that is not a date', () => {
    expect(() => windowsForYear(2025, [{ kind: 'yearly', label: 'x', deadlineMonth: 2, deadlineDay: 30 }])).toThrow('Hạn báo cáo không hợp lệ: 30/2/2025.');
  });
});

describe('classifySubmission', () => {
  const q1 = { opensOn: '2025-03-01', deadline: '2025-03-10' };

  it.each([
    ['sent on the deadline', { submittedAt: '2025-03-10', status: 'submitted' }, '2025-03-20', 'on-time'],
    ['sent the day after', { submittedAt: '2025-03-11', status: 'submitted' }, '2025-03-20', 'late'],
    ['approved, sent before the window opened', { submittedAt: '2025-02-20', status: 'approved' }, '2025-03-20', 'on-time'],
    ['a draft on the deadline', { submittedAt: null, status: 'draft' }, '2025-03-10', 'not-yet-due'],
    ['a draft after the deadline', { submittedAt: null, status: 'draft' }, '2025-03-11', 'missing'],
    ['returned and not sent again', { submittedAt: '2025-03-08', status: 'returned' }, '2025-03-12', 'missing'],
    ['returned, still time to send again', { submittedAt: '2025-03-08', status: 'returned' }, '2025-03-09', 'not-yet-due'],
  ] as const)('%s → %s', (_name, submission, asOf, expected) => {
    expect(classifySubmission(q1, submission, asOf)).toBe(expected);
  });

  it('treats no report at all like a draft', () => {
    expect(classifySubmission(q1, null, '2025-03-05')).toBe('not-yet-due');
    expect(classifySubmission(q1, null, '2025-03-15')).toBe('missing');
  });
});

describe('windowBoard', () => {
  const [q1] = windowsForYear(2025);
  const required = ['pgd-le-chan', 'pgd-ngo-quyen', 'thpt-tran-phu', 'thpt-ngo-quyen', 'tt-gdtx'];
  const submissions = [
    { unitId: 'pgd-le-chan', submittedAt: '2025-03-05', status: 'approved' },
    { unitId: 'pgd-ngo-quyen', submittedAt: '2025-03-12', status: 'submitted' },
    { unitId: 'thpt-tran-phu', submittedAt: null, status: 'draft' },
    // returned on the 8th, sent again on the 10th: the second sending counts
    { unitId: 'tt-gdtx', submittedAt: '2025-03-07', status: 'returned' },
    { unitId: 'tt-gdtx', submittedAt: '2025-03-10', status: 'submitted' },
    { unitId: 'thcs-ngoai-danh-sach', submittedAt: '2025-03-02', status: 'submitted' },
  ] as const;

  it('lists every required unit with its status and the two rates', () => {
    const board = windowBoard(q1, required, submissions, '2025-03-15');
    expect(board.windowId).toBe('2025-quarter-1');
    expect(board.rows.map((r) => [r.unitId, r.status, r.submittedAt])).toEqual([
      ['pgd-le-chan', 'on-time', '2025-03-05'],
      ['pgd-ngo-quyen', 'late', '2025-03-12'],
      ['thpt-tran-phu', 'missing', null],
      ['thpt-ngo-quyen', 'missing', null],
      ['tt-gdtx', 'on-time', '2025-03-10'],
    ]);
    expect(board.rows[2].label).toBe('Chưa gửi, quá hạn');
    expect(board.counts).toEqual({ 'on-time': 2, late: 1, missing: 2, 'not-yet-due': 0 });
    expect(board.reportingRate).toBe(3 / 5); // 60%
    expect(board.onTimeRate).toBe(2 / 5); // 40%
    expect(board.unexpectedUnits).toEqual(['thcs-ngoai-danh-sach']);
  });

  it('shows units still within time before the deadline', () => {
    const board = windowBoard(q1, required, submissions, '2025-03-09');
    expect(board.counts).toEqual({ 'on-time': 2, late: 1, missing: 0, 'not-yet-due': 2 });
  });

  it('has no rates when no unit is required', () => {
    const board = windowBoard(q1, [], submissions, '2025-03-15');
    expect(board.reportingRate).toBeNull();
    expect(board.onTimeRate).toBeNull();
  });
});
