/**
 * What one dossier adds to the per-unit, per-procedure, per-month counters the 766 dashboard reads.
 * A write changes the counters by contribution(after) − contribution(before), so they stay exact
 * without ever scanning the register again.
 */
export interface DossierCountFacts {
  unitId: number;
  /**
   * The handling unit on the day of receipt when the dossier has since moved to a successor (a change of the
   * organisation): receipt counts there, in the structure of its own day; results count at `unitId`, which
   * resolved it. Absent or null: `unitId`.
   */
  receiptUnitId?: number | null;
  procedureId: number;
  channel: number;
  receivedOn: string;
  resolvedOn: string | null;
  returnedOn: string | null;
  returnChannel: number | null;
  timeliness: string | null;
  digitized: boolean;
  paidOnline: boolean;
  /** The procedure asks for a fee, so the dossier is one payment transaction. */
  hasFee: boolean;
  electronicRouting: boolean;
  apologyIssued: boolean;
  /**
   * Refused at receipt (state 3): never received for processing, so it adds to no counter. METHODS.md counts
   * "cần xử lý = tiếp nhận trong kỳ + tồn kỳ trước" and the 766 rates over received and resolved dossiers only.
   * Optional for writers that predate it (absent = received).
   */
  rejected?: boolean;
}

export const MONTHLY_COUNTERS = [
  'received',
  'onlineSubmitted',
  'postalReceived',
  'resolved',
  'resolvedEarly',
  'resolvedOnTime',
  'late',
  'lateWithApology',
  'digitized',
  'paidOnline',
  'paymentsTotal',
  'electronicRouting',
  'postalReturned',
] as const;
export type MonthlyCounter = (typeof MONTHLY_COUNTERS)[number];

/** Counter deltas keyed by 'unitId|procedureId|YYYY-MM'. */
export type CounterDeltas = Map<string, Record<MonthlyCounter, number>>;

function bump(deltas: CounterDeltas, facts: DossierCountFacts, date: string, counter: MonthlyCounter, by: number): void {
  const unitId = counter === 'received' || counter === 'onlineSubmitted' || counter === 'postalReceived' ? (facts.receiptUnitId ?? facts.unitId) : facts.unitId;
  const key = `${unitId}|${facts.procedureId}|${date.slice(0, 7)}`;
  let row = deltas.get(key);
  if (!row) {
    row = Object.fromEntries(MONTHLY_COUNTERS.map((c) => [c, 0])) as Record<MonthlyCounter, number>;
    deltas.set(key, row);
  }
  row[counter] += by;
}

/** Adds (sign 1) or removes (sign −1) one dossier's contribution: receipt counts in its month, results in theirs. */
export function addContribution(deltas: CounterDeltas, facts: DossierCountFacts, sign: 1 | -1): void {
  if (facts.rejected) return;
  bump(deltas, facts, facts.receivedOn, 'received', sign);
  if (facts.channel === 2) bump(deltas, facts, facts.receivedOn, 'onlineSubmitted', sign);
  if (facts.channel === 3) bump(deltas, facts, facts.receivedOn, 'postalReceived', sign);
  if (facts.resolvedOn) {
    const on = facts.resolvedOn;
    bump(deltas, facts, on, 'resolved', sign);
    if (facts.timeliness === 'early') bump(deltas, facts, on, 'resolvedEarly', sign);
    if (facts.timeliness === 'on-time') bump(deltas, facts, on, 'resolvedOnTime', sign);
    if (facts.timeliness === 'late') {
      bump(deltas, facts, on, 'late', sign);
      if (facts.apologyIssued) bump(deltas, facts, on, 'lateWithApology', sign);
    }
    if (facts.digitized) bump(deltas, facts, on, 'digitized', sign);
    if (facts.electronicRouting) bump(deltas, facts, on, 'electronicRouting', sign);
    if (facts.hasFee) bump(deltas, facts, on, 'paymentsTotal', sign);
    if (facts.hasFee && facts.paidOnline) bump(deltas, facts, on, 'paidOnline', sign);
  }
  if (facts.returnedOn && facts.returnChannel === 3) bump(deltas, facts, facts.returnedOn, 'postalReturned', sign);
}

/** The change a write makes: before may be null for a new dossier. Rows whose deltas are all zero are dropped. */
export function counterDeltas(changes: ReadonlyArray<{ before: DossierCountFacts | null; after: DossierCountFacts }>): CounterDeltas {
  const deltas: CounterDeltas = new Map();
  for (const { before, after } of changes) {
    if (before) addContribution(deltas, before, -1);
    addContribution(deltas, after, 1);
  }
  for (const [key, row] of deltas) if (MONTHLY_COUNTERS.every((c) => row[c] === 0)) deltas.delete(key);
  return deltas;
}
