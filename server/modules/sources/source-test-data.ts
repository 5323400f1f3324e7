// Test data of the sources tests: a stand-in one-stop system with the demo catalogue's procedures, and a pull
// source registered against it through the API, as an officer would.
import pg from 'pg';
import type { TestContext } from '../../../test/harness';
import type { PullConfig, SourceView } from '../../../contracts/sources';
import { EDUCATION_PROCEDURES } from '../dossiers/procedure-catalogue';
import { kickSourceWorker } from './run-worker';
import { startOneStopStandin, type OneStopStandin } from './standin/one-stop-server';
import type { StandinOptions } from './standin/one-stop-data';
import { standinConfigFor } from './standin/standin-config';

/** 10:00 on 31/03/2025 in Vietnam: the stand-in's clock at start. */
export const STANDIN_NOW = Date.UTC(2025, 2, 31, 3, 0, 0);

export const STANDIN_PROCEDURES = EDUCATION_PROCEDURES.map((p) => ({ code: p.code, name: p.name, days: p.workingDays ?? 1 }));

export function startTestStandin(opts: Partial<StandinOptions> & { password?: string } = {}): Promise<OneStopStandin> {
  return startOneStopStandin({ count: 3000, now: STANDIN_NOW, spanDays: 90, procedures: STANDIN_PROCEDURES, malformedEvery: 0, ...opts });
}

/** The stand-in's pull configuration, with fast retries (tests do not wait seconds for a back-off). */
export function standinConfig(standin: OneStopStandin, over: Partial<PullConfig> = {}): PullConfig {
  return standinConfigFor(standin.url, { retryBaseMs: 10, timeoutMs: 5000, ...over });
}

/** Registers a pull source against the stand-in (as the Office) and returns it. */
export async function createPullSource(t: TestContext, standin: OneStopStandin, over: Record<string, unknown> = {}): Promise<SourceView> {
  const res = await t.request({
    method: 'POST',
    url: '/api/sources',
    as: 'vanphong',
    payload: {
      kind: 'pull',
      name: 'Hệ thống thông tin giải quyết TTHC tỉnh',
      code: 'igate-hp',
      unitId: t.unitId('SGDDT'),
      schedule: { kind: 'interval', minutes: 15 },
      config: standinConfig(standin),
      credentials: { username: standin.username, password: standin.password },
      ...over,
    },
  });
  if (res.statusCode !== 201) throw new Error(`create source: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Asks for a run now and waits until the worker is idle; returns the source's last run. */
export async function runNowAndWait(t: TestContext, sourceId: number, as = 'vanphong') {
  const res = await t.request({ method: 'POST', url: `/api/sources/${sourceId}/runs`, as });
  if (res.statusCode !== 202) throw new Error(`run: ${res.statusCode} ${res.body}`);
  await kickSourceWorker(t.app);
  const view = await t.request({ method: 'GET', url: `/api/sources/${sourceId}`, as });
  return (view.json() as SourceView).lastRun!;
}

/**
 * For tests whose child processes open the database themselves: on PostgreSQL (DATABASE_URL) a database of their
 * own, created empty and dropped afterwards; on PGlite nothing (the children use a data directory).
 */
export async function childDatabase(name: string): Promise<{ env: NodeJS.ProcessEnv; drop: () => Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) return { env: { ...process.env }, drop: async () => undefined };
  const admin = async (statement: string) => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(statement);
    await c.end();
  };
  const db = `${name}_${process.pid}`;
  await admin(`drop database if exists ${db} with (force)`);
  await admin(`create database ${db}`);
  const url = new URL(base);
  url.pathname = `/${db}`;
  return { env: { ...process.env, DATABASE_URL: url.toString() }, drop: () => admin(`drop database if exists ${db} with (force)`) };
}
