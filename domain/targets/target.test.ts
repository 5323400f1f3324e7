import { describe, expect, it } from 'vitest';
import { describeTarget, evaluateTarget, formatViNumber, type Target } from './target';

const early: Target = {
  code: 'II.7b',
  text: 'Phấn đấu 80% hồ sơ TTHC trả trước hạn',
  comparison: '>=',
  value: 80,
  unit: '%',
  binding: { kind: 'metric', metricKey: 'dossiers.earlyRate' },
};
const asOf = '2025-12-31';

describe('evaluateTarget', () => {
  it('explains a miss in Vietnamese from the same numbers', () => {
    const r = evaluateTarget(early, { value: null, numerator: 153, denominator: 200 }, asOf);
    expect(r).toMatchObject({ actual: 76.5, met: false, gap: 3.5, provisional: false });
    expect(r.explanation).toBe('Thực tế 76,5% (153/200) < chỉ tiêu 80% → chưa đạt, thiếu 3,5 điểm %');
  });

  it('meets a ≥ target exactly on its value', () => {
    const r = evaluateTarget(early, { value: 80, numerator: 160, denominator: 200 }, asOf);
    expect(r).toMatchObject({ met: true, gap: 0 });
    expect(r.explanation).toBe('Thực tế 80% (160/200) = chỉ tiêu 80% → đạt');
  });

  it('meets 100% computed from counts despite float noise', () => {
    const all: Target = { ...early, comparison: '=', value: 100 };
    expect(evaluateTarget(all, { value: null, numerator: 3, denominator: 3 }, asOf).met).toBe(true);
    expect(evaluateTarget({ ...early, value: 30 }, { value: (0.1 + 0.2) * 100 }, asOf).met).toBe(true);
  });

  it('says "chưa có số liệu" when there is no value', () => {
    const r = evaluateTarget(early, { value: null }, asOf);
    expect(r).toMatchObject({ actual: null, met: null, gap: null });
    expect(r.explanation).toMatch(/^Chưa có số liệu/);
  });

  it('treats a zero denominator as no data, not 0% nor 100%', () => {
    const r = evaluateTarget(early, { value: 0, numerator: 0, denominator: 0 }, asOf);
    expect(r).toMatchObject({ actual: null, met: null, gap: null });
    expect(r.explanation).toMatch(/Chưa có số liệu: mẫu số bằng 0/);
  });

  it('needs strictly more for ">" and says so at the boundary', () => {
    const above: Target = { ...early, comparison: '>', value: 90 };
    const r = evaluateTarget(above, { value: 90 }, asOf);
    expect(r).toMatchObject({ met: false, gap: 0 });
    expect(r.explanation).toBe('Thực tế 90% = chỉ tiêu trên 90% → chưa đạt, cần cao hơn 90%');
    expect(evaluateTarget(above, { value: 90.1 }, asOf).met).toBe(true);
  });

  it('measures a ≤ target by how much it is exceeded', () => {
    const lateShare: Target = { ...early, comparison: '<=', value: 2 };
    const r = evaluateTarget(lateShare, { value: 3.25 }, asOf);
    expect(r).toMatchObject({ met: false, gap: 1.25 });
    expect(r.explanation).toBe('Thực tế 3,25% > chỉ tiêu tối đa 2% → chưa đạt, vượt 1,25 điểm %');
    expect(evaluateTarget(lateShare, { value: 2 }, asOf).met).toBe(true);
    expect(evaluateTarget({ ...lateShare, comparison: '<' }, { value: 2 }, asOf).met).toBe(false);
  });

  it('counts things without a percent sign', () => {
    const posts: Target = { code: '7.3', text: 'Trên 200 tin bài', comparison: '>', value: 200, unit: 'count', binding: { kind: 'typed' } };
    const r = evaluateTarget(posts, { value: 1150 }, asOf);
    expect(r.explanation).toBe('Thực tế 1.150 > chỉ tiêu trên 200 → đạt');
    expect(evaluateTarget(posts, { value: 150 }, asOf).explanation).toBe('Thực tế 150 < chỉ tiêu trên 200 → chưa đạt, thiếu 50');
  });

  it('judges yes-no targets', () => {
    const iso: Target = { code: 'II.9a', text: 'ISO', comparison: '=', value: 1, unit: 'yes-no', binding: { kind: 'typed' } };
    expect(evaluateTarget(iso, { value: 1 }, asOf)).toMatchObject({ met: true, explanation: 'Thực tế: đã thực hiện → đạt' });
    expect(evaluateTarget(iso, { value: 0 }, asOf)).toMatchObject({ met: false, explanation: 'Thực tế: chưa thực hiện → chưa đạt' });
  });

  it('marks an evaluation before the deadline as provisional', () => {
    const r = evaluateTarget({ ...early, deadline: '2025-12-31' }, { value: 70 }, '2025-06-30');
    expect(r.provisional).toBe(true);
    expect(r.explanation).toContain('(tạm tính đến ngày 30/06/2025, hạn 31/12/2025)');
    expect(evaluateTarget({ ...early, deadline: '2025-12-31' }, { value: 70 }, '2025-12-31').provisional).toBe(false);
  });
});

describe('formatting', () => {
  it('writes numbers the Vietnamese way', () => {
    expect(formatViNumber(76.5)).toBe('76,5');
    expect(formatViNumber(1234567.891)).toBe('1.234.567,89');
    expect(formatViNumber(0)).toBe('0');
    expect(formatViNumber(-2.5)).toBe('-2,5');
  });
  it('describes targets', () => {
    expect(describeTarget({ comparison: '>=', value: 95, unit: '%' })).toBe('chỉ tiêu 95%');
    expect(describeTarget({ comparison: '<', value: 5, unit: '%' })).toBe('chỉ tiêu dưới 5%');
  });
});
