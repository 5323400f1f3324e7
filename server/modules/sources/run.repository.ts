// The job queue of source runs, in the database so it survives restarts and works the same on PGlite and
// PostgreSQL (docs/decisions/0017-source-runs-queue.md): a run is claimed with FOR UPDATE SKIP LOCKED and held by
// a lease; every page a run commits renews the lease in the same transaction and fails when another instance has
// taken the run over, so a stalled instance can never write after its lease has passed to someone else.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client';
import { sourceRunProblems, sourceRuns } from '../../db/schema/index';

export type RunRow = typeof sourceRuns.$inferSelect;

/** The run's worker no longer holds its lease: another instance took it over. Everything of the page rolls back. */
export class LeaseLost extends Error {
  constructor(runId: number) {
    super(`Lượt chạy ${runId} đã được một phiên bản khác của máy chủ tiếp quản.`);
    this.name = 'LeaseLost';
  }
}

const OPEN = ['queued', 'running'];

export const runRepository = {
  /** Queues a run unless the source has one open; returns the open run either way. */
  async request(
    exec: Executor,
    sourceId: number,
    trigger: string,
    requestedBy: number | null,
    cursorBefore: string | null,
  ): Promise<{ run: RunRow; created: boolean }> {
    const existing = await this.open(exec, sourceId);
    if (existing) return { run: existing, created: false };
    const [row] = await exec
      .insert(sourceRuns)
      .values({ sourceId, trigger, requestedBy, cursorBefore })
      // The partial unique index (one open run per source) decides a race between two requests.
      .onConflictDoNothing()
      .returning();
    if (row) return { run: row, created: true };
    return { run: (await this.open(exec, sourceId))!, created: false };
  },

  async open(exec: Executor, sourceId: number): Promise<RunRow | null> {
    const [row] = await exec
      .select()
      .from(sourceRuns)
      .where(and(eq(sourceRuns.sourceId, sourceId), inArray(sourceRuns.status, OPEN)))
      .limit(1);
    return row ?? null;
  },

  /**
   * Takes the oldest queued run, or a running one whose lease has lapsed (its worker died), for `owner`. A source
   * is never claimed twice: its one open run is locked by the claiming transaction and leased afterwards.
   */
  async claim(exec: Executor, owner: string, leaseMs: number): Promise<RunRow | null> {
    const rows = await queryRows<{ id: number }>(
      exec,
      sql`update source_runs r set status = 'running', lease_owner = ${owner}, lease_until = now() + ${`${leaseMs} milliseconds`}::interval,
            started_at = coalesce(r.started_at, now()), resumes = r.resumes + (case when r.status = 'running' then 1 else 0 end)
          where r.id = (select id from source_runs where status = 'queued' or (status = 'running' and lease_until < now())
                        order by id limit 1 for update skip locked)
          returning r.id`,
    );
    return rows[0] ? this.get(exec, Number(rows[0].id)) : null;
  },

  /** Renews the lease and records progress; throws LeaseLost when the run is no longer this owner's. */
  async renew(exec: Executor, runId: number, owner: string, leaseMs: number, patch: Partial<RunRow> = {}): Promise<void> {
    const rows = await exec
      .update(sourceRuns)
      .set({ ...patch, leaseUntil: sql`now() + ${`${leaseMs} milliseconds`}::interval` })
      .where(and(eq(sourceRuns.id, runId), eq(sourceRuns.leaseOwner, owner), eq(sourceRuns.status, 'running')))
      .returning({ id: sourceRuns.id });
    if (rows.length === 0) throw new LeaseLost(runId);
  },

  /** Adds a page's counts to the run (in the page's transaction). */
  async addCounts(exec: Executor, runId: number, c: { read: number; created: number; updated: number; unchanged: number; refused: number }): Promise<void> {
    await exec
      .update(sourceRuns)
      .set({
        rowsRead: sql`${sourceRuns.rowsRead} + ${c.read}`,
        rowsCreated: sql`${sourceRuns.rowsCreated} + ${c.created}`,
        rowsUpdated: sql`${sourceRuns.rowsUpdated} + ${c.updated}`,
        rowsUnchanged: sql`${sourceRuns.rowsUnchanged} + ${c.unchanged}`,
        rowsRefused: sql`${sourceRuns.rowsRefused} + ${c.refused}`,
      })
      .where(eq(sourceRuns.id, runId));
  },

  /** Ends the run (only its lease holder can); returns false when the run was no longer this owner's. */
  async finish(exec: Executor, runId: number, owner: string, status: 'succeeded' | 'failed', patch: Partial<RunRow> = {}): Promise<boolean> {
    const rows = await exec
      .update(sourceRuns)
      .set({ ...patch, status, finishedAt: sql`now()`, leaseOwner: null, leaseUntil: null })
      .where(and(eq(sourceRuns.id, runId), eq(sourceRuns.leaseOwner, owner), eq(sourceRuns.status, 'running')))
      .returning({ id: sourceRuns.id });
    return rows.length > 0;
  },

  /** Gives a run back to the queue at once (the server is shutting down): the next start resumes it. */
  async release(exec: Executor, runId: number, owner: string): Promise<void> {
    await exec
      .update(sourceRuns)
      .set({ leaseUntil: sql`now()` })
      .where(and(eq(sourceRuns.id, runId), eq(sourceRuns.leaseOwner, owner), eq(sourceRuns.status, 'running')));
  },

  async get(exec: Executor, runId: number): Promise<RunRow | null> {
    const [row] = await exec.select().from(sourceRuns).where(eq(sourceRuns.id, runId));
    return row ?? null;
  },

  async list(exec: Executor, sourceId: number, limit: number): Promise<RunRow[]> {
    return exec.select().from(sourceRuns).where(eq(sourceRuns.sourceId, sourceId)).orderBy(desc(sourceRuns.id)).limit(limit);
  },

  /** The last finished run and the open one of each source. */
  async latestBySource(exec: Executor, sourceIds: number[]): Promise<{ last: Map<number, RunRow>; open: Map<number, RunRow> }> {
    const last = new Map<number, RunRow>();
    const open = new Map<number, RunRow>();
    if (sourceIds.length === 0) return { last, open };
    const rows = await queryRows<{ id: number }>(
      exec,
      sql`select distinct on (source_id, status in ('queued', 'running')) id from source_runs
          where source_id in (${sql.join(
            sourceIds.map((id) => sql`${id}`),
            sql`, `,
          )})
          order by source_id, status in ('queued', 'running'), id desc`,
    );
    if (rows.length === 0) return { last, open };
    const runs = await exec
      .select()
      .from(sourceRuns)
      .where(
        inArray(
          sourceRuns.id,
          rows.map((r) => Number(r.id)),
        ),
      );
    for (const r of runs) (OPEN.includes(r.status) ? open : last).set(r.sourceId, r);
    return { last, open };
  },

  async addProblems(exec: Executor, rows: Array<typeof sourceRunProblems.$inferInsert>): Promise<void> {
    if (rows.length) await exec.insert(sourceRunProblems).values(rows);
  },

  async problems(exec: Executor, runId: number, limit: number): Promise<{ items: Array<typeof sourceRunProblems.$inferSelect>; total: number }> {
    const items = await exec.select().from(sourceRunProblems).where(eq(sourceRunProblems.runId, runId)).orderBy(sourceRunProblems.id).limit(limit);
    const [{ n }] = await queryRows<{ n: number }>(exec, sql`select count(*)::int as n from source_run_problems where run_id = ${runId}`);
    return { items, total: n };
  },
};
