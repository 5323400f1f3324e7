/**
 * Scores one unit for one period against Bộ chỉ số 766. Every indicator returns its explanation,
 * built from the same numbers as its points, so the figure on screen can be checked by hand.
 */
import { findInvalidKpi766Counts, findKpi766CountWarnings, KPI766_COUNTS, type Kpi766Counts } from './counts';
import { kpi766Indicator, type Kpi766Formula, type Kpi766Ratio } from './indicators';
import { findWeightSetProblems, KPI766_WEIGHTS_DASHBOARD, type Kpi766WeightSet } from './weights';

/**
 * What an indicator whose denominator is 0 ("không có dữ liệu") is worth:
 * - 'exclude' (default): left out of both score and maximum, so a school with no fee-charging
 *   procedure is neither rewarded nor punished; compare units by `percent`, not by `score`;
 * - 'full': counted at full points (nothing to do, nothing failed);
 * - 'zero': counted at 0 points.
 */
export type Kpi766NoDataPolicy = 'exclude' | 'full' | 'zero';

export const KPI766_NO_DATA_POLICIES: Readonly<Record<Kpi766NoDataPolicy, string>> = {
  exclude: 'Chỉ số không có dữ liệu không tính vào điểm và điểm tối đa',
  full: 'Chỉ số không có dữ liệu được tính đủ điểm',
  zero: 'Chỉ số không có dữ liệu được tính 0 điểm',
};

/** Counts were not usable (negative, fractional) or the weight set is inconsistent. */
export class Kpi766InputError extends Error {
  readonly code = 'KPI766_INVALID_INPUT';
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join(' '));
    this.name = 'Kpi766InputError';
    this.problems = problems;
  }
}

export interface Kpi766IndicatorScore {
  key: string;
  code: string;
  label: string;
  status: 'scored' | 'no-data';
  /** Share 0–1 the points were computed from; null when there is no data. */
  rate: number | null;
  threshold: number;
  /** null when excluded under the 'exclude' policy. */
  points: number | null;
  maxPoints: number;
  explanation: string;
}

export interface Kpi766GroupScore {
  key: string;
  label: string;
  weight: number;
  score: number;
  /** Weight minus the points of excluded indicators. */
  max: number;
  indicators: Kpi766IndicatorScore[];
}

export interface Kpi766Score {
  weightSetId: string;
  weightSetLabel: string;
  noDataPolicy: Kpi766NoDataPolicy;
  score: number;
  max: number;
  /** score ÷ max × 100, comparable across units; null when nothing could be scored. */
  percent: number | null;
  groups: Kpi766GroupScore[];
  warnings: string[];
}

const viNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const pct = (share: number) => `${viNumber.format(share * 100)}%`;
const num = (n: number) => viNumber.format(n);

interface RatioValue {
  numerator: number;
  denominator: number;
  share: number | null;
  text: string;
}

function evaluateRatio(ratio: Kpi766Ratio, counts: Kpi766Counts, warnings: string[], code: string): RatioValue {
  const numerator = ratio.numerator.reduce((sum, key) => sum + counts[key], 0);
  const denominator = counts[ratio.denominator];
  if (denominator === 0) return { numerator, denominator, share: null, text: `${ratio.label} ${numerator}/0` };
  if (numerator > denominator) {
    warnings.push(
      `Chỉ số ${code}: ${ratio.label} (${numerator}) lớn hơn «${KPI766_COUNTS[ratio.denominator].label}» (${denominator}); ` +
        'tỷ lệ được tính tối đa 100%, cần kiểm tra lại số liệu.',
    );
  }
  const share = Math.min(1, numerator / denominator);
  return { numerator, denominator, share, text: `${ratio.label} ${numerator}/${denominator} = ${pct(share)}` };
}

