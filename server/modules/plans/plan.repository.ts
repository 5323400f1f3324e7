import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { files, plans, planTargets, planTasks, planTaskUpdates, users } from '../../db/schema/index';
import * as clock from '../../clock';

export type PlanRow = typeof plans.$inferSelect;
export type TaskRow = typeof planTasks.$inferSelect;
export type TargetRow = typeof planTargets.$inferSelect;
export type TaskUpdateRow = typeof planTaskUpdates.$inferSelect;

/** Queries of plans, their tasks, targets and progress updates. */
export const planRepository = {
  async findPlan(exec: Executor, id: number): Promise<PlanRow | null> {
    const [row] = await exec.select().from(plans).where(eq(plans.id, id));
    return row ?? null;
  },
  async findPlanByUnitYear(exec: Executor, unitId: number, year: number): Promise<PlanRow | null> {
    const [row] = await exec
      .select()
      .from(plans)
      .where(and(eq(plans.unitId, unitId), eq(plans.year, year)));
    return row ?? null;
  },
  async listPlans(exec: Executor, filter: { year?: number }): Promise<PlanRow[]> {
    return exec
      .select()
      .from(plans)
      .where(filter.year ? eq(plans.year, filter.year) : undefined)
      .orderBy(asc(plans.year), asc(plans.id));
  },
  async insertPlan(exec: Executor, values: typeof plans.$inferInsert): Promise<PlanRow> {
    const [row] = await exec.insert(plans).values(values).returning();
    return row;
  },
  async updatePlan(exec: Executor, id: number, values: Partial<typeof plans.$inferInsert>): Promise<PlanRow> {
    const [row] = await exec
      .update(plans)
      .set({ ...values, updatedAt: clock.now() })
      .where(eq(plans.id, id))
      .returning();
    return row;
  },
  /** Tasks in force per plan: cancelled ones stay in the table but no longer belong to the plan's count. */
  async taskCounts(exec: Executor): Promise<Map<number, number>> {
    const rows = await exec
      .select({ planId: planTasks.planId, n: sql<number>`count(*)::int` })
      .from(planTasks)
      .where(isNull(planTasks.cancelledOn))
      .groupBy(planTasks.planId);
    return new Map(rows.map((r) => [r.planId, r.n]));
  },
  async findTask(exec: Executor, id: number): Promise<TaskRow | null> {
    const [row] = await exec.select().from(planTasks).where(eq(planTasks.id, id));
    return row ?? null;
  },
  async listTasks(exec: Executor, planIds?: number[]): Promise<TaskRow[]> {
    if (planIds && planIds.length === 0) return [];
    return exec
      .select()
      .from(planTasks)
      .where(planIds ? inArray(planTasks.planId, planIds) : undefined)
      .orderBy(asc(planTasks.planId), asc(planTasks.id));
  },
  async insertTasks(exec: Executor, values: Array<typeof planTasks.$inferInsert>): Promise<TaskRow[]> {
    if (!values.length) return [];
    return exec.insert(planTasks).values(values).returning();
  },
  async updateTask(exec: Executor, id: number, values: Partial<typeof planTasks.$inferInsert>): Promise<TaskRow> {
    const [row] = await exec
      .update(planTasks)
      .set({ ...values, updatedAt: clock.now() })
      .where(eq(planTasks.id, id))
      .returning();
    return row;
  },
  async deleteTask(exec: Executor, id: number): Promise<void> {
    await exec.delete(planTasks).where(eq(planTasks.id, id));
  },
  async countUpdates(exec: Executor, taskId: number): Promise<number> {
    const [row] = await exec
      .select({ n: sql<number>`count(*)::int` })
      .from(planTaskUpdates)
      .where(eq(planTaskUpdates.taskId, taskId));
    return row?.n ?? 0;
  },
  async deleteTarget(exec: Executor, id: number): Promise<void> {
    await exec.delete(planTargets).where(eq(planTargets.id, id));
  },
  async insertUpdate(exec: Executor, values: typeof planTaskUpdates.$inferInsert): Promise<TaskUpdateRow> {
    const [row] = await exec.insert(planTaskUpdates).values(values).returning();
    return row;
  },
  async listUpdates(exec: Executor, taskId: number) {
    return exec
      .select({ update: planTaskUpdates, userName: users.fullName })
      .from(planTaskUpdates)
      .leftJoin(users, eq(users.id, planTaskUpdates.userId))
      .where(eq(planTaskUpdates.taskId, taskId))
      .orderBy(asc(planTaskUpdates.id));
  },
  async fileNames(exec: Executor, ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await exec.select({ id: files.id, name: files.name }).from(files).where(inArray(files.id, ids));
    return new Map(rows.map((r) => [r.id, r.name]));
  },
  async findFiles(exec: Executor, ids: string[]) {
    if (!ids.length) return [];
    return exec.select().from(files).where(inArray(files.id, ids));
  },
  async listTargets(exec: Executor, planId: number): Promise<TargetRow[]> {
    return exec.select().from(planTargets).where(eq(planTargets.planId, planId)).orderBy(asc(planTargets.id));
  },
  async findTarget(exec: Executor, id: number): Promise<TargetRow | null> {
    const [row] = await exec.select().from(planTargets).where(eq(planTargets.id, id));
    return row ?? null;
  },
  async insertTargets(exec: Executor, values: Array<typeof planTargets.$inferInsert>): Promise<TargetRow[]> {
    if (!values.length) return [];
    return exec.insert(planTargets).values(values).returning();
  },
  async updateTarget(exec: Executor, id: number, values: Partial<typeof planTargets.$inferInsert>): Promise<TargetRow> {
    const [row] = await exec.update(planTargets).set(values).where(eq(planTargets.id, id)).returning();
    return row;
  },
  async userNames(exec: Executor, ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const rows = await exec.select({ id: users.id, name: users.fullName }).from(users).where(inArray(users.id, ids));
    return new Map(rows.map((r) => [r.id, r.name]));
  },
  /** The units of the Office: those with a CCHC officer among their users, each once. */
  async officeUnitIds(exec: Executor): Promise<number[]> {
    const rows = await exec.selectDistinct({ unitId: users.unitId }).from(users).where(eq(users.role, 'cchc_officer'));
    return rows.map((r) => r.unitId);
  },
  /** The plans of these units, in no particular order. */
  async plansOfUnits(exec: Executor, unitIds: number[]): Promise<PlanRow[]> {
    return exec.select().from(plans).where(inArray(plans.unitId, unitIds));
  },
  /** Every task with the title of its plan, in no particular order. */
  async tasksWithPlanTitle(exec: Executor): Promise<Array<{ task: TaskRow; planTitle: string }>> {
    return exec.select({ task: planTasks, planTitle: plans.title }).from(planTasks).innerJoin(plans, eq(plans.id, planTasks.planId));
  },
  /** The ids of the files given as evidence in a task's progress updates. */
  async evidenceFileIds(exec: Executor, taskId: number): Promise<string[]> {
    const rows = await exec.select({ fileIds: planTaskUpdates.fileIds }).from(planTaskUpdates).where(eq(planTaskUpdates.taskId, taskId));
    return rows.flatMap((u) => u.fileIds);
  },
  /** Gives to unit `toUnitId` those of these files that belong to unit `fromUnitId`. */
  async moveFiles(exec: Executor, fileIds: string[], fromUnitId: number, toUnitId: number): Promise<void> {
    if (fileIds.length)
      await exec
        .update(files)
        .set({ unitId: toUnitId })
        .where(and(inArray(files.id, fileIds), eq(files.unitId, fromUnitId)));
  },
};
