import { and, asc, eq, gte, inArray, isNotNull, like, lte, ne, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { inspectionRecommendations, inspections, orgUnits } from '../../db/schema/index';

export type InspectionRow = typeof inspections.$inferSelect;
export type RecommendationRow = typeof inspectionRecommendations.$inferSelect;
export type UnitRow = typeof orgUnits.$inferSelect;

async function withUnits(exec: Executor, where: SQL): Promise<Array<{ inspection: InspectionRow; unit: UnitRow }>> {
  const rows = await exec
    .select({ i: inspections, unit: orgUnits })
    .from(inspections)
    .innerJoin(orgUnits, eq(orgUnits.id, inspections.unitId))
    .where(where)
    .orderBy(asc(orgUnits.path));
  return rows.map((r) => ({ inspection: r.i, unit: r.unit }));
}

/** Queries of inspections and their recommendations. */
export const inspectionRepository = {
  /** The inspections of a year's plan with their units, by unit path. */
  async ofYear(exec: Executor, year: number) {
    return withUnits(exec, eq(inspections.year, year));
  },
  /** One inspection with its unit, as a one-element list (or none). */
  async withUnitById(exec: Executor, id: number) {
    return withUnits(exec, eq(inspections.id, id));
  },
  /** The recommendations of the given inspections, in the order they were written. */
  async recommendationsOf(exec: Executor, inspectionIds: number[]): Promise<RecommendationRow[]> {
    if (inspectionIds.length === 0) return [];
    return exec
      .select()
      .from(inspectionRecommendations)
      .where(inArray(inspectionRecommendations.inspectionId, inspectionIds))
      .orderBy(asc(inspectionRecommendations.id));
  },
  async findByYearAndUnit(exec: Executor, year: number, unitId: number): Promise<InspectionRow | null> {
    const [row] = await exec
      .select()
      .from(inspections)
      .where(and(eq(inspections.year, year), eq(inspections.unitId, unitId)));
    return row ?? null;
  },
  async find(exec: Executor, id: number, forUpdate = false): Promise<InspectionRow | null> {
    const q = exec.select().from(inspections).where(eq(inspections.id, id));
    const [row] = forUpdate ? await q.for('update') : await q;
    return row ?? null;
  },
  async insert(exec: Executor, values: typeof inspections.$inferInsert): Promise<InspectionRow> {
    const [row] = await exec.insert(inspections).values(values).returning();
    return row;
  },
  async update(exec: Executor, id: number, values: Partial<typeof inspections.$inferInsert>): Promise<InspectionRow> {
    const [row] = await exec.update(inspections).set(values).where(eq(inspections.id, id)).returning();
    return row;
  },
  async insertRecommendations(exec: Executor, inspectionId: number, items: ReadonlyArray<{ text: string; dueOn?: string | null }>): Promise<void> {
    if (items.length) await exec.insert(inspectionRecommendations).values(items.map((r) => ({ inspectionId, text: r.text, dueOn: r.dueOn ?? null })));
  },
  async findRecommendation(exec: Executor, id: number, forUpdate = false): Promise<RecommendationRow | null> {
    const q = exec.select().from(inspectionRecommendations).where(eq(inspectionRecommendations.id, id));
    const [row] = forUpdate ? await q.for('update') : await q;
    return row ?? null;
  },
  async updateRecommendation(exec: Executor, id: number, values: Partial<typeof inspectionRecommendations.$inferInsert>): Promise<RecommendationRow> {
    const [row] = await exec.update(inspectionRecommendations).set(values).where(eq(inspectionRecommendations.id, id)).returning();
    return row;
  },
  /** The active units under a unit (its divisions, offices, schools; not the unit itself), the ones an inspection plan covers. */
  async activeUnitsUnder(exec: Executor, path: string): Promise<Array<{ id: number }>> {
    return exec
      .select({ id: orgUnits.id })
      .from(orgUnits)
      .where(and(like(orgUnits.path, `${path}%`), ne(orgUnits.path, path), eq(orgUnits.active, true)));
  },
  /** The units under a unit inspected between two dates (one row per inspection). */
  async inspectedUnitsUnder(exec: Executor, path: string, from: string, to: string): Promise<Array<{ unitId: number }>> {
    return exec
      .select({ unitId: inspections.unitId })
      .from(inspections)
      .innerJoin(orgUnits, eq(orgUnits.id, inspections.unitId))
      .where(
        and(
          like(orgUnits.path, `${path}%`),
          ne(orgUnits.path, path),
          isNotNull(inspections.inspectedOn),
          gte(inspections.inspectedOn, from),
          lte(inspections.inspectedOn, to),
        ),
      );
  },
};
