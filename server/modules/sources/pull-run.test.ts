// A pull against the stand-in one-stop system, on the real import and database: idempotent, incremental by the
// source's clock, one history entry per change, malformed records refused alone, slow and failing answers retried.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { queryRows } from '../../db/client';
import { seedCatalogue } from '../dossiers/dossier-test-data';
import { createPullSource, runNowAndWait, startTestStandin } from './source-test-data';
import type { OneStopStandin } from './standin/one-stop-server';

const t = useTestApp();
let standin: OneStopStandin;

beforeAll(async () => {
  standin = await startTestStandin({ count: 3000, malformedEvery: 500 });
});
afterAll(() => standin.close());
beforeEach(async () => {
  await seedCatalogue(t);
});

async function register() {
  return queryRows<{ code: string; state: number; events: number }>(
    t.database.db,
    sql`select d.code, d.state, (select count(*)::int from dossier_events e where e.dossier_id = d.id) as events from dossiers d order by d.code`,
  );
}

describe('pull from the one-stop system', () => {
  it('fills the register, refuses malformed records by row and field, and changes nothing when run again', async () => {
    const source = await createPullSource(t, standin);
    const first = await runNowAndWait(t, source.id);
    const wellFormed = standin.store.wellFormed();
    expect(first).toMatchObject({
      status: 'succeeded',
      rowsRead: 3000,
      rowsCreated: wellFormed.length,
      rowsUpdated: 0,
      rowsRefused: 3000 - wellFormed.length,
      cursorBefore: null,
      cursorAfter: '20250331100000',
    });
    const stored = await register();
    expect(stored.map((d) => d.code)).toEqual(wellFormed.map((d) => d.record.MaHoSo));
    expect(stored.map((d) => d.state)).toEqual(wellFormed.map((d) => Number(d.record.TrangThaiHoSo)));
    expect(stored.every((d) => d.events === 1)).toBe(true);

    const detail = (await t.request({ method: 'GET', url: `/api/sources/${source.id}/runs/${first.id}`, as: 'vanphong' })).json();
    expect(detail.problemsTotal).toBe(6);
    expect(detail.problems.map((p: { field: string }) => p.field)).toEqual(
      expect.arrayContaining(["'NgayTiepNhan' (ngày tiếp nhận)", "'MaTTHC' (mã thủ tục)", "'TrangThaiHoSo' (trạng thái)", "'SoDienThoai' (số điện thoại)"]),
    );
    expect(detail.problems[0].ref).toMatch(/^Trang \d+, bản ghi \d+$/);

    const second = await runNowAndWait(t, source.id);
    expect(second).toMatchObject({ status: 'succeeded', rowsCreated: 0, rowsUpdated: 0, cursorBefore: '20250331100000', cursorAfter: '20250331100000' });
    expect(await register()).toEqual(stored);
    const view = (await t.request({ method: 'GET', url: `/api/sources/${source.id}`, as: 'lanhdao' })).json();
    expect(view.dataUntil).toEqual({ date: '2025-03-31', time: '10:00:00' });

    // The source's own March figures beside cchc's: every difference comes with the dossiers that cause it.
    const rec = (await t.request({ method: 'GET', url: `/api/sources/${source.id}/reconciliation?month=2025-03`, as: 'lanhdao' })).json();
    expect(rec.months.slice(0, 3)).toEqual(['2025-03', '2025-02', '2025-01']);
    expect(rec.reported.origin).toBe('endpoint');
    const line = (key: string) => rec.lines.find((l: { key: string }) => l.key === key);
    const reported = standin.store.monthly('202503');
    expect(line('received').reported).toBe(reported.TiepNhan);
    expect(line('received').difference).toBeGreaterThan(0);
    expect(line('received')).toMatchObject({ unexplained: 0 });
    expect(line('received').causes.every((c: { reason: string }) => c.reason.startsWith('không nhập được'))).toBe(true);
    // The source counts a dossier resolved by its due date as on time even after two supplement requests; 766 does not.
    expect(line('onTime').difference).toBeGreaterThan(0);
    expect(line('onTime')).toMatchObject({ unexplained: 0 });
    expect(line('onTime').causes.every((c: { reason: string }) => c.reason.startsWith('yêu cầu bổ sung 2 lần'))).toBe(true);
    // A refused record the source counts as resolved stays unexplained here: its resolution month was never read.
    expect(line('late').difference).toBe(line('resolved').difference - line('onTime').difference);
    expect(line('late').unexplained).toBe(line('resolved').difference);
  });

  it('brings a state change with one new history entry, reading only what changed since the cursor', async () => {
    const source = await createPullSource(t, standin, { code: 'igate-hp-2' });
    await runNowAndWait(t, source.id);
    const target = standin.store.wellFormed().find((d) => d.record.TrangThaiHoSo === '4')!;
    const code = String(target.record.MaHoSo);
    standin.store.advance(15 * 60_000);
    standin.store.resolve(code);
    const [fresh] = standin.store.receive(1);
    const run = await runNowAndWait(t, source.id);
    expect(run).toMatchObject({ status: 'succeeded', rowsCreated: 1, rowsUpdated: 1, cursorBefore: '20250331100000', cursorAfter: '20250331101500' });
    // Only the dossiers changed since the cursor (same second included) come back.
    expect(run.rowsRead).toBeLessThan(50);
    const [d] = await queryRows<{ state: number; resolved_on: string; events: number }>(
      t.database.db,
      sql`select state, resolved_on, (select count(*)::int from dossier_events e where e.dossier_id = d.id) as events from dossiers d where code = ${code}`,
    );
    expect(d).toEqual({ state: 9, resolved_on: '2025-03-31', events: 2 });
    expect((await register()).some((r) => r.code === fresh)).toBe(true);
  });

  it('retries a slow source, a 500 and a page cut off mid-answer, and loses nothing', async () => {
    const source = await createPullSource(t, standin, { code: 'igate-hp-3' });
    standin.faults.delayMs = 30;
    standin.faults.fail500.add(2);
    standin.faults.cut.add(4);
    const before = standin.requests.get('/hoso') ?? 0;
    try {
      const run = await runNowAndWait(t, source.id);
      expect(run).toMatchObject({ status: 'succeeded', rowsCreated: standin.store.wellFormed().length });
      // Every page once, plus the retried 500 and the retried cut-off page.
      expect((standin.requests.get('/hoso') ?? 0) - before).toBe(Math.ceil(standin.store.all().length / 500) + 2);
    } finally {
      standin.faults.delayMs = 0;
    }
  });
});
