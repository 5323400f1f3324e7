import { and, asc, eq, ilike, like, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { orgUnits, users } from '../../db/schema/index';
import * as clock from '../../clock';

export type UserRow = typeof users.$inferSelect;
export type UserWithUnit = UserRow & { unitName: string; unitPath: string; unitCode: string; unitType: string };

const withUnit = {
  user: users,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  unitCode: orgUnits.code,
  unitType: orgUnits.type,
};

function flatten(r: { user: UserRow; unitName: string; unitPath: string; unitCode: string; unitType: string }): UserWithUnit {
  return { ...r.user, unitName: r.unitName, unitPath: r.unitPath, unitCode: r.unitCode, unitType: r.unitType };
}

/** Queries of staff accounts. */
export const userRepository = {
  async findById(exec: Executor, id: number): Promise<UserWithUnit | null> {
    const [row] = await exec.select(withUnit).from(users).innerJoin(orgUnits, eq(users.unitId, orgUnits.id)).where(eq(users.id, id));
    return row ? flatten(row) : null;
  },
  async findByUsername(exec: Executor, username: string): Promise<UserWithUnit | null> {
    const [row] = await exec
      .select(withUnit)
      .from(users)
      .innerJoin(orgUnits, eq(users.unitId, orgUnits.id))
      .where(eq(users.username, username.trim().toLowerCase()));
    return row ? flatten(row) : null;
  },
  async list(exec: Executor, filter: { scopePath: string; q?: string; unitId?: number; role?: string; active?: boolean }): Promise<UserWithUnit[]> {
    const where: SQL[] = [like(orgUnits.path, `${filter.scopePath}%`)];
    if (filter.q) {
      const q = `%${filter.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
      where.push(or(ilike(users.username, q), ilike(users.fullName, q))!);
    }
    if (filter.unitId) where.push(eq(users.unitId, filter.unitId));
    if (filter.role) where.push(eq(users.role, filter.role));
    if (filter.active !== undefined) where.push(eq(users.active, filter.active));
    const rows = await exec
      .select(withUnit)
      .from(users)
      .innerJoin(orgUnits, eq(users.unitId, orgUnits.id))
      .where(and(...where))
      .orderBy(asc(users.username))
      .limit(2000);
    return rows.map(flatten);
  },
  async insert(exec: Executor, values: typeof users.$inferInsert): Promise<UserRow> {
    const [row] = await exec.insert(users).values(values).returning();
    return row;
  },
  async update(exec: Executor, id: number, values: Partial<typeof users.$inferInsert>): Promise<UserRow> {
    const [row] = await exec
      .update(users)
      .set({ ...values, updatedAt: clock.now() })
      .where(eq(users.id, id))
      .returning();
    return row;
  },
  /** Counts a failed login and locks the account once the limit is reached, atomically. */
  async recordFailedLogin(exec: Executor, id: number, maxFailures: number, lockMinutes: number): Promise<void> {
    // The lock ends by the server's clock, as the check at login reads it (not the database's now()).
    const lockUntil = new Date(clock.now().getTime() + lockMinutes * 60_000);
    await exec
      .update(users)
      .set({
        failedLogins: sql`${users.failedLogins} + 1`,
        lockedUntil: sql`case when ${users.failedLogins} + 1 >= ${maxFailures} then ${lockUntil.toISOString()}::timestamptz else ${users.lockedUntil} end`,
      })
      .where(eq(users.id, id));
  },
};
