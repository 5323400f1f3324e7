import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { RecordTransfer } from '../../../domain/org-units';
import { orgUnitOperations, orgUnits, orgUnitSuccessions, orgUnitTransfers, orgUnitVersions, unitHistoryGrants, users } from '../../db/schema/index';

export type OperationRow = typeof orgUnitOperations.$inferSelect;
export type TransferRow = typeof orgUnitTransfers.$inferSelect;
export type UserRow = typeof users.$inferSelect;

/** Queries of recorded organisation changes, the records they moved, and history grants. */
export const orgChangeRepository = {
  async insertOperation(exec: Executor, values: typeof orgUnitOperations.$inferInsert): Promise<OperationRow> {
    const [row] = await exec.insert(orgUnitOperations).values(values).returning();
    return row;
  },
  async setOutcome(exec: Executor, id: number, outcome: unknown): Promise<void> {
    await exec.update(orgUnitOperations).set({ outcome }).where(eq(orgUnitOperations.id, id));
  },
  async listOperations(exec: Executor, filter: { ids?: readonly number[] } = {}): Promise<Array<OperationRow & { createdByName: string | null }>> {
    if (filter.ids && !filter.ids.length) return [];
    const rows = await exec
      .select({ op: orgUnitOperations, createdByName: users.fullName })
      .from(orgUnitOperations)
      .leftJoin(users, eq(users.id, orgUnitOperations.createdBy))
      .where(filter.ids ? inArray(orgUnitOperations.id, [...filter.ids]) : undefined)
      .orderBy(desc(orgUnitOperations.effectiveOn), desc(orgUnitOperations.id));
    return rows.map((r) => ({ ...r.op, createdByName: r.createdByName }));
  },
  /** Operations that touched a unit: opened one of its periods, or linked it to a predecessor or successor. */
  async operationIdsOfUnit(exec: Executor, unitId: number): Promise<number[]> {
    const [links, versions] = await Promise.all([
      exec
        .select({ id: orgUnitSuccessions.operationId })
        .from(orgUnitSuccessions)
        .where(or(eq(orgUnitSuccessions.fromUnitId, unitId), eq(orgUnitSuccessions.toUnitId, unitId))),
      exec.select({ id: orgUnitVersions.operationId }).from(orgUnitVersions).where(eq(orgUnitVersions.unitId, unitId)),
    ]);
    return [...new Set([...links, ...versions].map((r) => r.id).filter((id): id is number => id !== null))];
  },
  async findOperation(exec: Executor, id: number): Promise<(OperationRow & { createdByName: string | null }) | null> {
    const [row] = await exec
      .select({ op: orgUnitOperations, createdByName: users.fullName })
      .from(orgUnitOperations)
      .leftJoin(users, eq(users.id, orgUnitOperations.createdBy))
      .where(eq(orgUnitOperations.id, id));
    return row ? { ...row.op, createdByName: row.createdByName } : null;
  },
  async insertTransfers(exec: Executor, values: Array<typeof orgUnitTransfers.$inferInsert>): Promise<void> {
    if (values.length) await exec.insert(orgUnitTransfers).values(values);
  },
  /** Moves of records of one kind, oldest first (a record's unit on a date is read from them). */
  async transfersOf(exec: Executor, entityType: string, entityIds: readonly (string | number)[]): Promise<TransferRow[]> {
    if (!entityIds.length) return [];
    return exec
      .select()
      .from(orgUnitTransfers)
      .where(and(eq(orgUnitTransfers.entityType, entityType), inArray(orgUnitTransfers.entityId, entityIds.map(String))))
      .orderBy(asc(orgUnitTransfers.effectiveOn), asc(orgUnitTransfers.id));
  },
  /** The moves of records of one kind by record id, oldest first (domain unitOnDate reads them). */
  async movesOf(exec: Executor, entityType: string, entityIds: readonly number[]): Promise<Map<number, RecordTransfer[]>> {
    const moves = new Map<number, RecordTransfer[]>();
    for (const m of await this.transfersOf(exec, entityType, entityIds))
      moves.set(Number(m.entityId), [...(moves.get(Number(m.entityId)) ?? []), { fromUnitId: m.fromUnitId, toUnitId: m.toUnitId, on: m.effectiveOn }]);
    return moves;
  },
  async codeTaken(exec: Executor, code: string): Promise<boolean> {
    const [row] = await exec
      .select({ id: orgUnits.id })
      .from(orgUnits)
      .where(eq(sql`lower(${orgUnits.code})`, code.toLowerCase()));
    return !!row;
  },
  async insertGrant(exec: Executor, values: typeof unitHistoryGrants.$inferInsert) {
    const [row] = await exec.insert(unitHistoryGrants).values(values).returning();
    return row;
  },
  async findGrant(exec: Executor, id: number) {
    const [row] = await exec.select().from(unitHistoryGrants).where(eq(unitHistoryGrants.id, id));
    return row ?? null;
  },
  async revokeGrant(exec: Executor, id: number, by: number, at: Date): Promise<void> {
    await exec.update(unitHistoryGrants).set({ revokedBy: by, revokedAt: at }).where(eq(unitHistoryGrants.id, id));
  },
  async listGrants(exec: Executor, filter: { userId?: number; unitId?: number; liveOnly?: boolean }) {
    const where = and(
      filter.userId ? eq(unitHistoryGrants.userId, filter.userId) : undefined,
      filter.unitId ? eq(unitHistoryGrants.unitId, filter.unitId) : undefined,
      filter.liveOnly ? isNull(unitHistoryGrants.revokedAt) : undefined,
    );
    return exec
      .select({ grant: unitHistoryGrants, username: users.username, fullName: users.fullName, unitName: orgUnits.name, unitPath: orgUnits.path })
      .from(unitHistoryGrants)
      .innerJoin(users, eq(users.id, unitHistoryGrants.userId))
      .innerJoin(orgUnits, eq(orgUnits.id, unitHistoryGrants.unitId))
      .where(where)
      .orderBy(desc(unitHistoryGrants.grantedAt), desc(unitHistoryGrants.id));
  },
  /** Scope paths of the ended units whose history the user may read. */
  async historyPathsOf(exec: Executor, userId: number): Promise<string[]> {
    const rows = await exec
      .select({ path: orgUnits.path })
      .from(unitHistoryGrants)
      .innerJoin(orgUnits, eq(orgUnits.id, unitHistoryGrants.unitId))
      .where(and(eq(unitHistoryGrants.userId, userId), isNull(unitHistoryGrants.revokedAt)));
    return rows.map((r) => r.path);
  },

  /** The account with this id, if any (a change moves accounts and grants their history). */
  async findUser(exec: Executor, id: number): Promise<UserRow | null> {
    const [row] = await exec.select().from(users).where(eq(users.id, id));
    return row ?? null;
  },
  /** The accounts (active or not) of these units, in no particular order. */
  async usersOfUnits(exec: Executor, unitIds: number[]): Promise<UserRow[]> {
    return exec.select().from(users).where(inArray(users.unitId, unitIds));
  },
  /** Moves an account to another unit or locks it. */
  async updateUser(exec: Executor, id: number, values: Partial<typeof users.$inferInsert>): Promise<void> {
    await exec.update(users).set(values).where(eq(users.id, id));
  },
};
