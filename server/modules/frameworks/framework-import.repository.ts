// Queries of framework imports (drafts read from a decision's appendix) and of versions' decision periods.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { frameworkImports, frameworkVersions } from '../../db/schema/index';

export type FrameworkImportRow = typeof frameworkImports.$inferSelect;

export const frameworkImportRepository = {
  async insert(exec: Executor, values: typeof frameworkImports.$inferInsert): Promise<FrameworkImportRow> {
    const [row] = await exec.insert(frameworkImports).values(values).returning();
    return row;
  },
  async find(exec: Executor, id: number, forUpdate = false): Promise<FrameworkImportRow | undefined> {
    const q = exec.select().from(frameworkImports).where(eq(frameworkImports.id, id));
    const [row] = forUpdate ? await q.for('update') : await q;
    return row;
  },
  async list(exec: Executor): Promise<FrameworkImportRow[]> {
    return exec.select().from(frameworkImports).orderBy(desc(frameworkImports.id));
  },
  async update(exec: Executor, id: number, values: Partial<typeof frameworkImports.$inferInsert>): Promise<void> {
    await exec
      .update(frameworkImports)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(frameworkImports.id, id));
  },
  /** Every version of a code with its decision period, oldest first. */
  async periods(exec: Executor, code: string) {
    return exec
      .select({ version: frameworkVersions.version, effectiveFrom: frameworkVersions.effectiveFrom, effectiveTo: frameworkVersions.effectiveTo })
      .from(frameworkVersions)
      .where(eq(frameworkVersions.code, code))
      .orderBy(asc(frameworkVersions.version));
  },
  /** Ends an amended version's period the day before its amendment takes over (only if it ran on past it). */
  async endPeriod(exec: Executor, code: string, version: number, lastDay: string): Promise<void> {
    await exec
      .update(frameworkVersions)
      .set({ effectiveTo: lastDay })
      .where(
        and(
          eq(frameworkVersions.code, code),
          eq(frameworkVersions.version, version),
          sql`(${frameworkVersions.effectiveTo} is null or ${frameworkVersions.effectiveTo} > ${lastDay})`,
        ),
      );
  },
};
