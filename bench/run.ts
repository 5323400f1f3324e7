// npm run bench: import throughput against PostgreSQL's own COPY of the same rows, and the 766 dashboard query
// (monthly counters) against a naive GROUP BY over the raw register, on a throwaway PostgreSQL and on PGlite.
// Default scale is short (20k imported rows, 100k dossiers); BENCH_SCALE=full uses 100k and 1M.
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { migrationsFolder, queryRows, type Db } from '../server/db/client';
import * as schema from '../server/db/schema/index';
import { seedOrgAndUsers } from '../server/demo/seed-demo';
import { importDossiers } from '../server/modules/dossiers/dossier-import.service';
import { EDUCATION_PROCEDURES } from '../server/modules/dossiers/procedure-catalogue';
import type { Actor } from '../server/auth/permissions';
import { importRows } from './generate';
import { startPgCluster } from './pg-cluster';
import { DASHBOARD_QUERY, NAIVE_QUERY, fillRegister } from './dashboard';
import { benchConnector } from './connector';

const FULL = process.env.BENCH_SCALE === 'full';
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? (FULL ? 100_000 : 20_000));
const DASHBOARD_ROWS = Number(process.env.BENCH_DOSSIERS ?? (FULL ? 1_000_000 : 100_000));
const REPEAT = 5;
/** BENCH_ONLY=import, dashboard or connector runs one part (the others are reported as skipped). */
const ONLY = process.env.BENCH_ONLY;
/** Dossiers pulled through the source connector (issue 13): 100,000 at full scale. */
const CONNECTOR_ROWS = Number(process.env.BENCH_CONNECTOR_ROWS ?? (FULL ? 100_000 : 20_000));
const ADMIN: Actor = { userId: 1, username: 'admin', fullName: 'Benchmark', role: 'admin', unitId: 1, unitPath: '/1/', scopePath: '/' };
const COPY_COLUMNS =
  'code, procedure_id, unit_id, applicant_name, applicant_phone, channel, state, received_on, resolved_on, returned_on, return_channel, supplement_count, digitized, paid_online, electronic_routing, apology_issued, source';

interface Engine {
  name: 'postgres' | 'pglite';
  db: Db;
  /** COPY of a CSV text into a table, the engine's own bulk path. */
  copy(table: string, csv: string): Promise<void>;
  close(): Promise<void>;
}

async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function prepare(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    const { unitIds } = await seedOrgAndUsers(tx);
    await tx.insert(schema.procedures).values(EDUCATION_PROCEDURES.map(({ unitCode, ...p }) => ({ ...p, unitId: unitIds.get(unitCode)! })));
  });
}

/** The same rows as CSV in the register's columns, with codes resolved to ids (what COPY can load directly). */
async function copyCsv(db: Db): Promise<string> {
  const procs = new Map((await queryRows<{ id: number; code: string }>(db, sql`select id, code from procedures`)).map((p) => [p.code, p.id]));
  const units = new Map((await queryRows<{ id: number; code: string }>(db, sql`select id, code from org_units`)).map((u) => [u.code, u.id]));
  const lines: string[] = [];
  for (const r of importRows(IMPORT_ROWS)) {
    const v = r as Record<string, string | number | boolean>;
    lines.push(
      [
        v.code,
        procs.get(String(v.procedureCode)),
        units.get(String(v.unitCode)),
        `"${v.applicantName}"`,
        v.applicantPhone,
        v.channel,
        v.state,
        v.receivedOn,
        v.resolvedOn,
        v.returnedOn,
        v.returnChannel,
        v.supplementCount,
        v.digitized,
        v.paidOnline,
        v.electronicRouting,
        v.apologyIssued,
        'bench',
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}

async function benchImport(engine: Engine) {
  const csv = await copyCsv(engine.db);
  await engine.db.execute(sql.raw('create table copy_target (like dossiers including all)'));
  const copy = await time(() => engine.copy('copy_target', csv));
  await engine.db.execute(sql.raw('drop table copy_target'));
  // The rows are made before the clock starts, as COPY's CSV is: both sides time loading, not generating.
  const rows = [...importRows(IMPORT_ROWS)].map((raw, i) => ({ row: i + 2, raw }));
  const imported = await time(() => importDossiers(engine.db, ADMIN, 'bench', rows));
  const again = await time(() => importDossiers(engine.db, ADMIN, 'bench', rows));
  return {
    rows: IMPORT_ROWS,
    copyMs: Math.round(copy.ms),
    importMs: Math.round(imported.ms),
    reimportUnchangedMs: Math.round(again.ms),
    copyRowsPerSec: Math.round(IMPORT_ROWS / (copy.ms / 1000)),
    importRowsPerSec: Math.round(IMPORT_ROWS / (imported.ms / 1000)),
    importVsCopy: Math.round((copy.ms / imported.ms) * 1000) / 1000,
    result: imported.value,
    reimport: again.value,
  };
}

async function benchDashboard(engine: Engine) {
  await engine.db.execute(sql.raw('truncate dossiers, dossier_events, dossier_monthly_counts'));
  const fill = await time(() => fillRegister(engine.db, DASHBOARD_ROWS));
  const dash: number[] = [];
  const naive: number[] = [];
  let same = true;
  for (let i = 0; i < REPEAT; i++) {
    const a = await time(() => queryRows<Record<string, number | string>>(engine.db, DASHBOARD_QUERY));
    const b = await time(() => queryRows<Record<string, number | string>>(engine.db, NAIVE_QUERY));
    dash.push(a.ms);
    naive.push(b.ms);
    same = same && JSON.stringify(a.value) === JSON.stringify(b.value);
  }
  return {
    dossiers: DASHBOARD_ROWS,
    fillMs: Math.round(fill.ms),
    dashboardMs: Math.round(median(dash) * 100) / 100,
    naiveMs: Math.round(median(naive) * 100) / 100,
    speedup: Math.round((median(naive) / median(dash)) * 10) / 10,
    sameAnswer: same,
  };
}

async function postgresEngine(url: string): Promise<Engine> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  await migratePg(db as never, { migrationsFolder });
  return {
    name: 'postgres',
    db,
    async copy(table, csv) {
      // Server-side COPY from a file the server can read: PostgreSQL's own fastest path.
      const file = join('/tmp', `cchc-bench-${process.pid}.csv`);
      writeFileSync(file, csv, { mode: 0o644 });
      try {
        await pool.query(`copy ${table} (${COPY_COLUMNS}) from '${file}' with (format csv, null '')`);
      } finally {
        rmSync(file, { force: true });
      }
    },
    close: () => pool.end(),
  };
}

async function pgliteEngine(): Promise<Engine> {
  const client = new PGlite();
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder });
  return {
    name: 'pglite',
    db,
    async copy(table, csv) {
      await client.query(`copy ${table} (${COPY_COLUMNS}) from '/dev/blob' with (format csv, null '')`, [], { blob: new Blob([csv]) });
    },
    close: () => client.close(),
  };
}

