// Child process of credentials.test.ts: a whole server with debug logging, whose output the parent searches for a
// source's password. It registers a pull source with a wrong password, runs it (it fails), corrects the password,
// runs it again (one page answers 500 and is retried), prints the API's answers, and writes a backup.
// Usage: tsx credentials-child.ts <dataDir> <standinUrl> <username> <password> <backupFile>
import { buildApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { backupDatabase } from '../../server/db/backup';
import { openDatabase } from '../../server/db/client';
import { procedures } from '../../server/db/schema/index';
import { DEMO_PASSWORD } from '../../server/demo/demo-accounts';
import { seedOrgAndUsers } from '../../server/demo/seed-demo';
import { EDUCATION_PROCEDURES } from '../../server/modules/dossiers/procedure-catalogue';
import { kickSourceWorker } from '../../server/modules/sources/run-worker';
import { standinConfigFor } from '../../server/modules/sources/standin/standin-config';

const [dataDir, url, username, password, backupFile] = process.argv.slice(2);
const databaseUrl = process.env.DATABASE_URL ?? null;
const database = await openDatabase({ databaseUrl, dataDir });
await database.migrate();
const unitIds = await database.db.transaction(async (tx) => {
  const ids = await seedOrgAndUsers(tx);
  await tx.insert(procedures).values(EDUCATION_PROCEDURES.map(({ unitCode, ...p }) => ({ ...p, unitId: ids.unitIds.get(unitCode)! })));
  return ids.unitIds;
});
const app = await buildApp(
  loadConfig({}, { dataDir, databaseUrl, logLevel: 'debug', serveWeb: false, sessionSecret: 'log-secret-log-secret-log-secret-log-1' }),
  { database },
);
const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'vanphong', password: DEMO_PASSWORD } });
const cookie = String(login.headers['set-cookie']).split(';')[0];
const call = async (method: 'GET' | 'POST' | 'PATCH', path: string, payload?: object) => {
  const res = await app.inject({ method, url: path, headers: { cookie }, payload });
  process.stdout.write(`${method} ${path} ${res.statusCode} ${res.body}\n`);
  return res.json();
};
const source = await call('POST', '/api/sources', {
  kind: 'pull',
  name: 'Một cửa tỉnh',
  code: 'igate-log',
  unitId: unitIds.get('SGDDT'),
  schedule: { kind: 'manual' },
  config: standinConfigFor(url, { retryBaseMs: 10 }),
  credentials: { username, password: `${password}-sai` },
});
await call('POST', `/api/sources/${source.id}/runs`);
await kickSourceWorker(app);
await call('PATCH', `/api/sources/${source.id}`, { credentials: { username, password } });
await call('POST', `/api/sources/${source.id}/runs`);
await kickSourceWorker(app);
const runs = await call('GET', `/api/sources/${source.id}/runs`);
for (const run of runs.items) await call('GET', `/api/sources/${source.id}/runs/${run.id}`);
await call('GET', `/api/sources/${source.id}`);
await call('GET', '/api/sources');
await call('GET', '/api/audit?entityType=source');
await call('GET', '/api/notifications');
await backupDatabase(database.db, backupFile);
await app.close();
await database.close();
process.stdout.write(`DONE ${runs.items.map((r: { status: string }) => r.status).join(',')}\n`);
