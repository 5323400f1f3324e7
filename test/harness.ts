import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeEach } from 'vitest';
import { buildApp } from '../server/app';
import { loadConfig, type AppConfig } from '../server/config';
import { openDatabase, queryRows, type Database } from '../server/db/client';
import { DEMO_PASSWORD } from '../server/demo/demo-accounts';
import { seedOrgAndUsers } from '../server/demo/seed-demo';

/**
 * One app and one real database per test worker (PGlite in memory by default; a database of
 * its own on the PostgreSQL server named by DATABASE_URL), reset before every test to the demo
 * organisation and accounts. Starting PGlite costs seconds, so it is never done per test.
 */
export interface TestContext {
  app: FastifyInstance;
  database: Database;
  config: AppConfig;
  unitId(code: string): number;
  userId(username: string): number;
  /** Logs in a demo account and returns its cookie header. */
  login(username: string, password?: string): Promise<string>;
  /** app.inject with an optional logged-in user. */
  request(opts: InjectOptions & { as?: string }): Promise<LightMyRequestResponse>;
}

let shared: Promise<{ app: FastifyInstance; database: Database; config: AppConfig }> | null = null;
let ids = { units: new Map<string, number>(), users: new Map<string, number>() };
const cookies = new Map<string, string>();

async function workerDatabaseUrl(base: string): Promise<string> {
  const worker = process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? '0';
  const name = `cchc_test_${worker}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function start() {
  const dataDir = mkdtempSync(join(tmpdir(), 'cchc-test-'));
  const databaseUrl = process.env.DATABASE_URL ? await workerDatabaseUrl(process.env.DATABASE_URL) : null;
  const config = loadConfig(
    {},
    {
      dataDir,
      databaseUrl,
      inMemoryDatabase: !databaseUrl,
      serveWeb: false,
      logLevel: 'silent',
      sessionSecret: 'test-secret-test-secret-test-secret-42',
      rateLimits: { loginPerMinute: 1000, publicPerMinute: 1000 },
    },
  );
  const database = await openDatabase({ databaseUrl, dataDir, inMemory: !databaseUrl });
  await database.migrate();
  const app = await buildApp(config, { database });
  await app.ready();
  return { app, database, config };
}

/** Empties every table of the application (not the migration journal) in one statement. */
export async function truncateAll(database: Database): Promise<void> {
  const rows = await queryRows<{ tablename: string }>(database.db, sql`select tablename from pg_tables where schemaname = 'public'`);
  const tables = rows.map((r) => `"${r.tablename}"`);
  if (tables.length) await database.db.execute(sql.raw(`truncate ${tables.join(', ')} restart identity cascade`));
}

/** Registers the per-worker app and the reset before each test; call once at the top of a test file. */
export function useTestApp(): TestContext {
  shared ??= start();
  const ctx = {} as TestContext;
  beforeEach(async () => {
    const { app, database, config } = await shared!;
    await truncateAll(database);
    const seeded = await database.db.transaction((tx) => seedOrgAndUsers(tx));
    ids = { units: seeded.unitIds, users: seeded.userIds };
    cookies.clear();
    Object.assign(ctx, { app, database, config });
  });
  afterAll(async () => {
    // The worker's app stays up for the worker's other files; the process exit closes it.
  });
  ctx.unitId = (code) => {
    const id = ids.units.get(code);
    if (id === undefined) throw new Error(`no demo unit ${code}`);
    return id;
  };
  ctx.userId = (username) => {
    const id = ids.users.get(username);
    if (id === undefined) throw new Error(`no demo user ${username}`);
    return id;
  };
  ctx.login = async (username, password = DEMO_PASSWORD) => {
    const cached = cookies.get(username);
    if (cached && password === DEMO_PASSWORD) return cached;
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const setCookie = res.headers['set-cookie'];
    const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)!.split(';')[0];
    cookies.set(username, cookie);
    return cookie;
  };
  ctx.request = async ({ as, ...opts }) => {
    const headers = { ...(opts.headers ?? {}) } as Record<string, string>;
    if (as) headers.cookie = await ctx.login(as);
    return ctx.app.inject({ ...opts, headers });
  };
  return ctx;
}
