import { and, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { initiatives, orgUnits } from '../../db/schema/index';
import { escapeLike } from '../audit/audit.repository';

export type InitiativeRow = typeof initiatives.$inferSelect;
type UnitRow = typeof orgUnits.$inferSelect;

/** What the library is searched by; all optional. */
export interface InitiativeSearch {
  year?: number;
  status?: string;
  level?: string;
  /** Words in the title, authors, summary or the unit's name. */
  q?: string;
}

/** Queries of the initiatives library. */
export const initiativeRepository = {
  /** Matching initiatives with their unit's name, newest year first, at most 500. */
  async search(exec: Executor, query: InitiativeSearch): Promise<Array<{ initiative: InitiativeRow; unitName: string }>> {
    const where: SQL[] = [];
    if (query.year) where.push(eq(initiatives.year, query.year));
    if (query.status) where.push(eq(initiatives.status, query.status));
    if (query.level) where.push(eq(initiatives.level, query.level));
    if (query.q) {
      const pattern = `%${escapeLike(query.q)}%`;
      where.push(
        or(ilike(initiatives.title, pattern), ilike(initiatives.authors, pattern), ilike(initiatives.summary, pattern), ilike(orgUnits.name, pattern))!,
      );
    }
    const rows = await exec
      .select({ i: initiatives, unitName: orgUnits.name })
      .from(initiatives)
      .innerJoin(orgUnits, eq(orgUnits.id, initiatives.unitId))
      .where(where.length ? and(...where) : undefined)
      .orderBy(desc(initiatives.year), desc(initiatives.id))
      .limit(500);
    return rows.map((r) => ({ initiative: r.i, unitName: r.unitName }));
  },
  async insert(exec: Executor, values: typeof initiatives.$inferInsert): Promise<InitiativeRow> {
    const [row] = await exec.insert(initiatives).values(values).returning();
    return row;
  },
  /** One initiative with its unit, or null. */
  async findWithUnit(exec: Executor, id: number): Promise<{ initiative: InitiativeRow; unit: UnitRow } | null> {
    const [found] = await exec
      .select({ i: initiatives, unit: orgUnits })
      .from(initiatives)
      .innerJoin(orgUnits, eq(orgUnits.id, initiatives.unitId))
      .where(eq(initiatives.id, id));
    return found ? { initiative: found.i, unit: found.unit } : null;
  },
  async update(exec: Executor, id: number, values: Partial<typeof initiatives.$inferInsert>): Promise<InitiativeRow> {
    const [row] = await exec.update(initiatives).set(values).where(eq(initiatives.id, id)).returning();
    return row;
  },
};
