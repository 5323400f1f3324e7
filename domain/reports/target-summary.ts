/**
 * How a plan's targets stand, for the leaders' dashboard: met; at risk (not met yet, but the deadline has
 * not passed, so the figure is provisional and can still be turned around); not met (deadline passed);
 * no data (nothing measured or typed yet).
 */
export interface TargetEvaluationLike {
  met: boolean | null;
  provisional: boolean;
}

export interface TargetSummary {
  met: number;
  atRisk: number;
  notMet: number;
  noData: number;
  total: number;
}

export function summariseTargets(evaluations: readonly TargetEvaluationLike[]): TargetSummary {
  const s: TargetSummary = { met: 0, atRisk: 0, notMet: 0, noData: 0, total: evaluations.length };
  for (const e of evaluations) {
    if (e.met === null) s.noData += 1;
    else if (e.met) s.met += 1;
    else if (e.provisional) s.atRisk += 1;
    else s.notMet += 1;
  }
  return s;
}
