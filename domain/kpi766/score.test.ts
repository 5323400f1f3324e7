import { describe, expect, it } from 'vitest';
import {
  findWeightSetProblems,
  KPI766_INDICATORS,
  KPI766_WEIGHTS_DASHBOARD,
  KPI766_WEIGHTS_FIRST,
  Kpi766InputError,
  scoreKpi766,
  type Kpi766Counts,
  type Kpi766Score,
} from './index';

/** A district office's quarter, built so that every indicator lands on a figure worked out by hand below. */
const quarter: Kpi766Counts = {
  proceduresTotal: 100,
  proceduresPublished: 95,
  received: 200,
  dossiersSynced: 200,
  resolved: 180,
  resolvedEarly: 126,
  resolvedOnTime: 45,
  late: 9,
  proceduresOnline: 60,
  receivedForOnlineProcedures: 150,
  onlineSubmitted: 90,
  proceduresWithFee: 20,
  proceduresPaidOnline: 12,
  paymentsTotal: 40,
  paymentsOnline: 10,
  digitizedResults: 162,
  digitizedDossiers: 140,
  complaints: 2,
  surveyResponses: 50,
  satisfied: 40,
};

const indicator = (score: Kpi766Score, key: string) => {
  const found = score.groups.flatMap((g) => g.indicators).find((i) => i.key === key);
  if (!found) throw new Error(`no indicator ${key}`);
  return found;
};
const group = (score: Kpi766Score, key: string) => score.groups.find((g) => g.key === key);

describe('scoreKpi766 on the current dashboard weights', () => {
  const score = scoreKpi766(quarter);

  it.each([
    // key, rate, points, max — each worked by hand from `quarter`
    ['procedures-published', 0.95, 8.55, 9], // 95/100 × 9 (proportional)
    ['dossiers-synced', 1, 9, 9], // 200/200
    ['resolved-on-time', 0.95, 9.5, 10], // (126 + 45)/180 = 95% × 10
    ['resolved-early', 0.7, 8.75, 10], // 126/180 = 70% < 80% → 70% × 10 ÷ 80%
    ['procedures-online', 0.6, 4.5, 6], // 60/100 < 80% → 60% × 6 ÷ 80%
    ['online-submission', 0.6, 6, 6], // 90/150 = 60% ≥ 50%
    ['procedures-paid-online', 0.6, 3.75, 5], // 12/20 < 80% → 60% × 5 ÷ 80%
    ['payments-online', 0.25, 1.5625, 5], // 10/40 → 25% × 5 ÷ 80%
    ['results-digitized', 0.9, 11, 11], // 162/180 = 90% ≥ 80%
    ['dossiers-digitized', 0.7, 9.625, 11], // 140/200 = 70% → 70% × 11 ÷ 80%
    ['procedure-satisfaction', 0.94, 9, 9], // 100% − (9/180 = 5% + 2/200 = 1%) = 94% ≥ 90%
    ['survey-satisfaction', 0.8, 8, 9], // 40/50 = 80% → 80% × 9 ÷ 90%
  ])('%s: rate %s → %s of %s points', (key, rate, points, max) => {
    const result = indicator(score, key);
    expect(result.status).toBe('scored');
    expect(result.rate).toBeCloseTo(rate, 10);
    expect(result.points).toBeCloseTo(points, 10);
    expect(result.maxPoints).toBeCloseTo(max, 10);
  });

  it('scores every indicator of the catalogue exactly once', () => {
    const keys = score.groups.flatMap((g) => g.indicators.map((i) => i.key)).sort();
    expect(keys).toEqual(KPI766_INDICATORS.map((i) => i.key).sort());
  });

  it('adds indicators into groups and groups into the total', () => {
    expect(group(score, 'transparency')?.score).toBeCloseTo(17.55, 10);
    expect(group(score, 'progress')?.score).toBeCloseTo(18.25, 10);
    expect(group(score, 'online-services')?.score).toBeCloseTo(10.5, 10);
    expect(group(score, 'digitization')?.score).toBeCloseTo(20.625, 10);
    expect(group(score, 'satisfaction')?.score).toBeCloseTo(17, 10);
    expect(group(score, 'online-payment')?.score).toBeCloseTo(5.3125, 10);
    expect(score.score).toBeCloseTo(89.2375, 10);
    expect(score.max).toBe(100);
    expect(score.percent).toBeCloseTo(89.2375, 10);
    expect(score.weightSetId).toBe('766-dashboard');
    expect(score.warnings).toEqual([]);
  });

  it('explains a score with the numbers it used, decimal comma included', () => {
    expect(indicator(score, 'procedures-online').explanation).toBe(
      'Cung cấp DVC trực tuyến: TTHC có DVC trực tuyến 60/100 = 60% < ngưỡng 80% → 60% × 6 ÷ 80% = 4,5/6 điểm.',
    );
    expect(indicator(score, 'online-submission').explanation).toBe('Hồ sơ trực tuyến: hồ sơ nộp trực tuyến 90/150 = 60% ≥ ngưỡng 50% → đủ 6/6 điểm.');
    expect(indicator(score, 'procedures-published').explanation).toBe(
      'Công khai TTHC: TTHC được công khai 95/100 = 95% < ngưỡng 100% → 95% × 9 = 8,55/9 điểm.',
    );
    expect(indicator(score, 'procedure-satisfaction').explanation).toBe(
      'Mức độ hài lòng về giải quyết TTHC: 100% − (trễ hạn 9/180 = 5% + phản ánh, kiến nghị 2/200 = 1%) = 94% ≥ ngưỡng 90% → đủ 9/9 điểm.',
    );
  });
});

