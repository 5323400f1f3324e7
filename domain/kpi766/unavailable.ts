/**
 * Scoring when some counts are not held at all (e.g. complaints when the unit keeps no PAKN register here).
 * A count that is missing is not the same as a count of 0: an indicator that needs it is shown as
 * "chưa có dữ liệu" and treated under the no-data policy, instead of scoring 0 from a made-up zero.
 */
import { KPI766_COUNTS, type Kpi766CountKey, type Kpi766Counts } from './counts';
import { kpi766Indicator, type Kpi766Formula } from './indicators';
import { scoreKpi766, type Kpi766NoDataPolicy, type Kpi766Score } from './score';
import { KPI766_WEIGHTS_DASHBOARD, type Kpi766WeightSet } from './weights';

/** Counts an indicator's formula reads (numerators and denominators). */
export function kpi766FormulaCounts(formula: Kpi766Formula): Kpi766CountKey[] {
  const ratios = formula.kind === 'rate-threshold' ? [formula.ratio] : formula.minus;
  return [...new Set(ratios.flatMap((r) => [...r.numerator, r.denominator]))];
}

/** Counts with null where the system holds no figure. */
export type Kpi766PartialCounts = { [K in Kpi766CountKey]: number | null };

/**
 * Scores the counts that exist; every indicator reading a null count becomes 'no-data' (points by the
 * policy: excluded, full or zero), and group and total scores are summed again from the indicators.
 */
export function scoreKpi766Partial(
  counts: Kpi766PartialCounts,
  weights: Kpi766WeightSet = KPI766_WEIGHTS_DASHBOARD,
  options: { noDataPolicy?: Kpi766NoDataPolicy } = {},
): Kpi766Score {
  const policy = options.noDataPolicy ?? 'exclude';
  const missing = new Set((Object.keys(counts) as Kpi766CountKey[]).filter((k) => counts[k] === null));
  // Missing counts are scored as 0 first, then every indicator that read one is replaced below.
  const filled = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v ?? 0])) as unknown as Kpi766Counts;
  const base = scoreKpi766(filled, weights, { noDataPolicy: policy });
  const groups = base.groups.map((group) => {
    const indicators = group.indicators.map((i) => {
      const lacking = kpi766FormulaCounts(kpi766Indicator(i.key).formula).filter((k) => missing.has(k));
      if (lacking.length === 0) return i;
      const points = policy === 'exclude' ? null : policy === 'full' ? i.maxPoints : 0;
      const outcome = points === null ? 'không tính vào điểm và điểm tối đa' : `tính ${points}/${i.maxPoints} điểm`;
      return {
        ...i,
        status: 'no-data' as const,
        rate: null,
        points,
        explanation: `${i.label}: chưa có dữ liệu (hệ thống chưa theo dõi ${lacking.map((k) => `«${KPI766_COUNTS[k].label}»`).join(', ')}) → ${outcome}.`,
      };
    });
    const counted = indicators.filter((i) => i.points !== null);
    return {
      ...group,
      indicators,
      score: counted.reduce((sum, i) => sum + (i.points ?? 0), 0),
      max: counted.reduce((sum, i) => sum + i.maxPoints, 0),
    };
  });
  const score = groups.reduce((sum, g) => sum + g.score, 0);
  const max = groups.reduce((sum, g) => sum + g.max, 0);
  // Warnings about a count that is only a placeholder zero would mislead; keep the rest.
  const warnings = base.warnings.filter((w) => ![...missing].some((k) => w.includes(KPI766_COUNTS[k].label)));
  return { ...base, groups, score, max, percent: max === 0 ? null : (score / max) * 100, warnings };
}
