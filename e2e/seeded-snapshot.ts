// The browser tests' demo database, seeded once per run and kind: migrating and seeding take ~9 s per test file,
// opening a dump of the seeded database ~1.5 s. Each file still gets its own copy, so no file sees another's writes.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import * as clock from '../server/clock';
import { openDatabase, type Database } from '../server/db/client';
import { seedDemoIfEmpty } from '../server/demo/seed-demo';
import { features } from '../server/modules/index';

export interface DemoOptions {
  today?: string;
  reform?: boolean;
}

/** A fresh in-memory database with the demo data of these options: opened from this run's dump, or seeded and dumped. */
export async function openSeededDemo(dataDir: string, opts: DemoOptions): Promise<Database> {
  const dir = inject('e2eSnapshotDir');
  const file = dir ? join(dir, `demo-${opts.today ?? clock.today()}-${opts.reform === false ? 'before-reform' : 'reformed'}.tar.gz`) : null;
  if (file && existsSync(file)) return openDatabase({ databaseUrl: null, dataDir, inMemory: true, loadDataDir: new Blob([readFileSync(file)]) });
  const database = await openDatabase({ databaseUrl: null, dataDir, inMemory: true });
  await database.migrate();
  await seedDemoIfEmpty(database.db, features, opts);
  if (file) {
    // Written aside and renamed, so a file that exists is always whole.
    writeFileSync(`${file}.${process.pid}`, Buffer.from(await (await database.dump!()).arrayBuffer()));
    renameSync(`${file}.${process.pid}`, file);
  }
  return database;
}
