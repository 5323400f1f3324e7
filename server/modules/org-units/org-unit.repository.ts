import { and, asc, eq, isNull, like, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { orgUnits, orgUnitVersions } from '../../db/schema/index';
import * as clock from '../../clock';

export type OrgUnitRow = typeof orgUnits.$inferSelect;

/** Queries of the organisation tree. */
export const orgUnitRepository = {
  async findById(exec: Executor, id: number): Promise<OrgUnitRow | null> {
    const [row] = await exec.select().from(orgUnits).where(eq(orgUnits.id, id));
    return row ?? null;
  },
  async findByCode(exec: Executor, code: string): Promise<OrgUnitRow | null> {
    const [row] = await exec
      .select()
      .from(orgUnits)
      .where(eq(sql`lower(${orgUnits.code})`, code.toLowerCase()));
    return row ?? null;
  },
  async listAll(exec: Executor): Promise<OrgUnitRow[]> {
    return exec.select().from(orgUnits).orderBy(asc(orgUnits.path), asc(orgUnits.name));
  },
  async listSubtree(exec: Executor, pathPrefix: string): Promise<OrgUnitRow[]> {
    return exec
      .select()
      .from(orgUnits)
      .where(like(orgUnits.path, `${pathPrefix}%`))
      .orderBy(asc(orgUnits.path));
  },
  async insert(exec: Executor, values: typeof orgUnits.$inferInsert): Promise<OrgUnitRow> {
    const [row] = await exec.insert(orgUnits).values(values).returning();
    return row;
  },
  async update(exec: Executor, id: number, values: Partial<typeof orgUnits.$inferInsert>): Promise<OrgUnitRow> {
    const [row] = await exec
      .update(orgUnits)
      .set({ ...values, updatedAt: clock.now() })
      .where(eq(orgUnits.id, id))
      .returning();
    return row;
  },
  /** Corrects the names of the unit's period in force (when it has stored periods). */
  async correctCurrentVersion(exec: Executor, unitId: number, names: { name: string; shortName: string | null; district: string | null }): Promise<void> {
    await exec
      .update(orgUnitVersions)
      .set(names)
      .where(and(eq(orgUnitVersions.unitId, unitId), isNull(orgUnitVersions.validTo)));
  },
  /** Rewrites the path prefix of a whole subtree after a move. */
  async repath(exec: Executor, oldPrefix: string, newPrefix: string): Promise<void> {
    await exec
      .update(orgUnits)
      .set({ path: sql`${newPrefix} || substr(${orgUnits.path}, ${oldPrefix.length + 1})` })
      .where(like(orgUnits.path, `${oldPrefix}%`));
  },
};
