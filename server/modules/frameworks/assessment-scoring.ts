// Scores an assessment from its stored rows: measured inputs overlaid by typed ones (a unit may correct a
// count), self scores by the framework's rules, appraised scores as set by the council.
import { listLeaves, scoreFramework, type Framework, type FrameworkInputs, type FrameworkScore, type InputValue } from '../../../domain/rules/index';
import type { Executor } from '../../db/client';
import { inputValueFromMetric } from '../../../domain/rules/metric-input';
import { metricUnitOf } from '../../../domain/rules/metric-keys';
import { computeMetric, getMetric } from '../../metrics/registry';
import type { AssessmentCriterionRow } from './framework.repository';
import type { UnitRef } from './assessment-access';
import * as clock from '../../clock';

/** A measured input: the metric's value (null when the system cannot measure it yet) and where it comes from. */
export type Measured = { metric: string; value: number | null; source: string; at: string };
export type MeasuredMap = Record<string, Measured>;

export function typedInputs(row: AssessmentCriterionRow): Record<string, InputValue> {
  return (row.inputs ?? {}) as Record<string, InputValue>;
}
export function measuredOf(row: AssessmentCriterionRow): MeasuredMap {
  return (row.measured ?? {}) as MeasuredMap;
}

/** The inputs the rules see: measured values first, typed values over them. */
export function effectiveInputs(rows: readonly AssessmentCriterionRow[]): FrameworkInputs {
  const out: Record<string, Record<string, InputValue>> = {};
  for (const row of rows) {
    const values: Record<string, InputValue> = {};
    for (const [key, m] of Object.entries(measuredOf(row))) if (m.value !== null) values[key] = m.value;
    for (const [key, v] of Object.entries(typedInputs(row))) if (v !== null && v !== undefined && v !== '') values[key] = v;
    out[row.code] = values;
  }
  return out;
}

/** Appraised totals: each leaf's appraised score where set, its self score otherwise, summed up the tree. */
export function appraisedScore(framework: Framework, self: FrameworkScore, rows: readonly AssessmentCriterionRow[]): number {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  let total = 0;
  for (const leaf of listLeaves(framework)) {
    const appraised = byCode.get(leaf.code)?.appraisedScore;
    const selfLine = self.criteria.find((c) => c.code === leaf.code);
    total += appraised ?? selfLine?.exactScore ?? 0;
  }
  return Math.round(total * 100) / 100;
}

export function scoreAssessment(framework: Framework, rows: readonly AssessmentCriterionRow[]): FrameworkScore {
  return scoreFramework(framework, effectiveInputs(rows));
}

/** The period a year's assessment measures: the calendar year, as of today or the year's end. */
export function assessmentPeriod(year: number, today: string): { from: string; to: string; asOf: string } {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return { from, to, asOf: today < to ? (today < from ? from : today) : to };
}

/**
 * Measures every metric-bound input of one leaf for the assessed unit (null values say why in `source`).
 * A percentage fills a share input as a fraction (96,5% → 0,965), the way the rules read shares.
 */
export async function measureLeaf(
  exec: Executor,
  framework: Framework,
  code: string,
  unit: UnitRef,
  year: number,
  today = clock.today(),
): Promise<MeasuredMap> {
  const leaf = listLeaves(framework).find((l) => l.code === code);
  const out: MeasuredMap = {};
  const period = assessmentPeriod(year, today);
  for (const input of leaf?.inputs ?? []) {
    if (!input.metric) continue;
    const m = await computeMetric(exec, input.metric, { unitId: unit.id, unitPath: unit.path, ...period });
    // The unit the registry computed in decides the conversion; the catalogue's is the fallback for a key no feature registers.
    const converted = inputValueFromMetric(input.type, getMetric(input.metric)?.unit ?? metricUnitOf(input.metric), m.value);
    const source = converted.note ? `${m.source} (${converted.note})` : m.source;
    out[input.key] = { metric: input.metric, value: converted.value, source, at: period.asOf };
  }
  return out;
}
