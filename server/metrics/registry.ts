import type { IsoDate } from '../../domain/time/iso-date';
import type { Executor } from '../db/client';

/** Where and when a metric is measured: a unit with its whole subtree, over a period, as of a date. */
export interface MetricQuery {
  unitId: number;
  /** Materialised path of the unit ('/1/4/'): repositories filter `path like unitPath || '%'`. */
  unitPath: string;
  from: IsoDate;
  to: IsoDate;
  asOf: IsoDate;
}

/** A measured value with the counts behind it, so targets and criteria can explain themselves. */
export interface MetricValue {
  /** A rate in percent (0–100) for '%' metrics, a count for 'count' metrics; null when there is nothing to measure. */
  value: number | null;
  numerator?: number;
  denominator?: number;
  /** Where the figure comes from, in Vietnamese ("Sổ theo dõi hồ sơ: 153/200 hồ sơ giải quyết đúng hạn"). */
  source: string;
}

/** A metric the system computes from its own data; features register theirs (tasks, dossiers, feedback, surveys…). */
export interface MetricDefinition {
  key: string;
  label: { vi: string; en: string };
  unit: '%' | 'count';
  /** The feature that owns the data. */
  feature: string;
  compute(exec: Executor, query: MetricQuery): Promise<MetricValue>;
}

const registry = new Map<string, MetricDefinition>();

/** Adds metrics to the registry; a key registered twice is a programming error. */
export function registerMetrics(defs: MetricDefinition[]): void {
  for (const def of defs) {
    const existing = registry.get(def.key);
    if (existing === def) continue; // the same module registered again (a second app in one process)
    if (existing) throw new Error(`metric ${def.key} registered twice`);
    registry.set(def.key, def);
  }
}

export function getMetric(key: string): MetricDefinition | undefined {
  return registry.get(key);
}

export function listMetrics(): MetricDefinition[] {
  return [...registry.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** Computes one metric; an unknown key gives a null value that says so, never a throw. */
export async function computeMetric(exec: Executor, key: string, query: MetricQuery): Promise<MetricValue> {
  const def = registry.get(key);
  if (!def) return { value: null, source: `Chỉ số "${key}" chưa được hệ thống tính (chưa có dữ liệu nguồn).` };
  return def.compute(exec, query);
}

/** Builds a percentage value from counts; a zero denominator gives null. */
export function ratioValue(numerator: number, denominator: number, source: string): MetricValue {
  return { value: denominator > 0 ? (numerator / denominator) * 100 : null, numerator, denominator, source };
}
