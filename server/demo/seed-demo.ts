import { count, eq } from 'drizzle-orm';
import { hashPassword } from '../auth/passwords';
import type { Db, Tx } from '../db/client';
import { orgUnits, users } from '../db/schema/index';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-accounts';
import { DEMO_ORG } from './demo-org';
import * as clock from '../clock';
import type { DemoContext } from './demo-context';
import type { OrgChangeParticipant } from '../modules/org-units/org-change-participant';
import { applyDemoReform } from './reform-2025';

/** The part of a feature that seeding needs (server/modules/feature.ts). */
interface DemoSeeder {
  demoSeed?: (ctx: DemoContext) => Promise<void>;
  demoSeedAfterReform?: (ctx: DemoContext) => Promise<void>;
  orgChanges?: OrgChangeParticipant[];
}

// Hashing is deliberately slow; tests reseed often, so one hash is computed per process.
let cachedHash: Promise<string> | null = null;

/** Inserts the demo organisation and accounts. */
export async function seedOrgAndUsers(tx: Tx): Promise<{ unitIds: Map<string, number>; userIds: Map<string, number> }> {
  const unitIds = new Map<string, number>();
  for (const u of DEMO_ORG) {
    const parentId = u.parent ? unitIds.get(u.parent)! : null;
    const [row] = await tx
      .insert(orgUnits)
      .values({ code: u.code, name: u.name, shortName: u.shortName ?? null, type: u.type, parentId, district: u.district ?? null, path: '' })
      .returning();
    unitIds.set(u.code, row.id);
  }
  // Paths follow parents: '/1/', '/1/5/'… set after ids exist.
  const pathOf = new Map<string, string>();
  for (const u of DEMO_ORG) {
    const path = `${u.parent ? pathOf.get(u.parent)! : '/'}${unitIds.get(u.code)}/`;
    pathOf.set(u.code, path);
    await tx
      .update(orgUnits)
      .set({ path })
      .where(eqId(unitIds.get(u.code)!));
  }
  cachedHash ??= hashPassword(DEMO_PASSWORD);
  const passwordHash = await cachedHash;
  const userIds = new Map<string, number>();
  for (const a of DEMO_USERS) {
    const [row] = await tx
      .insert(users)
      .values({ username: a.username, fullName: a.fullName, email: a.email, role: a.role, unitId: unitIds.get(a.unit)!, passwordHash })
      .returning();
    userIds.set(a.username, row.id);
  }
  return { unitIds, userIds };
}

function eqId(id: number) {
  return eq(orgUnits.id, id);
}

/**
 * Loads the demo data into an empty database: units and accounts as they were before 2025, each feature's demo
 * seed in the order given (server/modules/index.ts), then the 2025 reform recorded through the change service
 * (server/demo/reform-2025.ts), so `npm start` shows today's structure with the earlier years in theirs. All in
 * one transaction. Returns false (and changes nothing) when units exist.
 */
export async function seedDemoIfEmpty(db: Db, features: readonly DemoSeeder[], opts: { today?: string; reform?: boolean } = {}): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(orgUnits);
  if (n > 0) return false;
  await db.transaction(async (tx) => {
    const ids = await seedOrgAndUsers(tx);
    const ctx: DemoContext = { tx, ...ids, today: opts.today ?? clock.today() };
    for (const feature of features) if (feature.demoSeed) await feature.demoSeed(ctx);
    // Without the reform: a department that has not recorded 2025's changes yet (browser journeys that record them).
    if (opts.reform !== false)
      await applyDemoReform(
        ctx,
        features.flatMap((f) => f.orgChanges ?? []),
      );
    for (const feature of features) if (feature.demoSeedAfterReform) await feature.demoSeedAfterReform(ctx);
  });
  return true;
}
