/**
 * Satisfaction indices from survey responses, per SIPAS factor and overall. The official SIPAS formula
 * (Quyết định 1001/QĐ-BNV) is unconfirmed, so the method is data and every result names the one it used.
 */
import { SATISFACTION_FACTORS, type SatisfactionFactorKey } from './factors';
import { surveyQuestions, type SurveyDefinition } from './survey-definition';
import { validateResponse } from './validate-response';

export type SatisfactionMethodKey = 'share-satisfied' | 'mean-score';

export interface SatisfactionMethod {
  key: SatisfactionMethodKey;
  label: string;
  description: string;
  /** false until checked against the official guidance; the UI says so next to the figure. */
  confirmed: boolean;
}

export const SATISFACTION_METHODS: Readonly<Record<SatisfactionMethodKey, SatisfactionMethod>> = {
  'share-satisfied': {
    key: 'share-satisfied',
    label: 'Tỷ lệ hài lòng',
    description: 'Tỷ lệ câu trả lời ở mức 4 (hài lòng) hoặc 5 (rất hài lòng) trên thang 1–5, có trọng số theo câu hỏi.',
    confirmed: false,
  },
  'mean-score': {
    key: 'mean-score',
    label: 'Điểm trung bình',
    description: 'Điểm trung bình có trọng số của các câu trả lời trên thang 1–5, chia cho 5.',
    confirmed: false,
  },
};

export const UNCONFIRMED_METHOD_NOTE = 'Công thức chính thức của SIPAS chưa được xác nhận; kết quả tính theo phương pháp đã chọn.';

/** Below this many answers a share gets no confidence interval. */
export const MIN_SAMPLE_FOR_INTERVAL = 10;

export interface ConfidenceInterval {
  low: number;
  high: number;
}

export interface FactorSatisfaction {
  factor: SatisfactionFactorKey;
  label: string;
  /** 0–1; null when no answer feeds this factor. */
  value: number | null;
  /** Number of answers (not respondents) behind the value. */
  n: number;
  ci: ConfidenceInterval | null;
  /** Why ci is null: 'mẫu quá nhỏ', 'không có dữ liệu', or not a share. */
  ciNote: string | null;
  explanation: string;
}

export interface SatisfactionResult {
  method: SatisfactionMethodKey;
  methodLabel: string;
  methodNote: string;
  responsesUsed: number;
  /** Responses that failed validation and were left out. */
  responsesRejected: number;
  factors: FactorSatisfaction[];
  overall: { value: number | null; factorsUsed: SatisfactionFactorKey[]; explanation: string };
}

const viNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const pct = (share: number) => `${viNumber.format(share * 100)}%`;

/** Wilson score interval for a share p observed on n trials (z = 1.96 → 95%). */
export function wilsonInterval(p: number, n: number, z = 1.96): ConfidenceInterval {
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Interval for a share of n answers, or null with the reason when it would mislead. */
export function shareInterval(p: number | null, n: number): { ci: ConfidenceInterval | null; ciNote: string | null } {
  if (p === null || n === 0) return { ci: null, ciNote: 'không có dữ liệu' };
  if (n < MIN_SAMPLE_FOR_INTERVAL) return { ci: null, ciNote: 'mẫu quá nhỏ' };
  return { ci: wilsonInterval(p, n), ciNote: null };
}

/** Satisfaction per factor and overall (weighted mean of factors) from raw responses, with the method named. */
export function computeSatisfaction(
  survey: SurveyDefinition,
  responses: readonly Readonly<Record<string, unknown>>[],
  method: SatisfactionMethodKey = 'share-satisfied',
): SatisfactionResult {
  const mapped = surveyQuestions(survey).flatMap((q) => (q.type === 'likert5' && q.factor ? [{ id: q.id, ...q.factor }] : []));
  const sums = new Map<SatisfactionFactorKey, { weighted: number; weight: number; n: number }>();
  let used = 0;
  for (const raw of responses) {
    const check = validateResponse(survey, raw);
    if (!check.valid) continue;
    used += 1;
    for (const q of mapped) {
      const answer = check.answers[q.id];
      if (typeof answer !== 'number') continue;
      const value = method === 'share-satisfied' ? (answer >= 4 ? 1 : 0) : answer / 5;
      const s = sums.get(q.factor) ?? { weighted: 0, weight: 0, n: 0 };
      sums.set(q.factor, { weighted: s.weighted + q.weight * value, weight: s.weight + q.weight, n: s.n + 1 });
    }
  }

  const factors = SATISFACTION_FACTORS.map(({ key, label }): FactorSatisfaction => {
    const s = sums.get(key);
    const value = s && s.weight > 0 ? s.weighted / s.weight : null;
    const n = s?.n ?? 0;
    // Wilson applies to shares only; with unequal question weights it is an approximation on n answers,
    // and answers of one respondent are correlated, so the interval is if anything too narrow.
    const interval =
      method === 'share-satisfied' ? shareInterval(value, n) : { ci: null, ciNote: value === null ? 'không có dữ liệu' : 'không áp dụng cho điểm trung bình' };
    const explanation =
      value === null
        ? `${label}: không có câu trả lời.`
        : method === 'share-satisfied'
          ? `${label}: ${pct(value)} câu trả lời ở mức 4–5 (n = ${n}).`
          : `${label}: điểm trung bình ${viNumber.format(value * 5)} ÷ 5 = ${pct(value)} (n = ${n}).`;
    return { factor: key, label, value, n, ...interval, explanation };
  });

  const withData = factors.filter((f) => f.value !== null && (survey.factorWeights[f.factor] ?? 1) > 0);
  const totalWeight = withData.reduce((sum, f) => sum + (survey.factorWeights[f.factor] ?? 1), 0);
  const weighted = withData.reduce((sum, f) => sum + (f.value ?? 0) * (survey.factorWeights[f.factor] ?? 1), 0);
  const overallValue = totalWeight > 0 ? weighted / totalWeight : null;
  const terms = withData.map((f) => `${f.label} ${pct(f.value ?? 0)} × ${viNumber.format(survey.factorWeights[f.factor] ?? 1)}`);
  return {
    method,
    methodLabel: SATISFACTION_METHODS[method].label,
    methodNote: SATISFACTION_METHODS[method].confirmed ? '' : UNCONFIRMED_METHOD_NOTE,
    responsesUsed: used,
    responsesRejected: responses.length - used,
    factors,
    overall: {
      value: overallValue,
      factorsUsed: withData.map((f) => f.factor),
      explanation:
        overallValue === null
          ? 'Chưa có câu trả lời nào cho các yếu tố hài lòng.'
          : `Chỉ số chung (${SATISFACTION_METHODS[method].label.toLowerCase()}) = (${terms.join(' + ')}) ÷ ${viNumber.format(totalWeight)} = ${pct(overallValue)}.`,
    },
  };
}
