import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { externalIndexIndicators, externalIndexResults, orgUnits } from '../../db/schema/index';

export type IndicatorRow = typeof externalIndexIndicators.$inferSelect;
export type ExternalResultRow = typeof externalIndexResults.$inferSelect;

/** Queries of the sub-indicators the department keeps beside a published external index result. */
export const externalIndexRepository = {
  /** The sub-indicators of the given results, in their order. */
  async indicatorsOf(exec: Executor, resultIds: number[]): Promise<IndicatorRow[]> {
    if (resultIds.length === 0) return [];
    return exec
      .select()
      .from(externalIndexIndicators)
      .where(inArray(externalIndexIndicators.resultId, resultIds))
      .orderBy(asc(externalIndexIndicators.position));
  },
  /** A result with its unit's name and path, or null. */
  async resultWithUnit(exec: Executor, resultId: number): Promise<{ row: ExternalResultRow; unitName: string; unitPath: string } | null> {
    const [found] = await exec
      .select({ row: externalIndexResults, unitName: orgUnits.name, unitPath: orgUnits.path })
      .from(externalIndexResults)
      .innerJoin(orgUnits, eq(orgUnits.id, externalIndexResults.unitId))
      .where(eq(externalIndexResults.id, resultId));
    return found ?? null;
  },
  /** Replaces a result's sub-indicators by the given ones, numbered in their order. */
  async replaceIndicators(
    exec: Executor,
    resultId: number,
    indicators: ReadonlyArray<Omit<typeof externalIndexIndicators.$inferInsert, 'resultId' | 'position'>>,
  ): Promise<void> {
    await exec.delete(externalIndexIndicators).where(eq(externalIndexIndicators.resultId, resultId));
    if (indicators.length > 0) await exec.insert(externalIndexIndicators).values(indicators.map((i, position) => ({ resultId, position, ...i })));
  },
};
