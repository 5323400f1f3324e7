// Figures of the dossiers received at a point, counted by the very rule that keeps the monthly counters
// (domain/dossiers/monthly-counts), so a cut by receiving point and a cut by handling unit add up to the same totals.
import { addContribution, MONTHLY_COUNTERS, type CounterDeltas, type MonthlyCounter } from '../../../domain/dossiers/monthly-counts';
import { isMemberOn, membershipOf, type OrgTimeline } from '../../../domain/org-units';
import type { Executor } from '../../db/client';
import { receivingActivityRepository, type ReceivedDossierFacts } from './receiving-activity.repository';

/** Counters of one key (root or receiving unit, procedure, month) as the counters table holds them. */
export interface ReceivedCounters {
  key: number;
  procedureId: number;
  month: string;
  counters: Record<MonthlyCounter, number>;
}

/** The last day a 'YYYY-MM' month can have, for a date range ('YYYY-MM-31' sorts after every day of the month). */
const monthEnd = (month: string) => `${month}-31`;

/**
 * The counters of the dossiers received under each root between two months (both included), keyed by `by`: the root
 * (a 766 report of a centre) or the receiving unit itself (a dashboard's comparison of points). A dossier belongs to
 * a root when its receiving unit was under it on the day it was received (the structure of that day).
 */
export async function receivedCounters(
  exec: Executor,
  timeline: OrgTimeline,
  rootIds: number[],
  from: string,
  to: string,
  by: 'root' | 'receivingUnit' = 'root',
): Promise<{ rows: ReceivedCounters[]; names: Map<number, string> }> {
  const facts = await receivingActivityRepository.factsInPeriod(exec, `${from}-01`, monthEnd(to));
  const deltas: CounterDeltas = new Map();
  const names = new Map<number, string>();
  for (const root of rootIds) {
    const members = membershipOf(timeline, root);
    for (const f of facts) {
      if (!isMemberOn(members, f.receivingUnitId, timeline.dayInLife(f.receivingUnitId, f.receivedOn))) continue;
      names.set(f.receivingUnitId, timeline.nameAt(f.receivingUnitId, f.receivedOn));
      addContribution(deltas, factsOf(f, by === 'root' ? root : f.receivingUnitId), 1);
    }
  }
  const rows: ReceivedCounters[] = [];
  for (const [key, counters] of deltas) {
    const [unit, procedureId, month] = key.split('|');
    if (month < from || month > to) continue;
    rows.push({ key: Number(unit), procedureId: Number(procedureId), month, counters });
  }
  return { rows, names };
}

/** The counters' facts of a dossier, filed under `key` in place of its handling unit. */
function factsOf(f: ReceivedDossierFacts, key: number) {
  return {
    unitId: key,
    procedureId: f.procedureId,
    channel: f.channel,
    receivedOn: f.receivedOn,
    resolvedOn: f.resolvedOn,
    returnedOn: f.returnedOn,
    returnChannel: f.returnChannel,
    timeliness: f.timeliness,
    digitized: f.digitized,
    paidOnline: f.paidOnline,
    hasFee: f.fee > 0,
    electronicRouting: f.electronicRouting,
    apologyIssued: f.apologyIssued,
    rejected: f.state === 3,
  };
}

/** An empty set of counters. */
export function noCounters(): Record<MonthlyCounter, number> {
  return Object.fromEntries(MONTHLY_COUNTERS.map((c) => [c, 0])) as Record<MonthlyCounter, number>;
}
