/**
 * Targets (chỉ tiêu) of a plan: "≥ 80% hồ sơ giải quyết trước hạn" as a comparison and a value, bound to
 * a metric the system computes or to a value typed in with evidence; and their evaluation, which
 * explains itself in Vietnamese from the same numbers it judged.
 */
import { formatViDate, type IsoDate } from '../time/iso-date';
import type { TaskSource } from '../tasks/task';
import type { TargetMetricKey } from './metric-keys';

export type Comparison = '>=' | '<=' | '=' | '>' | '<';

/** '%' for rates (0–100), 'count' for numbers of things, 'yes-no' for done / not done (1 / 0). */
export type TargetUnit = '%' | 'count' | 'yes-no';

/** Where the actual value comes from. */
export type TargetBinding =
  | {
      readonly kind: 'metric';
      readonly metricKey: TargetMetricKey;
      /** Narrows the metric, e.g. only tasks given by the city and the ministry. */
      readonly scope?: { readonly taskSources?: readonly TaskSource[] };
    }
  | { readonly kind: 'typed' };

export interface Target {
  readonly code: string;
  /** The target as the plan words it. */
  readonly text: string;
  readonly comparison: Comparison;
  readonly value: number;
  readonly unit: TargetUnit;
  readonly binding: TargetBinding;
  /** When the target must be met; before it, an evaluation is provisional. Null: end of the plan year. */
  readonly deadline?: IsoDate | null;
}

/** The measured value; for a rate, numerator and denominator show where it came from. */
export interface TargetActual {
  readonly value: number | null;
  readonly numerator?: number;
  readonly denominator?: number;
}

export interface TargetEvaluation {
  readonly actual: number | null;
  /** Null when there is no data to judge. */
  readonly met: boolean | null;
  /** How far from the target, in the target's unit (percentage points for rates); 0 when met. */
  readonly gap: number | null;
  /** True when judged before the target's deadline. */
  readonly provisional: boolean;
  readonly explanation: string;
}

// Rates computed from counts carry float noise (e.g. 0.1 + 0.2); compare within it.
const EPSILON = 1e-9;

/** A number the Vietnamese way: '76,5', '1.234', at most two decimals. */
export function formatViNumber(x: number): string {
  const rounded = Math.round(x * 100) / 100;
  const [int, dec] = Math.abs(rounded).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${rounded < 0 ? '-' : ''}${grouped}${dec ? `,${dec}` : ''}`;
}

function formatValue(x: number, unit: TargetUnit): string {
  if (unit === 'yes-no') return x >= 1 ? 'đã thực hiện' : 'chưa thực hiện';
  return unit === '%' ? `${formatViNumber(x)}%` : formatViNumber(x);
}

const TARGET_PREFIX: Readonly<Record<Comparison, string>> = { '>=': '', '=': '', '>': 'trên ', '<=': 'tối đa ', '<': 'dưới ' };

/** The target in words, e.g. "chỉ tiêu 80%", "chỉ tiêu trên 90%". */
export function describeTarget(target: Pick<Target, 'comparison' | 'value' | 'unit'>): string {
  if (target.unit === 'yes-no') return 'chỉ tiêu: thực hiện';
  return `chỉ tiêu ${TARGET_PREFIX[target.comparison]}${formatValue(target.value, target.unit)}`;
}

function compare(actual: number, comparison: Comparison, value: number): boolean {
  const d = actual - value;
  switch (comparison) {
    case '>=':
      return d > -EPSILON;
    case '<=':
      return d < EPSILON;
    case '=':
      return Math.abs(d) < EPSILON;
    case '>':
      return d >= EPSILON;
    case '<':
      return d <= -EPSILON;
  }
}

function roundGap(x: number): number {
  return Math.abs(x) < EPSILON ? 0 : Math.round(x * 1e6) / 1e6;
}

/** Judges an actual value against a target as of a date, with a Vietnamese explanation built from the same numbers. */
export function evaluateTarget(target: Target, actual: TargetActual, asOf: IsoDate): TargetEvaluation {
  const deadline = target.deadline ?? null;
  const provisional = deadline !== null && asOf < deadline;
  const note = provisional ? ` (tạm tính đến ngày ${formatViDate(asOf)}, hạn ${formatViDate(deadline)})` : '';
  const { numerator, denominator } = actual;
  const hasFraction = numerator !== undefined && denominator !== undefined;

  // A rate over nothing is no data, not 0% and not 100%.
  if (hasFraction && denominator === 0) {
    const explanation = `Chưa có số liệu: mẫu số bằng 0 (${numerator}/0), chưa đánh giá được ${describeTarget(target)}${note}.`;
    return { actual: null, met: null, gap: null, provisional, explanation };
  }
  let value = actual.value;
  if (value === null && hasFraction && target.unit === '%') value = (numerator / denominator) * 100;
  if (value === null) {
    return { actual: null, met: null, gap: null, provisional, explanation: `Chưa có số liệu để đánh giá ${describeTarget(target)}${note}.` };
  }

  const met = compare(value, target.comparison, target.value);
  const wantsMore = target.comparison === '>=' || target.comparison === '>' || (target.comparison === '=' && value < target.value);
  const gap = met ? 0 : roundGap(wantsMore ? target.value - value : value - target.value);

  const fraction = hasFraction ? ` (${formatViNumber(numerator)}/${formatViNumber(denominator)})` : '';
  if (target.unit === 'yes-no') {
    const explanation = `Thực tế: ${formatValue(value, 'yes-no')} → ${met ? 'đạt' : 'chưa đạt'}${note}`;
    return { actual: value, met, gap, provisional, explanation };
  }
  const relation = Math.abs(value - target.value) < EPSILON ? '=' : value < target.value ? '<' : '>';
  const unitWord = target.unit === '%' ? ' điểm %' : '';
  let verdict = 'đạt';
  if (!met) {
    if (gap === 0) verdict = `chưa đạt, cần ${wantsMore ? 'cao' : 'thấp'} hơn ${formatValue(target.value, target.unit)}`;
    else verdict = `chưa đạt, ${wantsMore ? 'thiếu' : 'vượt'} ${formatViNumber(gap)}${unitWord}`;
  }
  const explanation = `Thực tế ${formatValue(value, target.unit)}${fraction} ${relation} ${describeTarget(target)} → ${verdict}${note}`;
  return { actual: value, met, gap, provisional, explanation };
}
