// Queries of the dossier dashboard: the monthly counters summed over a subtree, and the register's counts over
// exact dates that the metrics read.
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';
import type { MetricQuery } from '../../metrics/registry';

/** The counters of one month. */
export interface MonthFigures {
  month: string;
  received: number;
  resolved: number;
  early: number;
  onTime: number;
  late: number;
}
/** The counters of one unit. */
export interface UnitFigures {
  unitId: number;
  unitName: string;
  received: number;
  resolved: number;
  late: number;
}

/** What the register holds for a subtree over a period, one figure per metric ingredient. */
export interface RegisterCounts {
  received: number;
  online: number;
  postal: number;
  resolved: number;
  early: number;
  onTime: number;
  late: number;
  lateApology: number;
  digitized: number;
  paidOnline: number;
  payments: number;
  routing: number;
  postalReturned: number;
  fullyOnline: number;
}

/** Queries of the dossier dashboard and metrics. */
export const dossierStatsRepository = {
  /** The counters of a subtree per month, between two months ('YYYY-MM', both included). */
  async monthlyTrend(exec: Executor, path: string, from: string, to: string): Promise<MonthFigures[]> {
    return queryRows<MonthFigures>(
      exec,
      sql`select c.month, sum(c.received)::int as received, sum(c.resolved)::int as resolved, sum(c.resolved_early)::int as early,
          sum(c.resolved_on_time)::int as "onTime", sum(c.late)::int as late
        from dossier_monthly_counts c join org_units u on u.id = c.unit_id
        where u.path like ${path + '%'} and c.month between ${from} and ${to}
        group by c.month order by c.month`,
    );
  },
  /** The counters of each unit of a subtree over the months, by unit name. */
  async unitTotals(exec: Executor, path: string, from: string, to: string): Promise<UnitFigures[]> {
    return queryRows<UnitFigures>(
      exec,
      sql`select u.id as "unitId", u.name as "unitName", sum(c.received)::int as received, sum(c.resolved)::int as resolved, sum(c.late)::int as late
        from dossier_monthly_counts c join org_units u on u.id = c.unit_id
        where u.path like ${path + '%'} and c.month between ${from} and ${to}
        group by u.id, u.name order by u.name`,
    );
  },
  /** Counts of a unit subtree over exact dates, from the register (metrics ask for arbitrary periods). */
  async registerCounts(exec: Executor, q: MetricQuery): Promise<RegisterCounts> {
    // Receipt counts at the handling unit of the day of receipt, results at the unit that resolved them: they differ
    // for an open dossier a change of the organisation moved to a successor.
    const under = q.unitPath + '%';
    const receipt = sql`ur.path like ${under} and d.received_on between ${q.from} and ${q.to}`;
    const result = sql`u.path like ${under}`;
    const [row] = await queryRows<RegisterCounts>(
      exec,
      sql`select
        count(*) filter (where ${receipt})::int as received,
        count(*) filter (where ${receipt} and d.channel = 2)::int as online,
        count(*) filter (where ${receipt} and d.channel = 3)::int as postal,
        count(*) filter (where ${result} and d.resolved_on between ${q.from} and ${q.to})::int as resolved,
        count(*) filter (where ${result} and d.resolved_on between ${q.from} and ${q.to} and d.timeliness = 'early')::int as early,
        count(*) filter (where ${result} and d.resolved_on between ${q.from} and ${q.to} and d.timeliness = 'on-time')::int as "onTime",
        count(*) filter (where ${result} and d.resolved_on between ${q.from} and ${q.to} and d.timeliness = 'late')::int as late,
        count(*) filter (where ${result} and d.resolved_on between ${q.from} and ${q.to} and d.timeliness = 'late' and d.apology_issued)::int as "lateApology",
        count(*) filter (where ${result} and d.resolved_on between ${q.from} and ${q.to} and d.digitized)::int as digitized,
        count(*) filter (where ${result} and d.resolved_on between ${q.from} and ${q.to} and p.fee > 0 and d.paid_online)::int as "paidOnline",
        count(*) filter (where ${result} and d.resolved_on between ${q.from} and ${q.to} and p.fee > 0)::int as payments,
        count(*) filter (where ${result} and d.resolved_on between ${q.from} and ${q.to} and d.electronic_routing)::int as routing,
        count(*) filter (where ${result} and d.returned_on between ${q.from} and ${q.to} and d.return_channel = 3)::int as "postalReturned",
        count(*) filter (where ${result} and d.resolved_on between ${q.from} and ${q.to} and d.channel = 2 and p.online_level = 'full' and (d.return_channel = 2 or d.digitized))::int as "fullyOnline"
      from dossiers d join org_units u on u.id = d.unit_id join org_units ur on ur.id = coalesce(d.unit_at_receipt_id, d.unit_id)
        join procedures p on p.id = d.procedure_id
      where (u.path like ${under} or ur.path like ${under}) and d.state <> 3`, // refused at receipt (state 3): never received for processing
    );
    return row;
  },
};
