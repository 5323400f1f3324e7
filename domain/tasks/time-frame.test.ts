import { describe, expect, it } from 'vitest';
import { parseTimeFrame, type TimeFrame } from './time-frame';

type Expect = Partial<TimeFrame>;

// Every "Thời gian thực hiện" cell of seed 002's appendix, in order (page-split cells joined).
const SEED_002: readonly (readonly [string, Expect])[] = [
  ['Tháng 01 hằng năm', { kind: 'month', label: 'Tháng 1/2022 (hằng năm)', start: '2022-01-01', deadline: '2022-01-31', recurring: true }],
  ['Thường xuyên', { kind: 'ongoing', label: 'Thường xuyên', deadline: null }],
  ['Định kỳ và đột xuất', { kind: 'ongoing', label: 'Định kỳ và đột xuất', deadline: null }],
  ['Năm 2022', { kind: 'year', label: 'Cả năm 2022', start: '2022-01-01', deadline: null }],
  ['Quý II, III hằng năm', { kind: 'range', label: 'Quý II-III/2022 (hằng năm)', start: '2022-04-01', deadline: '2022-09-30', recurring: true }],
  ['Thường xuyên trong năm', { kind: 'ongoing', deadline: null }],
  ['Hàng năm', { kind: 'year', label: 'Hằng năm', deadline: null, recurring: true }],
  ['Sau khi có Quyết định UBND tỉnh', { kind: 'text', label: 'Sau khi có Quyết định UBND tỉnh', deadline: null }],
  ['Sau khi có\nQuyết định UBND tỉnh', { kind: 'text', label: 'Sau khi có Quyết định UBND tỉnh', deadline: null }],
  ['Thường xuyên trong năm 2022', { kind: 'ongoing', deadline: null }],
  ['Thường xuyên trong năm\n2022', { kind: 'ongoing', deadline: null }],
  ['', { kind: 'text', label: '', deadline: null }],
  ['Quý IV', { kind: 'quarter', label: 'Quý IV/2022', start: '2022-10-01', deadline: '2022-12-31' }],
];

// Every time text of seed 003: the appendix column, and the dates of section V.
const SEED_003: readonly (readonly [string, Expect])[] = [
  ['Trước ngày 15/01/2025', { kind: 'date', label: 'Trước ngày 15/01/2025', deadline: '2025-01-15' }],
  ['Cả năm 2025', { kind: 'year', label: 'Cả năm 2025', start: '2025-01-01', deadline: null }],
  ['Cả năm\n2025', { kind: 'year', label: 'Cả năm 2025', deadline: null }],
  ['Cả năm', { kind: 'year', label: 'Cả năm 2025', deadline: null }],
  ['***trước ngày 15/01/2025***', { kind: 'date', deadline: '2025-01-15' }],
  ['**trước ngày 25/01/2025**', { kind: 'date', deadline: '2025-01-25' }],
  ['trước ngày 10/12', { kind: 'date', label: 'Trước ngày 10/12/2025', deadline: '2025-12-10' }],
];

