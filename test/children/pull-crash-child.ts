// Child process of pull-crash.test.ts: the cchc side of a pull against the stand-in (which runs in the parent),
// on an on-disk PGlite database (or the PostgreSQL database of DATABASE_URL), so the parent can kill it with
// SIGKILL in the middle of a run and start it again.
// Usage: tsx pull-crash-child.ts <dataDir> setup <standinUrl> <username> <password> | run | resume
import { sql } from 'drizzle-orm';
import { PORTAL_PULL_PRESET } from '../../contracts/sources';
import { buildApp } from '../../server/app';
import type { Actor } from '../../server/auth/permissions';
import { loadConfig } from '../../server/config';
import { openDatabase, queryRows } from '../../server/db/client';
import { procedures } from '../../server/db/schema/index';
import { seedOrgAndUsers } from '../../server/demo/seed-demo';
import { EDUCATION_PROCEDURES } from '../../server/modules/dossiers/procedure-catalogue';
import { configureSourceWorker, kickSourceWorker } from '../../server/modules/sources/run-worker';
import { runRepository } from '../../server/modules/sources/run.repository';
import { createSource } from '../../server/modules/sources/source.service';
import { standinConfigFor } from '../../server/modules/sources/standin/standin-config';

const [dataDir, mode, url, username, password] = process.argv.slice(2);
const LEASE_MS = 1500;
const databaseUrl = process.env.DATABASE_URL ?? null;
const database = await openDatabase({ databaseUrl, dataDir });
const config = loadConfig({}, { dataDir, databaseUrl, logLevel: 'silent', serveWeb: false, sessionSecret: 'crash-secret-crash-secret-crash-secret-1' });
const out = (value: unknown) => process.stdout.write(JSON.stringify(value) + '\n');

if (mode === 'setup') {
  await database.migrate();
  const { unitIds, userIds } = await database.db.transaction(async (tx) => {
    const ids = await seedOrgAndUsers(tx);
    await tx.insert(procedures).values(EDUCATION_PROCEDURES.map(({ unitCode, ...p }) => ({ ...p, unitId: ids.unitIds.get(unitCode)! })));
    return ids;
  });
  const officer: Actor = {
    userId: userIds.get('vanphong')!,
    username: 'vanphong',
    fullName: 'Văn phòng',
    role: 'cchc_officer',
    unitId: unitIds.get('VP')!,
    unitPath: '/',
    scopePath: '/',
  };
  const source = await createSource(database.db, officer, config.sessionSecret, dataDir, {
    kind: 'pull',
    name: 'Một cửa tỉnh',
    code: 'igate-crash',
    unitId: unitIds.get('SGDDT')!,
    schedule: { kind: 'manual' },
    active: true,
    config: standinConfigFor(url, { list: { ...PORTAL_PULL_PRESET.list, pageSize: 200 }, retryBaseMs: 10 }),
    credentials: { username, password },
  });
  await runRepository.request(database.db, source.id, 'schedule', null, null);
  out({ source: source.id });
} else {
  const app = await buildApp(config, { database });
  configureSourceWorker(app, { leaseMs: LEASE_MS });
  if (mode === 'run') {
    // Tell the parent how far the run is, so it can kill the process between two pages.
    const timer = setInterval(async () => {
      const [r] = await queryRows<{ page: number | null }>(database.db, sql`select (progress->>'page')::int as page from source_runs order by id desc limit 1`);
      out({ page: r?.page ?? 0 });
    }, 50);
    await kickSourceWorker(app);
    clearInterval(timer);
  } else {
    // The killed run's lease has to lapse before another worker may take it over.
    await new Promise((r) => setTimeout(r, LEASE_MS + 500));
    await kickSourceWorker(app);
  }
  const runs = await queryRows(
    database.db,
    sql`select status, resumes, cursor_before as "cursorBefore", cursor_after as "cursorAfter", rows_created as "rowsCreated", rows_refused as "rowsRefused", error from source_runs order by id`,
  );
  const [counts] = await queryRows<{ events: number; distinct: number; cursor: string | null }>(
    database.db,
    sql`select (select count(*)::int from dossier_events) as events, (select count(distinct code)::int from dossiers) as "distinct", (select cursor from sources limit 1) as cursor`,
  );
  const register = await queryRows<{ code: string; state: number }>(database.db, sql`select code, state from dossiers order by code`);
  out({ done: true, runs, ...counts, register: register.map((d) => `${d.code}:${d.state}`) });
  await app.close();
}
await database.close();
