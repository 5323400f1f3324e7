import { describe, expect, it } from 'vitest';
import { bindingMismatch, inputTypeFor, inputValueFromMetric } from './metric-input';
import { COUNT_METRICS, METRIC_KEY_LIST, metricUnitOf, PERCENT_METRICS } from './metric-keys';

describe('a metric’s value as a criterion input', () => {
  it('reads a percentage (0–100) as the share the rules expect (0–1), saying so', () => {
    expect(inputValueFromMetric('ratio', '%', 96.5)).toEqual({ value: 0.965, note: '96,5% → tỷ lệ 0,965' });
    expect(inputValueFromMetric('ratio', '%', 100)).toEqual({ value: 1, note: '100% → tỷ lệ 1' });
    expect(inputValueFromMetric('ratio', '%', 0)).toEqual({ value: 0, note: '0% → tỷ lệ 0' });
    // 7/24 units inspected: the float noise of the division is gone, the value is still exact to 1e-9.
    expect(inputValueFromMetric('ratio', '%', (7 / 24) * 100).value).toBe(0.291666667);
    expect(inputValueFromMetric('ratio', '%', 58).value).toBe(0.58);
  });

  it('takes a count as it is and keeps "nothing to measure" as null', () => {
    expect(inputValueFromMetric('number', 'count', 153)).toEqual({ value: 153, note: null });
    expect(inputValueFromMetric('ratio', '%', null)).toEqual({ value: null, note: null });
  });

  it('never reads a count as a share nor a percentage as a count', () => {
    expect(inputValueFromMetric('ratio', 'count', 153)).toEqual({ value: null, note: 'chỉ số hệ thống là số đếm, không dùng được cho dữ liệu kiểu ratio' });
    expect(inputValueFromMetric('number', '%', 96.5)).toEqual({ value: null, note: 'chỉ số hệ thống là tỷ lệ (%), không dùng được cho dữ liệu kiểu number' });
  });

  it('pairs input types with metric units, and names what to choose otherwise', () => {
    expect([inputTypeFor('%'), inputTypeFor('count')]).toEqual(['ratio', 'number']);
    expect(bindingMismatch({ type: 'ratio', label: 'Tỷ lệ hài lòng' }, 'surveys.satisfactionRate')).toBeNull();
    expect(bindingMismatch({ type: 'number', label: 'Số hồ sơ' }, 'dossiers.resolved')).toBeNull();
    expect(bindingMismatch({ type: 'boolean', label: 'Có kế hoạch' }, 'dossiers.resolved')).toBe(
      '«Có kế hoạch» (kiểu boolean) không lấy được từ chỉ số hệ thống: chỉ dữ liệu số đếm hoặc tỷ lệ mới gắn được chỉ số',
    );
  });

  it('knows every key’s unit: the counts and the percentages are apart and together make the list', () => {
    expect(Object.keys(COUNT_METRICS).every((k) => metricUnitOf(k as keyof typeof COUNT_METRICS) === 'count')).toBe(true);
    expect(Object.keys(PERCENT_METRICS).every((k) => metricUnitOf(k as keyof typeof PERCENT_METRICS) === '%')).toBe(true);
    expect(METRIC_KEY_LIST).toHaveLength(Object.keys(COUNT_METRICS).length + Object.keys(PERCENT_METRICS).length);
    expect(Object.keys(PERCENT_METRICS)).toEqual(
      expect.arrayContaining(['surveys.satisfactionRate', 'reports.onTimeRate', 'inspections.unitsInspectedRate', 'feedback.handledOnTimeRate']),
    );
  });
});
