// Queries of the frameworks feature; services own permissions and transactions.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  assessmentCriteria,
  assessmentEvents,
  assessmentEvidence,
  assessments,
  externalIndexResults,
  files,
  frameworkVersions,
  orgUnits,
} from '../../db/schema/index';

export type FrameworkVersionRow = typeof frameworkVersions.$inferSelect;
export type AssessmentRow = typeof assessments.$inferSelect;
export type AssessmentCriterionRow = typeof assessmentCriteria.$inferSelect;
export type ExternalIndexRow = typeof externalIndexResults.$inferSelect;

export const frameworkRepository = {
  async listVersions(exec: Executor): Promise<FrameworkVersionRow[]> {
    return exec.select().from(frameworkVersions).orderBy(asc(frameworkVersions.code), desc(frameworkVersions.version));
  },
  /** The given version of a code, or its latest when no version is given. */
  async findVersion(exec: Executor, code: string, version?: number): Promise<FrameworkVersionRow | undefined> {
    const where = version === undefined ? eq(frameworkVersions.code, code) : and(eq(frameworkVersions.code, code), eq(frameworkVersions.version, version));
    const [row] = await exec.select().from(frameworkVersions).where(where).orderBy(desc(frameworkVersions.version)).limit(1);
    return row;
  },
  async findVersionById(exec: Executor, id: number): Promise<FrameworkVersionRow | undefined> {
    const [row] = await exec.select().from(frameworkVersions).where(eq(frameworkVersions.id, id));
    return row;
  },
  async versionNumbers(exec: Executor, code: string): Promise<number[]> {
    const rows = await exec
      .select({ v: frameworkVersions.version })
      .from(frameworkVersions)
      .where(eq(frameworkVersions.code, code))
      .orderBy(asc(frameworkVersions.version));
    return rows.map((r) => r.v);
  },
  async insertVersion(exec: Executor, values: typeof frameworkVersions.$inferInsert): Promise<FrameworkVersionRow> {
    const [row] = await exec.insert(frameworkVersions).values(values).returning();
    return row;
  },

  async findAssessment(exec: Executor, id: number, forUpdate = false): Promise<AssessmentRow | undefined> {
    const q = exec.select().from(assessments).where(eq(assessments.id, id));
    const [row] = forUpdate ? await q.for('update') : await q;
    return row;
  },
  async findAssessmentFor(exec: Executor, unitId: number, frameworkVersionId: number, year: number): Promise<AssessmentRow | undefined> {
    const [row] = await exec
      .select()
      .from(assessments)
      .where(and(eq(assessments.unitId, unitId), eq(assessments.frameworkVersionId, frameworkVersionId), eq(assessments.year, year)));
    return row;
  },
  /** Assessments with their unit's path, for filtering by scope in the service. */
  async listAssessments(exec: Executor, filter: { year?: number; unitId?: number; status?: string; frameworkCode?: string }) {
    const conds = [
      filter.year === undefined ? undefined : eq(assessments.year, filter.year),
      filter.unitId === undefined ? undefined : eq(assessments.unitId, filter.unitId),
      filter.status === undefined ? undefined : eq(assessments.status, filter.status),
      filter.frameworkCode === undefined ? undefined : eq(frameworkVersions.code, filter.frameworkCode),
    ].filter((c) => c !== undefined);
    return exec
      .select({ assessment: assessments, unitPath: orgUnits.path, unitName: orgUnits.name, framework: frameworkVersions })
      .from(assessments)
      .innerJoin(orgUnits, eq(orgUnits.id, assessments.unitId))
      .innerJoin(frameworkVersions, eq(frameworkVersions.id, assessments.frameworkVersionId))
      .where(conds.length ? and(...conds) : undefined)
      .orderBy(desc(assessments.year), asc(orgUnits.name));
  },
  async insertAssessment(exec: Executor, values: typeof assessments.$inferInsert): Promise<AssessmentRow> {
    const [row] = await exec.insert(assessments).values(values).returning();
    return row;
  },
  async updateAssessment(exec: Executor, id: number, values: Partial<typeof assessments.$inferInsert>): Promise<void> {
    await exec.update(assessments).set(values).where(eq(assessments.id, id));
  },
  /** The unit's most recent assessment (by year, then newest), optionally only published ones. */
  async latestAssessment(exec: Executor, unitId: number, publishedOnly: boolean): Promise<AssessmentRow | undefined> {
    const where = publishedOnly ? and(eq(assessments.unitId, unitId), eq(assessments.status, 'published')) : eq(assessments.unitId, unitId);
    const [row] = await exec.select().from(assessments).where(where).orderBy(desc(assessments.year), desc(assessments.id)).limit(1);
    return row;
  },

  /** What access and scoring need of a unit: its code, path, type, parent and name. */
  async unit(exec: Executor, id: number) {
    const [row] = await exec
      .select({ id: orgUnits.id, code: orgUnits.code, path: orgUnits.path, type: orgUnits.type, parentId: orgUnits.parentId, name: orgUnits.name })
      .from(orgUnits)
      .where(and(eq(orgUnits.id, id)));
    return row;
  },
  /** The id of the unit directly under `parentId` with this code, if there is one. */
  async childUnitId(exec: Executor, parentId: number, code: string): Promise<number | undefined> {
    const [row] = await exec
      .select({ id: orgUnits.id })
      .from(orgUnits)
      .where(and(eq(orgUnits.code, code), eq(orgUnits.parentId, parentId)));
    return row?.id;
  },

  async criteria(exec: Executor, assessmentId: number): Promise<AssessmentCriterionRow[]> {
    return exec.select().from(assessmentCriteria).where(eq(assessmentCriteria.assessmentId, assessmentId));
  },
  async insertCriteria(exec: Executor, rows: Array<typeof assessmentCriteria.$inferInsert>): Promise<void> {
    if (rows.length) await exec.insert(assessmentCriteria).values(rows);
  },
  async updateCriterion(exec: Executor, assessmentId: number, code: string, values: Partial<typeof assessmentCriteria.$inferInsert>): Promise<void> {
    await exec
      .update(assessmentCriteria)
      .set({ ...values, updatedAt: sql`now()` })
      .where(and(eq(assessmentCriteria.assessmentId, assessmentId), eq(assessmentCriteria.code, code)));
  },

  async evidence(exec: Executor, assessmentId: number) {
    return exec
      .select({
        id: assessmentEvidence.id,
        code: assessmentEvidence.code,
        fileId: assessmentEvidence.fileId,
        name: files.name,
        note: assessmentEvidence.note,
        createdAt: assessmentEvidence.createdAt,
      })
      .from(assessmentEvidence)
      .innerJoin(files, eq(files.id, assessmentEvidence.fileId))
      .where(eq(assessmentEvidence.assessmentId, assessmentId))
      .orderBy(asc(assessmentEvidence.id));
  },
  async insertEvidence(exec: Executor, values: typeof assessmentEvidence.$inferInsert) {
    const [row] = await exec.insert(assessmentEvidence).values(values).returning();
    return row;
  },

  async events(exec: Executor, assessmentId: number) {
    return exec.select().from(assessmentEvents).where(eq(assessmentEvents.assessmentId, assessmentId)).orderBy(asc(assessmentEvents.id));
  },
  async appendEvent(exec: Executor, values: typeof assessmentEvents.$inferInsert): Promise<void> {
    await exec.insert(assessmentEvents).values(values);
  },

  async externalResults(exec: Executor) {
    return exec
      .select({ row: externalIndexResults, unitName: orgUnits.name, unitPath: orgUnits.path })
      .from(externalIndexResults)
      .innerJoin(orgUnits, eq(orgUnits.id, externalIndexResults.unitId))
      .orderBy(asc(externalIndexResults.indexCode), asc(externalIndexResults.year));
  },
  /** Inserts or replaces the result of a unit, index and year (one published result each). */
  async upsertExternalResult(exec: Executor, values: typeof externalIndexResults.$inferInsert): Promise<ExternalIndexRow> {
    const [row] = await exec
      .insert(externalIndexResults)
      .values(values)
      .onConflictDoUpdate({
        target: [externalIndexResults.unitId, externalIndexResults.indexCode, externalIndexResults.year],
        set: { score: values.score, rank: values.rank, rankOf: values.rankOf, note: values.note, createdBy: values.createdBy },
      })
      .returning();
    return row;
  },
};
