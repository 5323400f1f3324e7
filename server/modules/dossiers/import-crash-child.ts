// Child process of import-crash.test.ts: imports synthetic dossiers into an on-disk PGlite database (or the
// PostgreSQL of DATABASE_URL) and reports progress, so the parent can kill it with SIGKILL mid-import.
// Usage: tsx import-crash-child.ts <dataDir> <rows> [setup|import|count]
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../../db/client';
import { procedures } from '../../db/schema/index';
import { seedOrgAndUsers } from '../../demo/seed-demo';
import type { Actor } from '../../auth/permissions';
import { importDossiers, type ImportRowInput } from './dossier-import.service';
import { EDUCATION_PROCEDURES } from './procedure-catalogue';

const [dataDir, rowsText, mode] = process.argv.slice(2);
const total = Number(rowsText);
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL ?? null, dataDir });

if (mode === 'setup') {
  await database.migrate();
  await database.db.transaction(async (tx) => {
    const { unitIds } = await seedOrgAndUsers(tx);
    await tx.insert(procedures).values(EDUCATION_PROCEDURES.map(({ unitCode, ...p }) => ({ ...p, unitId: unitIds.get(unitCode)! })));
  });
} else if (mode === 'count') {
  const [row] = await queryRows<{ dossiers: number; events: number; distinct: number; received: number }>(
    database.db,
    sql`select (select count(*)::int from dossiers) as dossiers, (select count(*)::int from dossier_events) as events,
        (select count(distinct code)::int from dossiers) as "distinct", (select coalesce(sum(received), 0)::int from dossier_monthly_counts) as received`,
  );
  process.stdout.write(JSON.stringify(row) + '\n');
} else {
  const admin: Actor = { userId: 1, username: 'admin', fullName: 'Quản trị hệ thống', role: 'admin', unitId: 1, unitPath: '/1/', scopePath: '/' };
  async function* rows(): AsyncGenerator<ImportRowInput> {
    for (let i = 1; i <= total; i++) {
      // Tell the parent once a few chunks have been written inside the open transaction.
      if (i === 2500) process.stdout.write('progress\n');
      yield {
        row: i + 1,
        raw: {
          code: `CRASH-${String(i).padStart(7, '0')}`,
          procedureCode: '1.005088',
          unitCode: 'KTKDCLGD',
          applicantName: 'Người nộp thử',
          applicantPhone: '0900000000',
          channel: 1 + (i % 3),
          state: 4,
          receivedOn: '2025-03-03',
        },
      };
    }
  }
  const result = await importDossiers(database.db, admin, 'crash-test', rows());
  process.stdout.write(JSON.stringify(result) + '\n');
}
await database.close();
