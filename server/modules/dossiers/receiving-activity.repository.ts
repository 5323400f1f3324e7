// The register read by the point that received each dossier (a centre, a commune, a unit's desk). The monthly
// counters are kept per handling unit only, so a cut by receiving point reads the dossiers themselves: the rows of
// the points under the chosen units that were received, resolved or returned in the period (dossiers_receiving_unit_idx).
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';

/** One dossier as the counters see it, with the chosen unit whose points received it. */
export interface ReceivedDossierFacts {
  root: number;
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
  /** Dossiers received at a point under each root with a receipt, a result or a return between two dates (both included). */
  async factsByRoot(exec: Executor, rootIds: number[], fromDate: string, toDate: string): Promise<ReceivedDossierFacts[]> {
    if (rootIds.length === 0) return [];
    const ids = sql.join(rootIds.map((id) => sql`${id}`), sql`, `);
    return queryRows<ReceivedDossierFacts>(
      exec,
      sql`select r.id as root, u.id as "receivingUnitId", u.name as "receivingUnitName", d.procedure_id as "procedureId", p.fee, d.channel, d.state,
            d.received_on as "receivedOn", d.resolved_on as "resolvedOn", d.returned_on as "returnedOn", d.return_channel as "returnChannel",
            d.timeliness, d.digitized, d.paid_online as "paidOnline", d.electronic_routing as "electronicRouting", d.apology_issued as "apologyIssued"
          from org_units r join org_units u on u.path like r.path || '%' join dossiers d on d.receiving_unit_id = u.id
            join procedures p on p.id = d.procedure_id
          where r.id in (${ids})
            and (d.received_on between ${fromDate} and ${toDate} or d.resolved_on between ${fromDate} and ${toDate} or d.returned_on between ${fromDate} and ${toDate})`,
    );
  },
};
