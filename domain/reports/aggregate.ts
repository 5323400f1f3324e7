/**
 * The Office's roll-up of a report template's indicators across units: overall, per unit type and
 * per district, with the units that left each indicator blank (so the Office knows whom to chase).
 */
import { ReportRuleError } from './submission-status';

/**
 * How an indicator adds up across units. 'mean' is the plain mean of the units' values: for a rate,
 * collect its numerator and denominator as two 'sum' indicators instead, or small schools weigh as much
 * as large ones. 'count' is the number of units answering "có" (true or a non-zero number).
 */
export type IndicatorAggregate = 'sum' | 'mean' | 'min' | 'max' | 'count';

export interface TemplateIndicator {
  key: string;
  label: string;
  aggregate: IndicatorAggregate;
}

export type IndicatorValue = number | boolean | null | undefined;

export interface UnitIndicatorValues {
  unitId: string;
  /** e.g. 'phong-gddt', 'thpt', 'trung-tam'. */
  unitType: string;
  /** null for units not under a district (the department's own divisions). */
  district: string | null;
  values: Readonly<Record<string, IndicatorValue>>;
}

export interface AggregateCell {
  value: number | null;
  /** Units that gave a value. */
  reported: number;
  /** Units in this slice. */
  units: number;
}

export interface IndicatorAggregation {
  key: string;
  label: string;
  aggregate: IndicatorAggregate;
  overall: AggregateCell;
  byUnitType: (AggregateCell & { unitType: string })[];
  byDistrict: (AggregateCell & { district: string | null })[];
  missingUnits: string[];
}

export const AGGREGATE_LABELS: Readonly<Record<IndicatorAggregate, string>> = {
  sum: 'Tổng',
  mean: 'Trung bình',
  min: 'Nhỏ nhất',
  max: 'Lớn nhất',
  count: 'Số đơn vị có',
};

/** A value as a number, or null when the unit left it blank (booleans count as 1/0). */
function numeric(value: IndicatorValue): number | null {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Aggregates the reported values of one slice of units; null when no unit in it reported. */
function aggregateCell(aggregate: IndicatorAggregate, values: readonly (number | null)[]): AggregateCell {
  const given = values.filter((v): v is number => v !== null);
  const cell = { reported: given.length, units: values.length };
  if (given.length === 0) return { ...cell, value: null };
  switch (aggregate) {
    case 'sum':
      return { ...cell, value: given.reduce((a, b) => a + b, 0) };
    case 'mean':
      return { ...cell, value: given.reduce((a, b) => a + b, 0) / given.length };
    case 'min':
      return { ...cell, value: Math.min(...given) };
    case 'max':
      return { ...cell, value: Math.max(...given) };
    case 'count':
      return { ...cell, value: given.filter((v) => v !== 0).length };
  }
}

/** Groups units by a key, slices sorted by key (null last) so tables come out the same every time. */
function slices<K extends string | null>(units: readonly UnitIndicatorValues[], keyOf: (u: UnitIndicatorValues) => K): [K, UnitIndicatorValues[]][] {
  const groups = new Map<K, UnitIndicatorValues[]>();
  for (const u of units) groups.set(keyOf(u), [...(groups.get(keyOf(u)) ?? []), u]);
  return [...groups.entries()].sort(([a], [b]) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1));
}

/** Totals of each template indicator overall, per unit type and per district, with units missing it. */
export function aggregateIndicators(indicators: readonly TemplateIndicator[], unitValues: readonly UnitIndicatorValues[]): IndicatorAggregation[] {
  const seen = new Set<string>();
  for (const u of unitValues) {
    if (seen.has(u.unitId)) {
      throw new ReportRuleError('REPORT_DUPLICATE_UNIT', `Đơn vị ${u.unitId} có hai bộ số liệu trong cùng một báo cáo tổng hợp.`);
    }
    seen.add(u.unitId);
  }
  const byType = slices(unitValues, (u) => u.unitType);
  const byDistrict = slices(unitValues, (u) => u.district);
  return indicators.map((indicator) => {
    const valuesOf = (units: readonly UnitIndicatorValues[]) => units.map((u) => numeric(u.values[indicator.key]));
    return {
      key: indicator.key,
      label: indicator.label,
      aggregate: indicator.aggregate,
      overall: aggregateCell(indicator.aggregate, valuesOf(unitValues)),
      byUnitType: byType.map(([unitType, units]) => ({ unitType, ...aggregateCell(indicator.aggregate, valuesOf(units)) })),
      byDistrict: byDistrict.map(([district, units]) => ({ district, ...aggregateCell(indicator.aggregate, valuesOf(units)) })),
      missingUnits: unitValues.filter((u) => numeric(u.values[indicator.key]) === null).map((u) => u.unitId),
    };
  });
}
