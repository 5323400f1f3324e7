/**
 * The current year's demo plan (2026 when written): seed 003's 2025 plan moved on to the year of the
 * demo's "today", for the department and the same sub-units as the 2025 demo, with progress made up
 * relative to that day, so the dashboard and "my tasks" show live work whatever day the demo starts.
 * Plans have no description column, so the mark "Dữ liệu minh họa" goes in the title. Up to 2025 the
 * current plan is seed 003's real one, so nothing is added then.
 */
import { and, eq } from 'drizzle-orm';
import { plan2025AppendixTasks, plan2025Targets } from '../../../domain/plans/fixtures';
import { parseTimeFrame, type TimeFrame } from '../../../domain/tasks/time-frame';
import { addDays, daysBetween, type IsoDate } from '../../../domain/time/iso-date';
import { DEMO_USERS } from '../../demo/demo-accounts';
import { seededRandom } from '../../../domain/random/seeded';
import type { DemoContext } from '../../demo/demo-context';
import { plans, planTargets, planTasks, planTaskUpdates } from '../../db/schema/index';
import { appendixTaskRow, SCHOOL_PRODUCT, SCHOOL_TASKS, schoolTaskRow, SUB_PLANS, subPlanTitle, targetRow } from './plan-demo-rows';

export const DEMO_MARK = 'Dữ liệu minh họa';

/**
 * Time frames of the demo plan ({Y}: its year). Seed 003 gives 17 of its 18 lines "Cả năm", which has
 * no deadline: moved as printed, nothing could be late or overdue. The demo spreads them over the
 * year; lines not listed keep the seed's frame.
 */
const DEMO_FRAMES: Readonly<Record<string, string>> = {
  '3': 'Quý II-III/{Y}',
  '4': 'Quý I/{Y}',
  '5': '6 tháng đầu năm {Y}',
  '6': 'Quý II/{Y}',
  '7': 'Tháng 3-6/{Y}',
  '8': 'Quý III/{Y}',
  '9': 'Tháng 9/{Y}',
  '10': 'Tháng 11/{Y}',
  '12': 'Quý IV/{Y}',
  '13': 'Tháng 12/{Y}',
  '15': '6 tháng cuối năm {Y}',
  '16': 'Quý I/{Y}',
  '17': 'Trước ngày 10/12/{Y}',
  '18': 'Quý IV/{Y}',
};

/** The seed's "năm 2025" and "…/2025" said of another year; other years in the text (2023-2025) stay. */
function moveYear(text: string, year: number): string {
  return text.replace(/năm 2025/g, `năm ${year}`).replace(/\/2025\b/g, `/${year}`);
}

const int = (random: () => number, n: number) => Math.floor(random() * n);
const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
const earlier = (a: IsoDate, b: IsoDate) => (a < b ? a : b);
const tens = (n: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(n / 10) * 10));

export interface DemoTaskTiming {
  start: IsoDate;
  deadline: IsoDate | null;
  /** Known to be done on this day (the task of issuing the plan is done when it is approved). */
  doneOn?: IsoDate | null;
}
export interface DemoProgress {
  progress: number;
  doneOn: IsoDate | null;
}

/**
 * Made-up progress of a plan's tasks as of `today`: tasks due more than a week ago are mostly done
 * on time, about a fifth late and a few still overdue; the others follow the share of their time
 * frame that has passed (not started before it opens); a few year-long tasks are already done.
 */
export function demoProgress(tasks: readonly DemoTaskTiming[], today: IsoDate, random: () => number): DemoProgress[] {
  const longAgo = addDays(today, -7);
  const past = tasks.flatMap((t, i) => (t.deadline !== null && t.deadline < longAgo && !t.doneOn ? [i] : []));
  for (let i = past.length - 1; i > 0; i -= 1) {
    const j = int(random, i + 1);
    [past[i], past[j]] = [past[j], past[i]];
  }
  const overdue = past.length >= 3 ? Math.max(1, Math.round(past.length * 0.15)) : 0;
  const late = past.length >= 3 ? Math.max(1, Math.round(past.length * 0.2)) : 0;
  const fate = new Map(past.map((i, k) => [i, k < overdue ? 'overdue' : k < overdue + late ? 'late' : 'on-time']));
  const yearEnd = `${today.slice(0, 4)}-12-31`;
  return tasks.map((t, i): DemoProgress => {
    const due = t.deadline!;
    if (t.doneOn) return { progress: 100, doneOn: t.doneOn };
    if (fate.get(i) === 'on-time') return { progress: 100, doneOn: later(t.start, addDays(due, -int(random, 21))) };
    if (fate.get(i) === 'late') return { progress: 100, doneOn: earlier(addDays(due, 3 + int(random, 30)), addDays(today, -1)) };
    if (fate.get(i) === 'overdue') return { progress: 50 + 10 * int(random, 4), doneOn: null };
    const pace = Math.min(1, Math.max(0, daysBetween(t.start, today) / Math.max(1, daysBetween(t.start, t.deadline ?? yearEnd))));
    if (pace === 0) return { progress: 0, doneOn: null };
    if (t.deadline === null && pace > 0.5 && random() < 0.25) return { progress: 100, doneOn: later(t.start, addDays(today, -5 - int(random, 60))) };
    const p = pace * 100 + random() * 30 - 20;
    return { progress: t.deadline !== null && daysBetween(today, t.deadline) > 60 ? tens(p, 0, 40) : tens(p, 10, 90), doneOn: null };
  });
}