// The forms the brief lists, against a 2025 plan.
const OTHER_FORMS: readonly (readonly [string, Expect])[] = [
  ['31/3/2025', { kind: 'date', label: 'Ngày 31/03/2025', deadline: '2025-03-31' }],
  ['trước 30/6/2025', { kind: 'date', label: 'Trước ngày 30/06/2025', deadline: '2025-06-30' }],
  ['ngày 15 tháng 01 năm 2025', { kind: 'date', deadline: '2025-01-15' }],
  ['Tháng 6/2025', { kind: 'month', label: 'Tháng 6/2025', start: '2025-06-01', deadline: '2025-06-30' }],
  ['Tháng 6', { kind: 'month', label: 'Tháng 6/2025', deadline: '2025-06-30' }],
  ['Tháng 2/2024', { kind: 'month', deadline: '2024-02-29' }],
  ['Tháng 12', { kind: 'month', start: '2025-12-01', deadline: '2025-12-31' }],
  ['Quý I', { kind: 'quarter', label: 'Quý I/2025', start: '2025-01-01', deadline: '2025-03-31' }],
  ['Quý II/2025', { kind: 'quarter', label: 'Quý II/2025', start: '2025-04-01', deadline: '2025-06-30' }],
  ['Quý 3', { kind: 'quarter', label: 'Quý III/2025', start: '2025-07-01', deadline: '2025-09-30' }],
  ['Qúy II năm 2026', { kind: 'quarter', label: 'Quý II/2026', deadline: '2026-06-30' }],
  ['Tháng 3-6', { kind: 'range', label: 'Tháng 3-6/2025', start: '2025-03-01', deadline: '2025-06-30' }],
  ['Từ tháng 3 đến tháng 6/2025', { kind: 'range', label: 'Tháng 3-6/2025', deadline: '2025-06-30' }],
  ['Quý II-III', { kind: 'range', label: 'Quý II-III/2025', start: '2025-04-01', deadline: '2025-09-30' }],
  ['Quý II – Quý III', { kind: 'range', deadline: '2025-09-30' }],
  ['6 tháng đầu năm', { kind: 'half', label: '6 tháng đầu năm 2025', start: '2025-01-01', deadline: '2025-06-30' }],
  ['6 tháng cuối năm 2025', { kind: 'half', start: '2025-07-01', deadline: '2025-12-31' }],
  ['Năm 2025', { kind: 'year', deadline: null }],
  ['Thường xuyên.', { kind: 'ongoing', deadline: null }],
];

function check(cases: readonly (readonly [string, Expect])[], year: number) {
  for (const [text, expected] of cases) {
    const frame = parseTimeFrame(text, year);
    expect(frame, JSON.stringify(text)).toMatchObject({ ...expected, source: text });
  }
}

describe('parseTimeFrame', () => {
  it('reads every time cell of seed 002 (plan year 2022)', () => check(SEED_002, 2022));
  it('reads every time text of seed 003 (plan year 2025)', () => check(SEED_003, 2025));
  it('reads the usual forms of dates, months, quarters, ranges and halves', () => check(OTHER_FORMS, 2025));

  it('warns only where it could not read the text', () => {
    for (const [text] of [...SEED_002, ...SEED_003, ...OTHER_FORMS]) {
      const frame = parseTimeFrame(text, 2025);
      expect(frame.warning !== undefined, JSON.stringify(text)).toBe(frame.kind === 'text');
    }
  });

  it('keeps unknown text as text without a deadline, with a warning', () => {
    const frame = parseTimeFrame('Khi có văn bản hướng dẫn của Bộ', 2025);
    expect(frame).toMatchObject({ kind: 'text', label: 'Khi có văn bản hướng dẫn của Bộ', deadline: null });
    expect(frame.warning).toMatch(/Không đọc được/);
  });

  it('refuses dates, months and quarters that do not exist', () => {
    expect(parseTimeFrame('31/02/2025', 2025)).toMatchObject({ kind: 'text', deadline: null });
    expect(parseTimeFrame('Tháng 13', 2025)).toMatchObject({ kind: 'text', deadline: null });
    expect(parseTimeFrame('Quý V', 2025)).toMatchObject({ kind: 'text', deadline: null });
    expect(parseTimeFrame('Tháng 6-3', 2025)).toMatchObject({ kind: 'text', deadline: null });
  });

  it('reads "trước ngày X" as "no later than X" unless told to be strict', () => {
    expect(parseTimeFrame('Trước ngày 15/01/2025', 2025).deadline).toBe('2025-01-15');
    expect(parseTimeFrame('Trước ngày 15/01/2025', 2025, { beforeIsInclusive: false }).deadline).toBe('2025-01-14');
    // A plain date is the deadline itself whatever the policy.
    expect(parseTimeFrame('15/01/2025', 2025, { beforeIsInclusive: false }).deadline).toBe('2025-01-15');
  });

  it('spans a list of non-adjacent quarters and says so', () => {
    const frame = parseTimeFrame('Quý I, III', 2025);
    expect(frame).toMatchObject({ kind: 'range', start: '2025-01-01', deadline: '2025-09-30' });
    expect(frame.warning).toMatch(/không liền nhau/);
  });
});
