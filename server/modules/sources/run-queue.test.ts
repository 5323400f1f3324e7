// The run queue's guarantees, on both engines: a run is claimed by one worker only, a run whose worker died is
// taken over once its lease lapses, and the old worker can then neither renew nor finish it (so it writes nothing).
import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { buildApp } from '../../app';
import { dispatchSources, kickSourceWorker } from './run-worker';
import { LeaseLost, runRepository } from './run.repository';
import { createPullSource, startTestStandin } from './source-test-data';

const t = useTestApp();
let sourceId: number;

beforeEach(async () => {
  const standin = await startTestStandin({ count: 10 });
  sourceId = (await createPullSource(t, standin)).id;
  await standin.close();
});

describe('source run queue', () => {
  it('gives a run to one worker only, and one open run per source', async () => {
    const first = await runRepository.request(t.database.db, sourceId, 'manual', null, null);
    const again = await runRepository.request(t.database.db, sourceId, 'schedule', null, null);
    expect(again).toEqual({ run: first.run, created: false });
    const claims = await Promise.all(['a', 'b', 'c'].map((owner) => runRepository.claim(t.database.db, owner, 60_000)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await runRepository.claim(t.database.db, 'd', 60_000)).toBeNull();
  });

  it('lets another worker take over a run whose lease lapsed, and fences the old one out', async () => {
    await runRepository.request(t.database.db, sourceId, 'manual', null, null);
    const run = (await runRepository.claim(t.database.db, 'old', 60_000))!;
    await runRepository.renew(t.database.db, run.id, 'old', 60_000, { progress: { page: 3 } });
    // The old worker stalls; its lease lapses.
    await t.database.db.execute(sql`update source_runs set lease_until = now() - interval '1 second' where id = ${run.id}`);
    const taken = (await runRepository.claim(t.database.db, 'new', 60_000))!;
    expect(taken).toMatchObject({ id: run.id, leaseOwner: 'new', resumes: 1, progress: { page: 3 } });
    await expect(runRepository.renew(t.database.db, run.id, 'old', 60_000)).rejects.toBeInstanceOf(LeaseLost);
    expect(await runRepository.finish(t.database.db, run.id, 'old', 'failed', { error: 'trễ' })).toBe(false);
    expect(await runRepository.finish(t.database.db, run.id, 'new', 'succeeded')).toBe(true);
    expect((await runRepository.get(t.database.db, run.id))!.status).toBe('succeeded');
  });

  it('queues a scheduled run when it is due, and not twice; a source that does not answer fails the run', async () => {
    // The tick queues the run and wakes the worker itself, which may already have failed it by the next line:
    // so the test asks only that one run exists, then waits for the worker to be idle.
    await dispatchSources(t.app, new Date());
    expect(await runRepository.list(t.database.db, sourceId, 10)).toHaveLength(1);
    await kickSourceWorker(t.app);
    // The stand-in is gone: every retry meets a closed port, then the run fails and the Office hears of it.
    const [run] = await runRepository.list(t.database.db, sourceId, 10);
    expect(run).toMatchObject({ trigger: 'schedule', status: 'failed' });
    expect(run.error).toMatch(/^Hệ thống nguồn không trả lời được trang 1 sau 5 lần thử: POST \/auth: mất kết nối \(ECONNREFUSED\)\.$/);
    const notes = (await t.request({ method: 'GET', url: '/api/notifications', as: 'vanphong' })).json();
    expect(notes.items[0]).toMatchObject({ kind: 'source-run-failed', link: `/nguon-du-lieu/${sourceId}?run=${run.id}` });
    // Within the 15 minutes of its schedule, the next tick queues nothing.
    await dispatchSources(t.app, new Date());
    await kickSourceWorker(t.app);
    expect(await runRepository.list(t.database.db, sourceId, 10)).toHaveLength(1);
  });

  it('keeps the worker running when another server on the same database closes', async () => {
    // Two instances of cchc on one database: one shutting down must not stop the other's worker.
    const other = await buildApp(t.config, { database: t.database });
    await other.close();
    await runRepository.request(t.database.db, sourceId, 'manual', null, null);
    await kickSourceWorker(t.app);
    const [run] = await runRepository.list(t.database.db, sourceId, 10);
    expect(run).toMatchObject({ trigger: 'manual', status: 'failed' });
  });
});
