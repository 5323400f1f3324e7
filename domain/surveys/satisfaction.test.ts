import { describe, expect, it } from 'vitest';
import { computeSatisfaction, shareInterval, wilsonInterval } from './index';
import { oneStopSurvey } from './survey.fixture';

// Four respondents at the counter; "de-dung" is hidden for all of them (not online).
const responses = [
  { kenh: 'truc-tiep', a1: 5, p1: 4, o1: 5, o2: 3, r1: 4, f1: 2 },
  { kenh: 'truc-tiep', a1: 4, p1: 3, o1: 4, o2: 4, r1: 5, f1: 4 },
  { kenh: 'truc-tiep', a1: 2, p1: 5, o1: 3, o2: 5, r1: 4 },
  { kenh: 'truc-tiep', a1: 5, p1: 4, o1: 2, 'ly-do': ['cham'], o2: 4, r1: 3, f1: 5 },
];
const invalid = { kenh: 'truc-tiep', a1: 9 };

const factor = (result: ReturnType<typeof computeSatisfaction>, key: string) => result.factors.find((f) => f.factor === key);

describe('computeSatisfaction, share of answers at 4–5', () => {
  const result = computeSatisfaction(oneStopSurvey, [...responses, invalid], 'share-satisfied');

  it('names its method and that the official formula is unconfirmed', () => {
    expect(result.method).toBe('share-satisfied');
    expect(result.methodLabel).toBe('Tỷ lệ hài lòng');
    expect(result.methodNote).toContain('chưa được xác nhận');
    expect(result.responsesUsed).toBe(4);
    expect(result.responsesRejected).toBe(1);
  });

  it('scores each factor by hand-checked shares', () => {
    expect(factor(result, 'access')?.value).toBeCloseTo(3 / 4, 12); // 5, 4, 2, 5
    expect(factor(result, 'procedure')?.value).toBeCloseTo(3 / 4, 12); // 4, 3, 5, 4
    // o1 weighs 2, o2 weighs 1: (2 + 0) + (2 + 1) + (0 + 1) + (0 + 1) = 7 of 12
    expect(factor(result, 'officer')?.value).toBeCloseTo(7 / 12, 12);
    expect(factor(result, 'officer')?.n).toBe(8);
    expect(factor(result, 'result')?.value).toBeCloseTo(3 / 4, 12);
    expect(factor(result, 'feedback')?.value).toBeCloseTo(2 / 3, 12); // 2, 4, 5: one optional answer skipped
    expect(factor(result, 'feedback')?.n).toBe(3);
  });

  it('gives no interval under 10 answers', () => {
    expect(factor(result, 'access')).toMatchObject({ ci: null, ciNote: 'mẫu quá nhỏ' });
    expect(factor(result, 'access')?.explanation).toBe('Tiếp cận dịch vụ: 75% câu trả lời ở mức 4–5 (n = 4).');
  });

  it('weights the factors into the overall index (officer counts twice here)', () => {
    // (0,75 + 0,75 + 2 × 7/12 + 0,75 + 2/3) ÷ 6
    expect(result.overall.value).toBeCloseTo((0.75 * 3 + (2 * 7) / 12 + 2 / 3) / 6, 12);
    expect(result.overall.value).toBeCloseTo(0.680556, 6);
    expect(result.overall.factorsUsed).toEqual(['access', 'procedure', 'officer', 'result', 'feedback']);
    expect(result.overall.explanation).toContain('Công chức 58,33% × 2');
    expect(result.overall.explanation).toContain('÷ 6 = 68,06%');
  });
});

describe('computeSatisfaction, mean score ÷ 5', () => {
  const result = computeSatisfaction(oneStopSurvey, responses, 'mean-score');

  it('scores each factor by hand-checked means', () => {
    expect(factor(result, 'access')?.value).toBeCloseTo(0.8, 12); // mean 4
    expect(factor(result, 'procedure')?.value).toBeCloseTo(0.8, 12);
    expect(factor(result, 'officer')?.value).toBeCloseTo(44 / 12 / 5, 12); // (13 + 12 + 11 + 8) ÷ 12
    expect(factor(result, 'result')?.value).toBeCloseTo(0.8, 12);
    expect(factor(result, 'feedback')?.value).toBeCloseTo(11 / 3 / 5, 12);
    expect(result.overall.value).toBeCloseTo(4.6 / 6, 12);
    expect(factor(result, 'access')?.explanation).toBe('Tiếp cận dịch vụ: điểm trung bình 4 ÷ 5 = 80% (n = 4).');
  });

  it('does not put a Wilson interval on a mean', () => {
    expect(factor(result, 'access')).toMatchObject({ ci: null, ciNote: 'không áp dụng cho điểm trung bình' });
  });
});

describe('confidence intervals', () => {
  it('matches the Wilson interval for 45 of 50', () => {
    const ci = wilsonInterval(0.9, 50);
    expect(ci.low).toBeCloseTo(0.7864, 4);
    expect(ci.high).toBeCloseTo(0.9565, 4);
  });

  it('stays inside 0–1 at the edges and starts at n = 10', () => {
    const all = shareInterval(1, 10);
    expect(all.ci?.low).toBeCloseTo(0.7225, 4);
    expect(all.ci?.high).toBe(1);
    expect(shareInterval(1, 9)).toEqual({ ci: null, ciNote: 'mẫu quá nhỏ' });
    expect(shareInterval(null, 0)).toEqual({ ci: null, ciNote: 'không có dữ liệu' });
  });

  it('appears on a factor with enough answers', () => {
    const many = Array.from({ length: 10 }, () => ({ kenh: 'truc-tiep', a1: 5, p1: 4, o1: 5, o2: 3, r1: 4 }));
    const access = computeSatisfaction(oneStopSurvey, many).factors[0];
    expect(access.n).toBe(10);
    expect(access.ci?.low).toBeCloseTo(0.7225, 4);
  });

  it('reports a factor nobody answered as having no data and leaves it out of the overall index', () => {
    const result = computeSatisfaction(
      oneStopSurvey,
      responses.map(({ f1: _f1, ...rest }) => rest),
    );
    expect(factor(result, 'feedback')).toMatchObject({ value: null, n: 0, ciNote: 'không có dữ liệu' });
    expect(result.overall.factorsUsed).not.toContain('feedback');
    expect(computeSatisfaction(oneStopSurvey, []).overall.value).toBeNull();
  });
});