/** Progress reports leading to a task's state, all dated before `today`: one halfway, then the last. */
function updatesOf(p: DemoProgress, start: IsoDate, today: IsoDate, random: () => number) {
  if (p.progress === 0) return [];
  const last = later(start, p.doneOn ?? addDays(today, -1 - int(random, 10)));
  const mid = { on: addDays(start, Math.floor(daysBetween(start, last) / 2)), progress: tens(p.progress / 2, 10, 90), kind: 'progress' };
  const final = { on: last, progress: p.progress, kind: p.doneOn ? 'done' : 'progress' };
  return p.progress >= 40 ? [mid, final] : [final];
}

type TaskRow = typeof planTasks.$inferInsert & { planId: number; leadUnitId: number };

/** Inserts a plan's tasks with made-up progress as of ctx.today, and the reports that led there. */
async function insertTasks(
  ctx: DemoContext,
  rows: Array<{ row: TaskRow; frame: TimeFrame; product: string | null; doneOn?: IsoDate | null }>,
  seed: number,
): Promise<void> {
  const random = seededRandom(seed);
  const yearStart = `${ctx.today.slice(0, 4)}-01-01`;
  const timings = rows.map(({ frame, doneOn }) => ({ start: frame.start ?? yearStart, deadline: frame.deadline, doneOn }));
  const states = demoProgress(timings, ctx.today, random);
  const reporterOf = new Map(DEMO_USERS.map((a) => [ctx.unitIds.get(a.unit), ctx.userIds.get(a.username)!]));
  const officer = ctx.userIds.get('vanphong')!;
  const inserted = await ctx.tx
    .insert(planTasks)
    .values(rows.map(({ row, product }, i) => ({ ...row, ...states[i], doneProduct: states[i].doneOn ? product : null })))
    .returning();
  const updates = inserted.flatMap((task, i) =>
    updatesOf(states[i], timings[i].start, ctx.today, random).map((u) => ({
      taskId: task.id,
      kind: u.kind,
      progress: u.progress,
      note: u.kind === 'done' ? 'Đã hoàn thành, sản phẩm đính kèm hồ sơ lưu.' : 'Đang triển khai theo kế hoạch.',
      unitId: task.leadUnitId,
      userId: reporterOf.get(task.leadUnitId) ?? officer,
      // Morning in Vietnam: the same calendar day there and in UTC.
      createdAt: new Date(`${u.on}T09:00:00+07:00`),
    })),
  );
  if (updates.length > 0) await ctx.tx.insert(planTaskUpdates).values(updates);
}

const moveDate = (date: IsoDate, year: number) => `${year}${date.slice(4)}`;

/** A date of the 2025 demo moved to `year`, kept only once it has come by `today`. */
function movedDate(date: IsoDate | null, year: number, today: IsoDate): IsoDate | null {
  return date && moveDate(date, year) <= today ? moveDate(date, year) : null;
}

/** The current year's demo plans (department and sub-units); does nothing when they exist or before 2026. */
export async function seedCurrentYearDemo(ctx: DemoContext): Promise<void> {
  const { tx, unitIds, userIds, today } = ctx;
  const year = Number(today.slice(0, 4));
  const deptUnit = unitIds.get('SGDDT')!;
  if (year <= 2025) return;
  const existing = await tx
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.unitId, deptUnit), eq(plans.year, year)));
  if (existing.length > 0) return;
  const officer = userIds.get('vanphong')!;
  const approvedAt = movedDate('2025-01-10', year, today);
  const [dept] = await tx
    .insert(plans)
    .values({
      unitId: deptUnit,
      year,
      title: `Kế hoạch cải cách hành chính năm ${year} (${DEMO_MARK})`,
      documentNumber: '/KH-SGDĐT',
      status: approvedAt ? 'approved' : 'draft',
      submittedAt: approvedAt ? moveDate('2025-01-08', year) : null,
      submittedBy: approvedAt ? officer : null,
      approvedAt,
      approvedBy: approvedAt ? userIds.get('lanhdao')! : null,
      createdBy: officer,
    })
    .returning();
  await tx
    .insert(planTargets)
    .values(plan2025Targets.map((t) => ({ ...targetRow(dept.id, t, t.deadline ? moveDate(t.deadline, year) : null), text: moveYear(t.text, year) })));
  const lines = plan2025AppendixTasks.map((t) => {
    const frame = parseTimeFrame(DEMO_FRAMES[t.no]?.replace('{Y}', String(year)) ?? moveYear(t.timeFrameText ?? '', year), year);
    const doneOn = t.no === '1' ? approvedAt : null;
    return { row: appendixTaskRow(ctx, dept.id, t, frame, moveYear(t.content, year)), frame, product: t.product, doneOn };
  });
  await insertTasks(ctx, lines, year);

  for (const sub of SUB_PLANS) {
    const submittedAt = movedDate(sub.submittedAt, year, today);
    const subApproved = sub.status === 'approved' ? movedDate('2025-01-14', year, today) : null;
    const status = !submittedAt ? 'draft' : subApproved ? 'approved' : 'submitted';
    const [p] = await tx
      .insert(plans)
      .values({
        unitId: unitIds.get(sub.unit)!,
        year,
        title: `${subPlanTitle(sub.unit, year)} (${DEMO_MARK})`,
        parentPlanId: dept.id,
        status,
        submittedAt,
        approvedAt: subApproved,
        approvedBy: subApproved ? officer : null,
      })
      .returning();
    if (sub.unit !== 'THPT-TP') continue;
    const school = SCHOOL_TASKS.map(([content, areaKey, time], i) => {
      const frame = parseTimeFrame(moveYear(time, year), year);
      return { row: schoolTaskRow(p, i, moveYear(content, year), areaKey, frame), frame, product: SCHOOL_PRODUCT };
    });
    await insertTasks(ctx, school, year + 1);
  }
}
