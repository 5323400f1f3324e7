// How a metric fills a criterion input. The registry gives counts as they are and percentages as 0–100
// ("96,5"); the rules read shares as fractions (0.965: bands "từ 80%" are stored as 0.8). So a count fills a
// whole-number input unchanged, a percentage fills a share input divided by 100, and any other pairing is
// refused rather than read as something it is not (a count of 153 is not a share of 153).
import type { CriterionInput } from './framework-shapes';
import { metricUnitOf, type MetricKey, type MetricUnit } from './metric-keys';
import { formatViNumber } from './vi-format';

/** The input type a metric of this unit fills: 'number' for counts, 'ratio' for percentages. */
export function inputTypeFor(unit: MetricUnit): 'number' | 'ratio' {
  return unit === '%' ? 'ratio' : 'number';
}

/** Why this input cannot take this metric, in Vietnamese; null when it can. */
export function bindingMismatch(input: Pick<CriterionInput, 'type' | 'label'>, metric: MetricKey): string | null {
  const unit = metricUnitOf(metric);
  if (input.type === inputTypeFor(unit)) return null;
  if (input.type === 'number') return `«${input.label}» là số đếm nhưng chỉ số ${metric} là tỷ lệ (%): chọn một chỉ số đếm, hoặc đổi dữ liệu thành kiểu tỷ lệ`;
  if (input.type === 'ratio') return `«${input.label}» là tỷ lệ nhưng chỉ số ${metric} là số đếm: chọn một chỉ số tỷ lệ (%)`;
  return `«${input.label}» (kiểu ${input.type}) không lấy được từ chỉ số hệ thống: chỉ dữ liệu số đếm hoặc tỷ lệ mới gắn được chỉ số`;
}

/** The value an input receives, and a note when it was converted or could not be. */
export type InputFromMetric = { value: number | null; note: string | null };

// Percent / 100 leaves float noise (57.99999999999999 / 100); nine decimals are far below any band edge.
const round9 = (n: number) => Math.round(n * 1e9) / 1e9;

/** Converts a metric value for an input: a count as it is, a percentage as a share (96,5% → 0,965). */
export function inputValueFromMetric(inputType: CriterionInput['type'], unit: MetricUnit, value: number | null): InputFromMetric {
  if (inputType !== inputTypeFor(unit)) {
    const what = unit === '%' ? 'tỷ lệ (%)' : 'số đếm';
    return { value: null, note: `chỉ số hệ thống là ${what}, không dùng được cho dữ liệu kiểu ${inputType}` };
  }
  if (value === null || unit === 'count') return { value, note: null };
  const share = round9(value / 100);
  return { value: share, note: `${formatViNumber(value, 2)}% → tỷ lệ ${formatViNumber(share, 4)}` };
}
