import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { orgUnits, reportSubmissions, reportTemplates, reportWindows, reportWindowUnits } from '../../db/schema/index';
import * as clock from '../../clock';

export type ReportTemplateRow = typeof reportTemplates.$inferSelect;
export type ReportWindowRow = typeof reportWindows.$inferSelect;
export type ReportSubmissionRow = typeof reportSubmissions.$inferSelect;
export type UnitRow = typeof orgUnits.$inferSelect;

/** Queries of periodic reports. */
export const reportRepository = {
  async latestTemplate(exec: Executor, code: string): Promise<ReportTemplateRow | null> {
    const [row] = await exec.select().from(reportTemplates).where(eq(reportTemplates.code, code)).orderBy(desc(reportTemplates.version)).limit(1);
    return row ?? null;
  },
  async listTemplates(exec: Executor): Promise<ReportTemplateRow[]> {
    return exec.select().from(reportTemplates).orderBy(asc(reportTemplates.code), desc(reportTemplates.version));
  },
  async templateById(exec: Executor, id: number): Promise<ReportTemplateRow | null> {
    const [row] = await exec.select().from(reportTemplates).where(eq(reportTemplates.id, id));
    return row ?? null;
  },
  async insertTemplate(exec: Executor, values: typeof reportTemplates.$inferInsert): Promise<ReportTemplateRow> {
    const [row] = await exec.insert(reportTemplates).values(values).returning();
    return row;
  },
  async listWindows(exec: Executor, year?: number): Promise<ReportWindowRow[]> {
    const q = exec.select().from(reportWindows);
    return (year ? q.where(eq(reportWindows.year, year)) : q).orderBy(desc(reportWindows.year), asc(reportWindows.deadline));
  },
  async windowById(exec: Executor, id: number): Promise<ReportWindowRow | null> {
    const [row] = await exec.select().from(reportWindows).where(eq(reportWindows.id, id));
    return row ?? null;
  },
  async windowByKindYear(exec: Executor, kind: string, year: number): Promise<ReportWindowRow | null> {
    const [row] = await exec
      .select()
      .from(reportWindows)
      .where(and(eq(reportWindows.kind, kind), eq(reportWindows.year, year)));
    return row ?? null;
  },
  async insertWindow(exec: Executor, values: typeof reportWindows.$inferInsert, unitIds: number[]): Promise<ReportWindowRow> {
    const [row] = await exec.insert(reportWindows).values(values).returning();
    await exec.insert(reportWindowUnits).values(unitIds.map((unitId) => ({ windowId: row.id, unitId })));
    return row;
  },
  async updateWindow(exec: Executor, id: number, values: Partial<typeof reportWindows.$inferInsert>): Promise<ReportWindowRow> {
    const [row] = await exec.update(reportWindows).set(values).where(eq(reportWindows.id, id)).returning();
    return row;
  },
  /** The units that must report in a window, in tree order. */
  async requiredUnits(exec: Executor, windowId: number): Promise<UnitRow[]> {
    const rows = await exec
      .select({ unit: orgUnits })
      .from(reportWindowUnits)
      .innerJoin(orgUnits, eq(orgUnits.id, reportWindowUnits.unitId))
      .where(eq(reportWindowUnits.windowId, windowId))
      .orderBy(asc(orgUnits.path));
    return rows.map((r) => r.unit);
  },
  async requiredUnitIdsByWindow(exec: Executor, windowIds: number[]): Promise<Map<number, number[]>> {
    const map = new Map<number, number[]>();
    if (windowIds.length === 0) return map;
    const rows = await exec.select().from(reportWindowUnits).where(inArray(reportWindowUnits.windowId, windowIds));
    for (const r of rows) map.set(r.windowId, [...(map.get(r.windowId) ?? []), r.unitId]);
    return map;
  },
  async submissionsOf(exec: Executor, windowIds: number[]): Promise<ReportSubmissionRow[]> {
    if (windowIds.length === 0) return [];
    return exec.select().from(reportSubmissions).where(inArray(reportSubmissions.windowId, windowIds));
  },
  async submission(exec: Executor, windowId: number, unitId: number, forUpdate = false): Promise<ReportSubmissionRow | null> {
    const q = exec
      .select()
      .from(reportSubmissions)
      .where(and(eq(reportSubmissions.windowId, windowId), eq(reportSubmissions.unitId, unitId)));
    const [row] = forUpdate ? await q.for('update') : await q;
    return row ?? null;
  },
  async insertSubmission(exec: Executor, values: typeof reportSubmissions.$inferInsert): Promise<ReportSubmissionRow> {
    const [row] = await exec.insert(reportSubmissions).values(values).returning();
    return row;
  },
  async updateSubmission(exec: Executor, id: number, values: Partial<typeof reportSubmissions.$inferInsert>): Promise<ReportSubmissionRow> {
    const [row] = await exec
      .update(reportSubmissions)
      .set({ ...values, updatedAt: clock.now() })
      .where(eq(reportSubmissions.id, id))
      .returning();
    return row;
  },
  /** Every window in which one of the units must report (for a change of the organisation), oldest deadline first. */
  async windowsRequiring(exec: Executor, unitIds: number[]): Promise<Array<{ window: ReportWindowRow; unitId: number }>> {
    if (unitIds.length === 0) return [];
    return exec
      .select({ window: reportWindows, unitId: reportWindowUnits.unitId })
      .from(reportWindowUnits)
      .innerJoin(reportWindows, eq(reportWindows.id, reportWindowUnits.windowId))
      .where(inArray(reportWindowUnits.unitId, unitIds))
      .orderBy(asc(reportWindows.deadline), asc(reportWindows.id), asc(reportWindowUnits.unitId));
  },
  /** Hands a unit's duty to report in a window to another unit (dropped when that unit must report already). */
  async replaceRequiredUnit(exec: Executor, windowId: number, fromUnitId: number, toUnitId: number): Promise<void> {
    await exec.delete(reportWindowUnits).where(and(eq(reportWindowUnits.windowId, windowId), eq(reportWindowUnits.unitId, fromUnitId)));
    await exec.insert(reportWindowUnits).values({ windowId, unitId: toUnitId }).onConflictDoNothing();
  },
  async unitById(exec: Executor, id: number): Promise<UnitRow | null> {
    const [row] = await exec.select().from(orgUnits).where(eq(orgUnits.id, id));
    return row ?? null;
  },
  async unitsByIds(exec: Executor, ids: number[]): Promise<UnitRow[]> {
    if (ids.length === 0) return [];
    return exec.select().from(orgUnits).where(inArray(orgUnits.id, ids)).orderBy(asc(orgUnits.path));
  },
};