async function main() {
  console.log(
    `Benchmark: import ${IMPORT_ROWS.toLocaleString('en')} rows, dashboard over ${DASHBOARD_ROWS.toLocaleString('en')} dossiers${FULL ? ' (full scale)' : ''}.`,
  );
  const cluster = await startPgCluster();
  if (!cluster) console.log('PostgreSQL (initdb) not found: only the PGlite column runs. Install: apt-get install -y postgresql');
  const results: Record<string, unknown> = { at: new Date().toISOString(), scale: FULL ? 'full' : 'short' };
  try {
    const engines: Array<() => Promise<Engine>> = [...(cluster ? [() => postgresEngine(cluster.url)] : []), pgliteEngine];
    for (const open of engines) {
      const engine = await open();
      await prepare(engine.db);
      const result: Record<string, unknown> = {};
      if (!ONLY || ONLY === 'import') {
        console.log(`\n[${engine.name}] import …`);
        const imp = await benchImport(engine);
        console.log(
          `[${engine.name}] import ${imp.importRowsPerSec}/s vs COPY ${imp.copyRowsPerSec}/s → ${(imp.importVsCopy * 100).toFixed(1)}% of COPY (aim ≥ 50%); re-import unchanged ${imp.reimportUnchangedMs} ms`,
        );
        result.import = imp;
      }
      if (!ONLY || ONLY === 'dashboard') {
        console.log(`[${engine.name}] dashboard …`);
        const dash = await benchDashboard(engine);
        console.log(
          `[${engine.name}] dashboard ${dash.dashboardMs} ms vs naive GROUP BY ${dash.naiveMs} ms → ${dash.speedup}× (aim ≥ 20×), same answer: ${dash.sameAnswer}`,
        );
        result.dashboard = dash;
      }
      if (!ONLY || ONLY === 'connector') {
        console.log(`[${engine.name}] connector pull of ${CONNECTOR_ROWS.toLocaleString('en')} dossiers …`);
        const pull = await benchConnector(engine.db, CONNECTOR_ROWS);
        console.log(
          `[${engine.name}] connector pull ${pull.pullRowsPerSec}/s vs file import ${pull.fileImportRowsPerSec}/s of the same dossiers → ${(pull.pullVsFileImport * 100).toFixed(1)}% of the file import`,
        );
        result.connector = pull;
      }
      results[engine.name] = result;
      await engine.close();
    }
  } finally {
    cluster?.stop();
  }
  const dir = join(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${results.at as string}.json`.replaceAll(':', '-'));
  writeFileSync(file, JSON.stringify(results, null, 2));
  console.log(`\nResults: ${file}`);
}

await main();