/** The rate an indicator scores on, with the words that show how it was obtained. */
function evaluateFormula(formula: Kpi766Formula, counts: Kpi766Counts, warnings: string[], code: string) {
  if (formula.kind === 'rate-threshold') {
    const r = evaluateRatio(formula.ratio, counts, warnings, code);
    const missing = r.share === null ? [KPI766_COUNTS[formula.ratio.denominator].label] : [];
    return { rate: r.share, text: r.text, missing };
  }
  const terms = formula.minus.map((m) => evaluateRatio(m, counts, warnings, code));
  // A term with no denominator (nothing resolved, nothing received) subtracts nothing; the indicator
  // only lacks data when every term does.
  if (terms.every((t) => t.share === null)) {
    return { rate: null, text: '', missing: formula.minus.map((m) => KPI766_COUNTS[m.denominator].label) };
  }
  const rate = Math.max(0, 1 - terms.reduce((sum, t) => sum + (t.share ?? 0), 0));
  const text = `100% − (${terms
    .filter((t) => t.share !== null)
    .map((t) => t.text)
    .join(' + ')}) = ${pct(rate)}`;
  return { rate, text, missing: [] };
}

function scoreIndicator(key: string, maxPoints: number, counts: Kpi766Counts, policy: Kpi766NoDataPolicy, warnings: string[]): Kpi766IndicatorScore {
  const indicator = kpi766Indicator(key);
  const { threshold } = indicator.formula;
  const base = { key, code: indicator.code, label: indicator.label, threshold, maxPoints };
  const { rate, text, missing } = evaluateFormula(indicator.formula, counts, warnings, indicator.code);
  if (rate === null) {
    const points = policy === 'exclude' ? null : policy === 'full' ? maxPoints : 0;
    const outcome = points === null ? 'không tính vào điểm và điểm tối đa' : `tính ${num(points)}/${num(maxPoints)} điểm`;
    return {
      ...base,
      status: 'no-data',
      rate: null,
      points,
      explanation: `${indicator.label}: không có dữ liệu (${missing.map((m) => `«${m}»`).join(', ')} = 0) → ${outcome}.`,
    };
  }
  if (rate >= threshold) {
    return {
      ...base,
      status: 'scored',
      rate,
      points: maxPoints,
      explanation: `${indicator.label}: ${text} ≥ ngưỡng ${pct(threshold)} → đủ ${num(maxPoints)}/${num(maxPoints)} điểm.`,
    };
  }
  const points = (rate * maxPoints) / threshold;
  const formula = threshold === 1 ? `${pct(rate)} × ${num(maxPoints)}` : `${pct(rate)} × ${num(maxPoints)} ÷ ${pct(threshold)}`;
  return {
    ...base,
    status: 'scored',
    rate,
    points,
    explanation: `${indicator.label}: ${text} < ngưỡng ${pct(threshold)} → ${formula} = ${num(points)}/${num(maxPoints)} điểm.`,
  };
}

/** Scores the counts of one unit and period with a weight set; no-data indicators follow the stated policy. */
export function scoreKpi766(
  counts: Kpi766Counts,
  weights: Kpi766WeightSet = KPI766_WEIGHTS_DASHBOARD,
  options: { noDataPolicy?: Kpi766NoDataPolicy } = {},
): Kpi766Score {
  const problems = [...findInvalidKpi766Counts(counts), ...findWeightSetProblems(weights)];
  if (problems.length > 0) throw new Kpi766InputError(problems);
  const policy = options.noDataPolicy ?? 'exclude';
  const warnings = findKpi766CountWarnings(counts);
  const groups = weights.groups.map((group): Kpi766GroupScore => {
    const indicators = group.indicators.map((i) => scoreIndicator(i.key, group.weight * i.share, counts, policy, warnings));
    const counted = indicators.filter((i) => i.points !== null);
    return {
      key: group.key,
      label: group.label,
      weight: group.weight,
      score: counted.reduce((sum, i) => sum + (i.points ?? 0), 0),
      max: counted.reduce((sum, i) => sum + i.maxPoints, 0),
      indicators,
    };
  });
  const score = groups.reduce((sum, g) => sum + g.score, 0);
  const max = groups.reduce((sum, g) => sum + g.max, 0);
  return {
    weightSetId: weights.id,
    weightSetLabel: weights.label,
    noDataPolicy: policy,
    score,
    max,
    percent: max === 0 ? null : (score / max) * 100,
    groups,
    warnings,
  };
}
