import { count, eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp, type TestContext } from '../../../test/harness';
import { DEMO_ORG } from '../../demo/demo-org';
import { DEMO_USERS } from '../../demo/demo-accounts';
import { plans, planTargets, planTasks, planTaskUpdates } from '../../db/schema/index';
import { seedPlansDemo } from './plan.demo';
import { seedCurrentYearDemo } from './plan-current-year.demo';

const t = useTestApp();

function context(today: string) {
  const unitIds = new Map(DEMO_ORG.map((u) => [u.code, t.unitId(u.code)]));
  const userIds = new Map(DEMO_USERS.map((u) => [u.username, t.userId(u.username)]));
  return { unitIds, userIds, today };
}

/** The plans demo (2025 and the current year's) as on `today`. */
async function seed(tc: TestContext, today: string) {
  await tc.database.db.transaction((tx) => seedPlansDemo({ tx, ...context(today) }));
}

async function plansOf(year: number) {
  const db = t.database.db;
  const rows = await db.select().from(plans).where(eq(plans.year, year)).orderBy(plans.id);
  const tasks = rows.length
    ? await db
        .select()
        .from(planTasks)
        .where(
          inArray(
            planTasks.planId,
            rows.map((p) => p.id),
          ),
        )
        .orderBy(planTasks.id)
    : [];
  return { plans: rows, tasks };
}

/** Progress reports of the year's tasks, with their day in Vietnam. */
async function updateDays(year: number) {
  return t.database.db
    .select({ day: sql<string>`to_char(${planTaskUpdates.createdAt} at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')`, kind: planTaskUpdates.kind })
    .from(planTaskUpdates)
    .innerJoin(planTasks, eq(planTasks.id, planTaskUpdates.taskId))
    .innerJoin(plans, eq(plans.id, planTasks.planId))
    .where(eq(plans.year, year));
}

describe('plans demo: the current year beside 2025', () => {
  it('seeds a 2026 demo plan like the 2025 one, with mixed outcomes as of late November, and a second seeding changes nothing', async () => {
    const today = '2026-11-24';
    await seed(t, today);
    const y2025 = await plansOf(2025);
    const y2026 = await plansOf(2026);
    const dept = y2026.plans.find((p) => p.parentPlanId === null)!;
    expect(dept.title).toBe('Kế hoạch cải cách hành chính năm 2026 (Dữ liệu minh họa)');
    expect(dept).toMatchObject({ unitId: t.unitId('SGDDT'), status: 'approved', submittedAt: '2026-01-08', approvedAt: '2026-01-10' });
    // Same shape as 2025: the department's plan and the same sub-units, with as many tasks each.
    expect(y2026.plans.map((p) => p.unitId)).toEqual(y2025.plans.map((p) => p.unitId));
    const tasksPerPlan = (y: typeof y2025) => y.plans.map((p) => y.tasks.filter((x) => x.planId === p.id).length);
    expect(tasksPerPlan(y2026)).toEqual(tasksPerPlan(y2025));
    expect(tasksPerPlan(y2026)[0]).toBe(18);
    expect(y2026.tasks.find((x) => x.no === '1' && x.planId === dept.id)).toMatchObject({
      content: 'Ban hành Kế hoạch CCHC năm 2026',
      deadline: '2026-01-15',
      doneOn: '2026-01-10',
    });
    const targets = await t.database.db.select().from(planTargets).where(eq(planTargets.planId, dept.id));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((x) => x.deadline === null || x.deadline.startsWith('2026-'))).toBe(true);

    // Outcomes as the app counts them: some done on time, some late, some in progress, some overdue.
    const stats = await t.request({ method: 'GET', url: `/api/plans/${dept.id}/stats?asOf=${today}`, as: 'vanphong' });
    expect(stats.statusCode, stats.body).toBe(200);
    const total = stats.json().total;
    expect(total.assigned).toBe(18);
    for (const k of ['doneOnTime', 'doneLate', 'openWithin', 'openOverdue']) expect(total[k], k).toBeGreaterThan(0);
    expect(total.done).toBeGreaterThan(total.openOverdue);
    const progress = (await t.request({ method: 'GET', url: `/api/plans/progress?year=2026&asOf=${today}`, as: 'vanphong' })).json();
    expect(progress.total.assigned).toBe(y2026.tasks.length);

    // Nothing is dated after "today".
    expect(y2026.tasks.every((x) => x.doneOn === null || x.doneOn < today)).toBe(true);
    const days = await updateDays(2026);
    expect(days.length).toBeGreaterThan(10);
    expect(days.filter((d) => d.day > today)).toEqual([]);
    expect(days.filter((d) => d.kind === 'done').length).toBe(y2026.tasks.filter((x) => x.doneOn !== null).length);

    // Seeding again adds nothing.
    await t.database.db.transaction((tx) => seedCurrentYearDemo({ tx, ...context(today) }));
    const again = await plansOf(2026);
    expect(again.plans.length).toBe(y2026.plans.length);
    expect(again.tasks.length).toBe(y2026.tasks.length);
    expect((await updateDays(2026)).length).toBe(days.length);

    // The same day gives the same data (seeded PRNG): remove the 2026 plans and seed them again.
    const db = t.database.db;
    const ids = y2026.plans.map((p) => p.id);
    await db.delete(planTaskUpdates).where(
      inArray(
        planTaskUpdates.taskId,
        y2026.tasks.map((x) => x.id),
      ),
    );
    await db.delete(planTasks).where(inArray(planTasks.planId, ids));
    await db.delete(planTargets).where(inArray(planTargets.planId, ids));
    await db.delete(plans).where(inArray(plans.id, ids));
    await db.transaction((tx) => seedCurrentYearDemo({ tx, ...context(today) }));
    const state = (x: typeof y2026.tasks) => x.map((r) => [r.no, r.deadline, r.progress, r.doneOn]);
    expect(state((await plansOf(2026)).tasks)).toEqual(state(y2026.tasks));
  });

  it('early in the year most tasks are not started, sub-plans follow their dates, and no date is after today', async () => {
    const today = '2026-01-12';
    await seed(t, today);
    const y2026 = await plansOf(2026);
    expect(y2026.plans.map((p) => p.status)).toEqual(['approved', 'submitted', 'draft', 'draft']);
    expect(y2026.tasks.filter((x) => x.progress === 0).length).toBeGreaterThan(y2026.tasks.length / 2);
    expect(y2026.tasks.every((x) => x.doneOn === null || x.doneOn < today)).toBe(true);
    expect((await updateDays(2026)).filter((d) => d.day > today)).toEqual([]);
  });

  it("adds no plan while the current year is 2025: seed 003 is that year's real plan", async () => {
    await seed(t, '2025-12-15');
    const [{ n }] = await t.database.db.select({ n: count() }).from(plans).where(eq(plans.year, 2026));
    expect(n).toBe(0);
  });
});
