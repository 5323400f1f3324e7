// The worker that takes source runs off the queue, one at a time per server instance, and the scheduler job that
// queues runs when they are due (and when files wait in an inbox). Runs started by a person ("chạy ngay", an
// upload) wake the worker at once. Failures are recorded on the run and notified to the Office.
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { isRunDue, parseSourceMoment, type SourceSchedule } from '../../../domain/sources/index';
import type { Database } from '../../db/client';
import { DomainError } from '../../errors';
import { executeFileRun, fileOfRun, inboxDir, setFileAside, waitingFiles } from './file-run';
import { SourceCallError } from './pull-client';
import { executePullRun } from './pull-run';
import { notifyRunFailed } from './run-notify';
import type { RunContext } from './run-batch';
import { LeaseLost, runRepository, type RunRow } from './run.repository';
import { sourceRepository } from './source.repository';

interface WorkerState {
  owner: string;
  leaseMs: number;
  abort: AbortController;
  loop: Promise<void> | null;
  again: boolean;
  /** Servers on this database that use the worker (a test may open a second app on the same database). */
  servers: number;
}

const workers = new WeakMap<Database, WorkerState>();
const DEFAULT_LEASE_MS = 60_000;

function stateOf(app: FastifyInstance): WorkerState {
  let state = workers.get(app.database);
  if (!state) {
    state = {
      owner: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
      leaseMs: DEFAULT_LEASE_MS,
      abort: new AbortController(),
      loop: null,
      again: false,
      servers: 0,
    };
    workers.set(app.database, state);
  }
  return state;
}

/** Tunes the worker (tests shorten the lease to see a killed run taken over quickly). */
export function configureSourceWorker(app: FastifyInstance, opts: { leaseMs?: number }): void {
  if (opts.leaseMs) stateOf(app).leaseMs = opts.leaseMs;
}

/**
 * Wakes the worker: it claims queued runs (and runs whose worker died) until none is left. Resolves when the
 * worker is idle again; a wake-up during a run makes it look once more before stopping.
 */
export function kickSourceWorker(app: FastifyInstance): Promise<void> {
  const state = stateOf(app);
  if (state.abort.signal.aborted) return Promise.resolve();
  if (state.loop) {
    state.again = true;
    return state.loop;
  }
  state.loop = (async () => {
    try {
      for (;;) {
        if (state.abort.signal.aborted) return;
        const run = await runRepository.claim(app.db, state.owner, state.leaseMs);
        if (!run) {
          if (!state.again) return;
          state.again = false;
          continue;
        }
        await executeRun(app, state, run);
      }
    } catch (error) {
      app.log.error({ err: error }, 'source worker stopped');
    } finally {
      state.loop = null;
    }
  })();
  return state.loop;
}

/** Ties the worker to a server: it stops when the last server on its database closes. */
export function attachSourceWorker(app: FastifyInstance): void {
  stateOf(app).servers += 1;
  app.addHook('onClose', async () => stopSourceWorker(app));
}

/**
 * Stops the worker (server shutdown): the run in progress gives back its lease and resumes on the next start.
 * While another server still uses the same database, closing one leaves the worker running for the others.
 */
export async function stopSourceWorker(app: FastifyInstance): Promise<void> {
  const state = workers.get(app.database);
  if (!state) return;
  state.servers -= 1;
  if (state.servers > 0) return;
  workers.delete(app.database);
  state.abort.abort(new Error('Máy chủ dừng.'));
  await state.loop?.catch(() => undefined);
}

