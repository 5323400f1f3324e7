import { plan2025, plan2025AppendixTasks, plan2025Targets } from '../../../domain/plans/fixtures';
import { parseTimeFrame } from '../../../domain/tasks/time-frame';
import type { DemoContext } from '../../demo/demo-context';
import { plans, planTargets, planTasks, planTaskUpdates } from '../../db/schema/index';
import { seedCurrentYearDemo } from './plan-current-year.demo';
import { appendixTaskRow, SCHOOL_PRODUCT, SCHOOL_TASKS, schoolTaskRow, SUB_PLANS, subPlanTitle, targetRow } from './plan-demo-rows';

/** Progress of the 18 appendix lines in the demo: [progress %, done on]. Various states, as a year in progress looks. */
const STATES: Record<string, [number, string | null]> = {
  '1': [100, '2025-01-10'],
  '2': [60, null],
  '3': [100, '2025-11-28'],
  '4': [40, null],
  '5': [100, '2025-09-15'],
  '6': [30, null],
  '11': [100, '2025-12-05'],
  '13': [100, '2025-06-20'],
  '15': [50, null],
  '17': [80, null],
};

/**
 * The 2025 plan of seed 003 for the department, with its targets and 18 appendix tasks, and some
 * sub-unit plans; then the current year's demo plan (plan-current-year.demo.ts), so the demo's "today" has live work.
 */
export async function seedPlansDemo(ctx: DemoContext): Promise<void> {
  const { tx, unitIds, userIds } = ctx;
  const officer = userIds.get('vanphong')!;
  const leader = userIds.get('lanhdao')!;
  const [dept] = await tx
    .insert(plans)
    .values({
      unitId: unitIds.get('SGDDT')!,
      year: 2025,
      title: plan2025.title,
      documentNumber: plan2025.documentNumber,
      status: 'approved',
      submittedAt: '2025-01-08',
      submittedBy: officer,
      approvedAt: '2025-01-10',
      approvedBy: leader,
      createdBy: officer,
    })
    .returning();
  await tx.insert(planTargets).values(plan2025Targets.map((t) => targetRow(dept.id, t)));
  const rows = await tx
    .insert(planTasks)
    .values(
      plan2025AppendixTasks.map((t) => {
        const [progress, doneOn] = STATES[t.no] ?? [0, null];
        const row = appendixTaskRow(ctx, dept.id, t, parseTimeFrame(t.timeFrameText ?? '', 2025));
        return { ...row, progress, doneOn, doneProduct: doneOn ? t.product : null };
      }),
    )
    .returning();
  for (const r of rows.filter((x) => x.progress > 0)) {
    await tx.insert(planTaskUpdates).values({
      taskId: r.id,
      kind: r.doneOn ? 'done' : 'progress',
      progress: r.progress,
      note: r.doneOn ? 'Đã hoàn thành, sản phẩm đính kèm hồ sơ lưu.' : 'Đang triển khai theo kế hoạch.',
      unitId: r.leadUnitId,
      userId: officer,
    });
  }
  for (const sub of SUB_PLANS) {
    const [p] = await tx
      .insert(plans)
      .values({
        unitId: unitIds.get(sub.unit)!,
        year: 2025,
        title: subPlanTitle(sub.unit, 2025),
        parentPlanId: dept.id,
        status: sub.status,
        submittedAt: sub.submittedAt,
        approvedAt: sub.status === 'approved' ? '2025-01-14' : null,
        approvedBy: sub.status === 'approved' ? officer : null,
      })
      .returning();
    if (sub.unit !== 'THPT-TP') continue;
    await tx.insert(planTasks).values(
      SCHOOL_TASKS.map(([content, areaKey, time, doneOn, progress], i) => ({
        ...schoolTaskRow(p, i, content, areaKey, parseTimeFrame(time, 2025)),
        progress,
        doneOn,
        doneProduct: doneOn ? SCHOOL_PRODUCT : null,
      })),
    );
  }
  await seedCurrentYearDemo(ctx);
}
