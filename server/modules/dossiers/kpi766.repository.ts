// Queries of the Bộ chỉ số 766 report: the monthly counters per procedure summed over unit subtrees, the
// catalogue, and the units the report compares.
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';

/** A unit the report scores with its subtree. */
export interface Root {
  id: number;
  name: string;
  path: string;
}
/** The counters of one procedure over a root's subtree and a period. */
export interface ProcedureActivity {
  root: number;
  procedureId: number;
  received: number;
  resolved: number;
  early: number;
  onTime: number;
  late: number;
  online: number;
  payments: number;
  paidOnline: number;
  digitized: number;
}
/** What the 766 indicators read of a procedure in the catalogue. */
export interface ProcedureFacts {
  id: number;
  fee: number;
  onlineLevel: string;
  onlinePayment: boolean;
  published: boolean;
  active: boolean;
}

/** The counters of one unit, procedure and month. */
export interface UnitMonthActivity extends Omit<ProcedureActivity, 'root'> {
  unitId: number;
  month: string;
}

/** Queries of the 766 report. */
export const kpi766Repository = {
  /** The counters per unit, procedure and month between two months ('YYYY-MM', both included). */
  async activityByUnitMonth(exec: Executor, from: string, to: string): Promise<UnitMonthActivity[]> {
    return queryRows<UnitMonthActivity>(
      exec,
      sql`select c.unit_id as "unitId", c.month, c.procedure_id as "procedureId", c.received, c.resolved, c.resolved_early as early,
            c.resolved_on_time as "onTime", c.late, c.online_submitted as online, c.payments_total as payments, c.paid_online as "paidOnline", c.digitized
          from dossier_monthly_counts c where c.month between ${from} and ${to}`,
    );
  },
  /** Every procedure of the catalogue with the unit that handles it now. */
  async procedureUnits(exec: Executor): Promise<Array<{ id: number; unitId: number }>> {
    return queryRows<{ id: number; unitId: number }>(exec, sql`select id, unit_id as "unitId" from procedures`);
  },
  /** Every procedure of the catalogue, with what the indicators read of it. */
  async procedureFacts(exec: Executor): Promise<ProcedureFacts[]> {
    return queryRows<ProcedureFacts>(
      exec,
      sql`select id, fee, online_level as "onlineLevel", online_payment as "onlinePayment", published, active from procedures`,
    );
  },
  /** The unit at the top of a scope (the root of the tree for the global scope), or null. */
  async topOfScope(exec: Executor, scopePath: string): Promise<Root | null> {
    const [top] = await queryRows<Root>(
      exec,
      sql`select id, name, path from org_units where path = ${scopePath} or (${scopePath} = '/' and parent_id is null) order by id limit 1`,
    );
    return top ?? null;
  },
};