async function executeRun(app: FastifyInstance, state: WorkerState, run: RunRow): Promise<void> {
  const ctx: RunContext = {
    db: app.db,
    secret: app.config.sessionSecret,
    dataDir: app.config.dataDir,
    owner: state.owner,
    leaseMs: state.leaseMs,
    signal: state.abort.signal,
    log: app.log,
  };
  const source = await sourceRepository.get(app.db, run.sourceId);
  if (!source) {
    await runRepository.finish(app.db, run.id, state.owner, 'failed', { error: 'Nguồn dữ liệu không còn.' });
    return;
  }
  const file = source.kind === 'file' ? fileOfRun(app.config.dataDir, run, source) : null;
  try {
    if (source.kind === 'pull') {
      const { cursor } = await executePullRun(ctx, run, source);
      await app.db.transaction(async (tx) => {
        if (!(await runRepository.finish(tx, run.id, state.owner, 'succeeded', { cursorAfter: cursor }))) throw new LeaseLost(run.id);
        await sourceRepository.update(tx, source.id, { cursor, dataUntil: localText(cursor) ?? source.dataUntil });
      });
      return;
    }
    // Nothing waits (a run asked for by hand, or the file was taken away): the run ends with nothing read.
    const result = file ? await executeFileRun(ctx, run, source, file) : null;
    await app.db.transaction(async (tx) => {
      if (!(await runRepository.finish(tx, run.id, state.owner, 'succeeded', { cursorAfter: file ?? source.cursor, fileName: file })))
        throw new LeaseLost(run.id);
      if (file && result) await sourceRepository.update(tx, source.id, { cursor: file, dataUntil: localText(result.dataUntil) });
    });
    // The next file waiting gets a run of its own (its own counts and errors).
    if (file && waitingFiles(inboxDir(app.config.dataDir, source.code)).length) {
      await runRepository.request(app.db, source.id, 'file', null, file);
      state.again = true;
    }
  } catch (error) {
    if (error instanceof LeaseLost) {
      app.log.warn({ run: run.id, source: source.code }, error.message);
      return;
    }
    if (state.abort.signal.aborted) {
      await runRepository.release(app.db, run.id, state.owner).catch(() => undefined);
      return;
    }
    const known = error instanceof SourceCallError || error instanceof DomainError;
    if (!known) app.log.error({ err: error, run: run.id, source: source.code }, 'source run failed');
    const message = known ? error.message : `Lỗi không mong đợi khi chạy nguồn (${(error as Error).message ?? String(error)}); xem nhật ký máy chủ.`;
    await app.db.transaction(async (tx) => {
      if (await runRepository.finish(tx, run.id, state.owner, 'failed', { error: message, fileName: file })) await notifyRunFailed(tx, source, run.id, message);
    });
    if (source.kind === 'file' && file && error instanceof DomainError) setFileAside(app.config.dataDir, source.code, file);
  }
}

/** 'yyyyMMddHHmmss' → 'YYYY-MM-DD HH:MM:SS', how the source's data age is stored. */
function localText(portal: string | null): string | null {
  const m = portal ? parseSourceMoment(portal) : null;
  return m && m !== 'invalid' ? `${m.date} ${m.time ?? '00:00:00'}` : null;
}

/** Scheduler job: queues the runs that are due and the files waiting in inboxes, then wakes the worker. */
export async function dispatchSources(app: FastifyInstance, now: Date): Promise<void> {
  const active = await sourceRepository.active(app.db);
  const { last, open } = await runRepository.latestBySource(
    app.db,
    active.map((s) => s.id),
  );
  for (const source of active) {
    if (open.has(source.id)) continue;
    const schedule = source.schedule as SourceSchedule;
    const lastQueued = last.get(source.id)?.queuedAt.getTime() ?? null;
    if (source.kind === 'pull' && isRunDue(schedule, lastQueued, now.getTime()))
      await runRepository.request(app.db, source.id, 'schedule', null, source.cursor);
    if (source.kind === 'file' && schedule.kind !== 'manual' && waitingFiles(inboxDir(app.config.dataDir, source.code)).length) {
      await runRepository.request(app.db, source.id, 'file', null, source.cursor);
    }
  }
  // Not awaited: a long run must not hold up the scheduler's other jobs.
  void kickSourceWorker(app);
}