describe('satisfaction with procedures (100% − late share − complaint share)', () => {
  it('falls below the 90% threshold and scores proportionally', () => {
    const score = scoreKpi766({ ...quarter, resolvedEarly: 108, late: 27, complaints: 10 });
    // 100% − (27/180 = 15% + 10/200 = 5%) = 80% → 80% × 9 ÷ 90% = 8
    expect(indicator(score, 'procedure-satisfaction').rate).toBeCloseTo(0.8, 10);
    expect(indicator(score, 'procedure-satisfaction').points).toBeCloseTo(8, 10);
  });

  it('never goes below zero', () => {
    const score = scoreKpi766({ ...quarter, resolvedEarly: 0, resolvedOnTime: 0, late: 180, complaints: 50 });
    expect(indicator(score, 'procedure-satisfaction').rate).toBe(0);
    expect(indicator(score, 'procedure-satisfaction').points).toBe(0);
  });

  it('counts a term without a denominator as nothing to subtract', () => {
    const score = scoreKpi766({ ...quarter, resolved: 0, resolvedEarly: 0, resolvedOnTime: 0, late: 0, digitizedResults: 0, complaints: 4 });
    // nothing resolved: 100% − 4/200 = 98%
    expect(indicator(score, 'procedure-satisfaction').rate).toBeCloseTo(0.98, 10);
  });
});

describe('the first version of the weights (five groups)', () => {
  it('puts online payment inside online services at 22 points', () => {
    const score = scoreKpi766(quarter, KPI766_WEIGHTS_FIRST);
    expect(score.groups.map((g) => g.weight)).toEqual([18, 20, 22, 22, 18]);
    // 22 ÷ 4 = 5,5 each: 60% × 5,5 ÷ 80% = 4,125; 5,5; 4,125; 25% × 5,5 ÷ 80% = 1,71875
    expect(group(score, 'online-services')?.score).toBeCloseTo(15.46875, 10);
    expect(score.score).toBeCloseTo(88.89375, 10);
    expect(score.weightSetId).toBe('766-first');
  });

  it('both sets add up to 100 with shares adding up to 1', () => {
    expect(findWeightSetProblems(KPI766_WEIGHTS_DASHBOARD)).toEqual([]);
    expect(findWeightSetProblems(KPI766_WEIGHTS_FIRST)).toEqual([]);
  });
});

describe('denominators of 0 (không có dữ liệu)', () => {
  const school = { ...quarter, proceduresWithFee: 0, proceduresPaidOnline: 0, paymentsTotal: 0, paymentsOnline: 0 };

  it('excludes them from score and maximum by default', () => {
    const score = scoreKpi766(school);
    const payment = group(score, 'online-payment');
    expect(payment?.score).toBe(0);
    expect(payment?.max).toBe(0);
    expect(indicator(score, 'payments-online')).toMatchObject({ status: 'no-data', rate: null, points: null });
    expect(indicator(score, 'payments-online').explanation).toBe(
      'Giao dịch thanh toán trực tuyến: không có dữ liệu («Giao dịch thanh toán» = 0) → không tính vào điểm và điểm tối đa.',
    );
    expect(score.max).toBe(90);
    expect(score.score).toBeCloseTo(89.2375 - 5.3125, 10);
    expect(score.percent).toBeCloseTo((83.925 / 90) * 100, 10);
    expect(score.noDataPolicy).toBe('exclude');
  });

  it('can count them at full points or at zero when the province says so', () => {
    expect(scoreKpi766(school, KPI766_WEIGHTS_DASHBOARD, { noDataPolicy: 'full' }).score).toBeCloseTo(93.925, 10);
    const zero = scoreKpi766(school, KPI766_WEIGHTS_DASHBOARD, { noDataPolicy: 'zero' });
    expect(zero.score).toBeCloseTo(83.925, 10);
    expect(zero.max).toBe(100);
  });

  it('has no percent when nothing at all can be scored', () => {
    const empty = Object.fromEntries(Object.keys(quarter).map((k) => [k, 0])) as unknown as Kpi766Counts;
    const score = scoreKpi766(empty);
    expect(score.max).toBe(0);
    expect(score.percent).toBeNull();
  });
});

describe('input checks', () => {
  it('refuses negative or fractional counts, naming the field in Vietnamese', () => {
    expect(() => scoreKpi766({ ...quarter, received: -1 })).toThrow(Kpi766InputError);
    expect(() => scoreKpi766({ ...quarter, satisfied: 2.5 })).toThrow(
      'Số liệu «Lượt đánh giá hài lòng» (satisfied) phải là số nguyên không âm, nhận được 2.5.',
    );
  });

  it('warns when the resolved dossiers do not add up and when a numerator exceeds its denominator', () => {
    const score = scoreKpi766({ ...quarter, late: 10, dossiersSynced: 210 });
    expect(score.warnings).toHaveLength(2);
    expect(score.warnings[0]).toContain('khác số hồ sơ đã giải quyết (180)');
    expect(score.warnings[1]).toContain('Chỉ số 1.2');
    expect(indicator(score, 'dossiers-synced').rate).toBe(1);
  });
});
