// The two queries the benchmark compares, and a fast SQL fill of the register with its counters.
import { sql } from 'drizzle-orm';
import type { Db } from '../server/db/client';

/** What the dashboard reads (dossier.stats): a few counter rows per unit and month. */
export const DASHBOARD_QUERY = sql`select c.month, sum(c.received)::int as received, sum(c.resolved)::int as resolved,
    sum(c.resolved_early)::int as early, sum(c.resolved_on_time)::int as "onTime", sum(c.late)::int as late
  from dossier_monthly_counts c join org_units u on u.id = c.unit_id
  where u.path like '/%'
  group by c.month having sum(c.received) + sum(c.resolved) > 0 order by c.month`;

/** The same figures computed the naive way: a GROUP BY over every dossier of the register. */
export const NAIVE_QUERY = sql`select month, sum(received)::int as received, sum(resolved)::int as resolved, sum(early)::int as early,
    sum(on_time)::int as "onTime", sum(late)::int as late
  from (
    select substr(d.received_on, 1, 7) as month, 1 as received, 0 as resolved, 0 as early, 0 as on_time, 0 as late
      from dossiers d join org_units u on u.id = d.unit_id where u.path like '/%'
    union all
    select substr(d.resolved_on, 1, 7), 0, 1, (d.timeliness = 'early')::int, (d.timeliness = 'on-time')::int, (d.timeliness = 'late')::int
      from dossiers d join org_units u on u.id = d.unit_id where u.path like '/%' and d.resolved_on is not null
  ) x group by month order by month`;

/**
 * Fills the register with n synthetic dossiers in SQL (generate_series), then the counters with the sum of
 * the per-dossier contributions the application adds on every write (domain/dossiers/monthly-counts.ts);
 * the benchmark checks both queries give the same answer.
 */
export async function fillRegister(db: Db, n: number): Promise<void> {
  await db.execute(sql`insert into dossiers (code, procedure_id, unit_id, applicant_name, applicant_phone, channel, state, received_on, due_on, resolved_on, returned_on, timeliness, source)
    select 'GEN-' || g, p.id, p.unit_id, 'Người nộp', '0900000000', 1 + g % 3,
      case when g % 7 = 0 then 4 else 10 end,
      to_char(date '2023-01-01' + (g % 1000), 'YYYY-MM-DD'),
      to_char(date '2023-01-01' + (g % 1000) + 7, 'YYYY-MM-DD'),
      case when g % 7 = 0 then null else to_char(date '2023-01-01' + (g % 1000) + (g % 11), 'YYYY-MM-DD') end,
      case when g % 7 = 0 then null else to_char(date '2023-01-01' + (g % 1000) + (g % 11), 'YYYY-MM-DD') end,
      case when g % 7 = 0 then null when g % 11 < 7 then 'early' when g % 11 = 7 then 'on-time' else 'late' end,
      'bench'
    from generate_series(1, ${n}) g
    join (select id, unit_id, row_number() over (order by id) - 1 as k, count(*) over () as total from procedures) p on p.k = g % p.total`);
  await db.execute(sql`insert into dossier_monthly_counts (unit_id, procedure_id, month, received, resolved, resolved_early, resolved_on_time, late)
    select unit_id, procedure_id, month, sum(received), sum(resolved), sum(early), sum(on_time), sum(late) from (
      select unit_id, procedure_id, substr(received_on, 1, 7) as month, 1 as received, 0 as resolved, 0 as early, 0 as on_time, 0 as late from dossiers
      union all
      select unit_id, procedure_id, substr(resolved_on, 1, 7), 0, 1, (timeliness = 'early')::int, (timeliness = 'on-time')::int, (timeliness = 'late')::int from dossiers where resolved_on is not null
    ) x group by unit_id, procedure_id, month`);
  await db.execute(sql.raw('analyze'));
}
