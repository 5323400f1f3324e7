// The register read by the point that received each dossier (a centre, a commune, a unit's desk). The monthly
// counters are kept per handling unit only, so a cut by receiving point reads the dossiers themselves: those
// received, resolved or returned in the period; which chosen unit each belongs to is the timeline's answer.
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';

/** One dossier as the counters see it, with the unit that received it. */
export interface ReceivedDossierFacts {
  receivingUnitId: number;
  receivingUnitName: string;
  procedureId: number;
  fee: number;
  channel: number;
  state: number;
  receivedOn: string;
  resolvedOn: string | null;
  returnedOn: string | null;
  returnChannel: number | null;
  timeliness: string | null;
  digitized: boolean;
  paidOnline: boolean;
  electronicRouting: boolean;
  apologyIssued: boolean;
}

/** Queries of the cut by receiving point. */
export const receivingActivityRepository = {
  /** Dossiers with a receipt, a result or a return between two dates (both included), with the unit that received them. */
  async factsInPeriod(exec: Executor, fromDate: string, toDate: string): Promise<ReceivedDossierFacts[]> {
    return queryRows<ReceivedDossierFacts>(
      exec,
      sql`select u.id as "receivingUnitId", u.name as "receivingUnitName", d.procedure_id as "procedureId", p.fee, d.channel, d.state,
            d.received_on as "receivedOn", d.resolved_on as "resolvedOn", d.returned_on as "returnedOn", d.return_channel as "returnChannel",
            d.timeliness, d.digitized, d.paid_online as "paidOnline", d.electronic_routing as "electronicRouting", d.apology_issued as "apologyIssued"
          from dossiers d join org_units u on u.id = d.receiving_unit_id join procedures p on p.id = d.procedure_id
          where (d.received_on between ${fromDate} and ${toDate} or d.resolved_on between ${fromDate} and ${toDate} or d.returned_on between ${fromDate} and ${toDate})`,
    );
  },
};
