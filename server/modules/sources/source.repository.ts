// Queries of the sources feature: the sources themselves, what a run needs to check rows (catalogue, units in
// scope, desk dossiers it must not overwrite), the figures sources report and the register facts reconciliation
// compares them with.
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { ReconcileDossier } from '../../../domain/sources/index';
import { queryRows, type Executor } from '../../db/client';
import { orgUnits, procedures, sourceReportedCounts, sources, users } from '../../db/schema/index';
import { orgChangeRepository } from '../org-units/org-change.repository';
import type { RowLookup } from './row-check';

export type SourceRow = typeof sources.$inferSelect;
export type SourceWithUnit = SourceRow & { unitName: string; unitPath: string };

const withUnit = { unitName: orgUnits.name, unitPath: orgUnits.path };

export const sourceRepository = {
  async get(exec: Executor, id: number): Promise<SourceWithUnit | null> {
    const [row] = await exec
      .select({ s: sources, ...withUnit })
      .from(sources)
      .innerJoin(orgUnits, eq(orgUnits.id, sources.unitId))
      .where(eq(sources.id, id));
    return row ? { ...row.s, unitName: row.unitName, unitPath: row.unitPath } : null;
  },

  /** Sources whose unit lies in the scope (a path prefix). */
  async list(exec: Executor, scopePath: string): Promise<SourceWithUnit[]> {
    const rows = await exec
      .select({ s: sources, ...withUnit })
      .from(sources)
      .innerJoin(orgUnits, eq(orgUnits.id, sources.unitId))
      .where(sql`${orgUnits.path} like ${scopePath + '%'}`)
      .orderBy(asc(sources.name));
    return rows.map((r) => ({ ...r.s, unitName: r.unitName, unitPath: r.unitPath }));
  },

  async active(exec: Executor): Promise<SourceWithUnit[]> {
    return (await this.list(exec, '/')).filter((s) => s.active);
  },

  async insert(exec: Executor, values: typeof sources.$inferInsert): Promise<SourceRow> {
    const [row] = await exec.insert(sources).values(values).returning();
    return row;
  },

  async update(exec: Executor, id: number, values: Partial<typeof sources.$inferInsert>): Promise<void> {
    await exec
      .update(sources)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(sources.id, id));
  },

  async getByCode(exec: Executor, code: string): Promise<SourceRow | null> {
    const [row] = await exec.select().from(sources).where(eq(sources.code, code));
    return row ?? null;
  },

  /** The Office: the units of the CCHC officers (who hear of failed runs). */
  async officeUnitIds(exec: Executor): Promise<number[]> {
    const rows = await exec.selectDistinct({ unitId: users.unitId }).from(users).where(eq(users.role, 'cchc_officer'));
    return rows.map((r) => r.unitId);
  },

  async codeTaken(exec: Executor, code: string): Promise<boolean> {
    const [row] = await queryRows<{ n: number }>(exec, sql`select count(*)::int as n from sources where code = ${code}`);
    return row.n > 0;
  },

  /** The catalogue and the units of the subtree at `scopePath`. */
  async rowLookup(exec: Executor, scopePath: string): Promise<RowLookup> {
    const procs = await exec.select({ id: procedures.id, code: procedures.code, unitId: procedures.unitId }).from(procedures);
    // A procedure a change of the organisation gave to a successor was handled by the old unit before that date.
    const moves = await orgChangeRepository.movesOf(
      exec,
      'procedure',
      procs.map((p) => p.id),
    );
    const units = await exec
      .select({
        id: orgUnits.id,
        code: orgUnits.code,
        path: orgUnits.path,
        name: orgUnits.name,
        type: orgUnits.type,
        validFrom: orgUnits.validFrom,
        validTo: orgUnits.validTo,
      })
      .from(orgUnits);
    const inScope = units.filter((u) => u.path.startsWith(scopePath));
    return {
      procedures: new Map(procs.map((p) => [p.code, { unitId: p.unitId, moves: moves.get(p.id) ?? [] }])),
      unitCodes: new Map(units.map((u) => [u.id, u.code])),
      unitsInScope: new Set(inScope.map((u) => u.code.toLowerCase())),
      receivingUnits: new Map(inScope.map((u) => [u.code.toLowerCase(), u])),
    };
  },

  /** Codes among `codes` received at this system's own desk: an import never overwrites them. */
  async deskCodes(exec: Executor, codes: string[]): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const rows = await queryRows<{ code: string }>(
      exec,
      sql`select code from dossiers where source = 'officer' and code = any(array(select json_array_elements_text(${JSON.stringify(codes)}::json)))`,
    );
    return new Set(rows.map((r) => r.code));
  },

  async saveReportedCounts(exec: Executor, values: typeof sourceReportedCounts.$inferInsert): Promise<void> {
    await exec
      .insert(sourceReportedCounts)
      .values(values)
      .onConflictDoUpdate({
        target: [sourceReportedCounts.sourceId, sourceReportedCounts.month],
        set: {
          received: values.received,
          resolved: values.resolved,
          onTime: values.onTime,
          late: values.late,
          origin: values.origin,
          recordedBy: values.recordedBy ?? null,
          recordedAt: sql`now()`,
        },
      });
  },

  async reportedCounts(exec: Executor, sourceId: number, months: string[]) {
    if (months.length === 0) return [];
    return exec
      .select()
      .from(sourceReportedCounts)
      .where(sql`${sourceReportedCounts.sourceId} = ${sourceId} and ${inArray(sourceReportedCounts.month, months)}`);
  },

  /** Months with dossiers of the source or figures it reported, newest first. */
  async months(exec: Executor, sourceId: number, sourceCode: string): Promise<string[]> {
    const rows = await queryRows<{ month: string }>(
      exec,
      sql`select month from (
            select distinct substr(received_on, 1, 7) as month from dossiers where source = ${sourceCode}
            union select distinct substr(resolved_on, 1, 7) from dossiers where source = ${sourceCode} and resolved_on is not null
            union select month from source_reported_counts where source_id = ${sourceId}) m
          order by month desc limit 36`,
    );
    return rows.map((r) => r.month);
  },

  /**
   * The source's dossiers received or resolved in a month, with the due date the source itself sent (kept in the
   * dossier's last 'synced' history entry: the column may hold one cchc computed).
   */
  async reconcileFacts(exec: Executor, sourceCode: string, month: string): Promise<ReconcileDossier[]> {
    return queryRows<ReconcileDossier>(
      exec,
      sql`select d.code, d.state, d.received_on as "receivedOn", d.resolved_on as "resolvedOn", d.due_on as "dueOn",
            d.supplement_count as "supplementCount", d.timeliness,
            (select e.payload->>'dueOn' from dossier_events e where e.dossier_id = d.id and e.type = 'synced' order by e.seq desc limit 1) as "sourceDueOn"
          from dossiers d
          where d.source = ${sourceCode} and (d.received_on like ${month + '%'} or d.resolved_on like ${month + '%'})
          order by d.code`,
    );
  },

  /** Rows of the source refused at import whose code never reached the register, for a month. */
  async refusedRows(exec: Executor, sourceId: number, month: string) {
    return queryRows<{ code: string | null; month: string | null; message: string }>(
      exec,
      sql`select distinct on (coalesce(p.code, p.id::text)) p.code, p.month, coalesce(p.field || ': ', '') || p.message as message
          from source_run_problems p
          where p.source_id = ${sourceId} and p.month = ${month}
            and (p.code is null or not exists (select 1 from dossiers d where d.code = p.code))
          order by coalesce(p.code, p.id::text), p.id desc`,
    );
  },
};
