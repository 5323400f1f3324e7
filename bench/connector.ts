// The connector's throughput: a pull of N dossiers from the stand-in one-stop system (HTTP pages, history calls,
// mapping, row checks, the bulk import, progress committed per page), beside the existing file import of the same
// dossiers from a CSV file, in the same run on the same engine. The pull costs what the import costs plus the
// HTTP, JSON and checks of each page; the ratio says how much that is.
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PORTAL_PULL_PRESET } from '../contracts/sources';
import { PORTAL_MAPPING, parseSourceMoment } from '../domain/sources/index';
import type { Actor } from '../server/auth/permissions';
import { queryRows, type Db } from '../server/db/client';
import { sources } from '../server/db/schema/index';
import { csvRows } from '../server/modules/dossiers/dossier-import-files';
import { importDossiers } from '../server/modules/dossiers/dossier-import.service';
import { EDUCATION_PROCEDURES } from '../server/modules/dossiers/procedure-catalogue';
import { sealCredentials } from '../server/modules/sources/credentials';
import { executePullRun } from '../server/modules/sources/pull-run';
import { runRepository } from '../server/modules/sources/run.repository';
import { sourceRepository } from '../server/modules/sources/source.repository';
import { startOneStopStandin } from '../server/modules/sources/standin/one-stop-server';
import type { StandinDossier } from '../server/modules/sources/standin/one-stop-data';

const SECRET = 'bench-secret-bench-secret-bench-secret-1';
const ADMIN: Actor = { userId: 1, username: 'admin', fullName: 'Benchmark', role: 'admin', unitId: 1, unitPath: '/1/', scopePath: '/' };
const silent = { warn() {}, error() {}, info() {}, debug() {} } as unknown as FastifyBaseLogger;

async function emptyRegister(db: Db): Promise<void> {
  await db.execute(sql.raw('truncate dossiers, dossier_events, dossier_monthly_counts, sources, source_runs, source_run_problems, source_reported_counts'));
}

/** The stand-in's dossiers in the import layout (IMPORT.md), as the CSV a person would upload. */
function importCsv(dossiers: StandinDossier[], unitOf: Map<string, string>): string {
  const date = (v: unknown) => {
    const m = parseSourceMoment(v);
    return m && m !== 'invalid' ? m.date : '';
  };
  const lines = [
    'code,procedureCode,unitCode,applicantName,applicantPhone,channel,state,receivedOn,dueOn,resolvedOn,returnedOn,supplementCount,digitized,paidOnline',
  ];
  for (const { record: r, history } of dossiers) {
    const supplements = history.filter((h) => h.TrangThai === '5').length;
    lines.push(
      [
        r.MaHoSo,
        r.MaTTHC,
        unitOf.get(String(r.MaTTHC)),
        r.ChuHoSo,
        r.SoDienThoai,
        r.KenhThucHien,
        r.TrangThaiHoSo,
        date(r.NgayTiepNhan),
        date(r.NgayHenTra),
        date(r.NgayKetThucXuLy),
        date(r.NgayTra),
        supplements,
        r.DanhSachGiayToKetQua ? 1 : 0,
        r.DuocThanhToanTrucTuyen === '0' ? 0 : 1,
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}

/** Pulls `rows` dossiers through the connector, then imports the same dossiers from a CSV file; rows/s of each. */
export async function benchConnector(db: Db, rows: number) {
  const standin = await startOneStopStandin({
    count: rows,
    now: Date.UTC(2025, 11, 31, 3, 0, 0),
    spanDays: 700,
    procedures: EDUCATION_PROCEDURES.map((p) => ({ code: p.code, name: p.name, days: p.workingDays ?? 1 })),
  });
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-connector-'));
  try {
    await emptyRegister(db);
    const [unit] = await queryRows<{ id: number }>(db, sql`select id from org_units where code = 'SGDDT'`);
    const [source] = await db
      .insert(sources)
      .values({
        code: 'bench-pull',
        name: 'Benchmark',
        kind: 'pull',
        unitId: unit.id,
        schedule: { kind: 'manual' },
        config: { ...PORTAL_PULL_PRESET, baseUrl: standin.url, mapping: PORTAL_MAPPING },
        credentials: sealCredentials(SECRET, { username: standin.username, password: standin.password }),
        createdBy: 1,
      })
      .returning();
    const { run } = await runRepository.request(db, source.id, 'manual', null, null);
    const claimed = (await runRepository.claim(db, 'bench', 600_000))!;
    const t0 = performance.now();
    await executePullRun(
      { db, secret: SECRET, dataDir: dir, owner: 'bench', leaseMs: 600_000, signal: new AbortController().signal, log: silent },
      claimed,
      (await sourceRepository.get(db, source.id))!,
    );
    const pullMs = performance.now() - t0;
    const pulled = (await runRepository.get(db, run.id))!;

    // The same dossiers, uploaded as a file into an empty register.
    const unitOf = new Map(EDUCATION_PROCEDURES.map((p) => [p.code, p.unitCode]));
    const csvFile = join(dir, 'import.csv');
    writeFileSync(csvFile, importCsv(standin.store.all(), unitOf));
    await emptyRegister(db);
    const t1 = performance.now();
    const imported = await importDossiers(db, ADMIN, 'bench-file', csvRows(createReadStream(csvFile)));
    const fileMs = performance.now() - t1;
    return {
      rows,
      pageSize: PORTAL_PULL_PRESET.list.pageSize,
      pullMs: Math.round(pullMs),
      pullRowsPerSec: Math.round(rows / (pullMs / 1000)),
      pullCreated: pulled.rowsCreated,
      pullRefused: pulled.rowsRefused,
      fileImportMs: Math.round(fileMs),
      fileImportRowsPerSec: Math.round(rows / (fileMs / 1000)),
      fileCreated: imported.created,
      pullVsFileImport: Math.round((fileMs / pullMs) * 1000) / 1000,
      httpRequests: Object.fromEntries(standin.requests),
    };
  } finally {
    await standin.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
