import { plan2025, plan2025AppendixTasks, plan2025Targets } from '../../../domain/plans/fixtures';
import type { PlanTask } from '../../../domain/plans/plan';
import type { Target } from '../../../domain/targets/target';
import { parseTimeFrame, type TimeFrame } from '../../../domain/tasks/time-frame';
import type { UnitCode } from '../../../domain/tasks/task';
import type { DemoContext } from '../../demo/seed-demo';
import { plans, planTargets, planTasks, planTaskUpdates } from '../../db/schema/index';
import { seedCurrentYearDemo } from './demo-2026';

/** Demo units standing for the seed's groups ("các phòng Sở" → the department, "các đơn vị giáo dục" → a school). */
const DEMO_UNIT: Partial<Record<UnitCode, string>> = { 'CAC-PHONG': 'SGDDT', PGDDT: 'PGD-LC', TRUONG: 'THPT-TP' };

/** The demo unit id standing for a unit code of the seed, null when the seed's party is not a unit. */
export function demoUnitId(ctx: DemoContext, code: string): number | null {
  return ctx.unitIds.get(DEMO_UNIT[code as UnitCode] ?? code) ?? null;
}

/** A plan_targets row of a seed target; `deadline` lets another year's plan move it. */
export function targetRow(planId: number, t: Target, deadline = t.deadline ?? null) {
  const metric = t.binding.kind === 'metric' ? t.binding : null;
  return { planId, code: t.code, text: t.text, comparison: t.comparison, value: t.value, unit: t.unit, metricKey: metric?.metricKey ?? null, taskSources: metric?.scope?.taskSources ? [...metric.scope.taskSources] : null, deadline };
}

/** The plan_tasks columns an appendix line gives (no progress), with its time frame read for the plan's year. */
export function appendixTaskRow(ctx: DemoContext, planId: number, t: PlanTask, frame: TimeFrame, content = t.content) {
  return {
    planId,
    no: t.no,
    content,
    areaKey: t.areaKey,
    leadUnitId: demoUnitId(ctx, t.leadUnits[0].code)!,
    coordinatingUnitIds: t.coordinatingUnits.map((c) => demoUnitId(ctx, c.code)).filter((id): id is number => id !== null),
    coordinatingText: t.coordinatingUnits.map((c) => c.name).join(', '),
    timeFrameText: frame.source,
    timeFrameLabel: frame.label,
    startDate: frame.start ?? null,
    deadline: frame.deadline,
    product: t.product,
    source: t.source,
  };
}

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

/** Sub-unit plans: one sent on time, one late, one still a draft (the Office's 15/01 check shows all three). */
export const SUB_PLANS: Array<{ unit: string; status: 'approved' | 'submitted' | 'draft'; submittedAt: string | null }> = [
  { unit: 'PGD-LC', status: 'approved', submittedAt: '2025-01-10' },
  { unit: 'THPT-TP', status: 'submitted', submittedAt: '2025-01-20' },
  { unit: 'PGD-NQ', status: 'draft', submittedAt: null },
];

/** Title of a demo sub-unit's plan of a year. */
export function subPlanTitle(unit: string, year: number): string {
  const name = unit === 'THPT-TP' ? 'Trường THPT Trần Phú' : unit === 'PGD-LC' ? 'Phòng GD&ĐT quận Lê Chân' : 'Phòng GD&ĐT quận Ngô Quyền';
  return `Kế hoạch CCHC năm ${year} của ${name}`;
}

export const SCHOOL_PRODUCT = 'Báo cáo kết quả';

/** The plan_tasks columns of the school's own task number i+1 (no progress). */
export function schoolTaskRow(plan: { id: number; unitId: number }, i: number, content: string, areaKey: string, frame: TimeFrame) {
  return { planId: plan.id, no: String(i + 1), content, areaKey, leadUnitId: plan.unitId, timeFrameText: frame.source, timeFrameLabel: frame.label, startDate: frame.start ?? null, deadline: frame.deadline };
}

/** A school's own tasks with deadlines, to show every outcome class. */
export const SCHOOL_TASKS: Array<[string, string, string, string | null, number]> = [
  ['Xây dựng, ban hành Kế hoạch CCHC năm 2025 của trường', 'direction', 'Trước ngày 15/01/2025', '2025-01-12', 100],
  ['Rà soát, niêm yết công khai TTHC tại bộ phận tiếp nhận của trường', 'procedures', 'Quý I/2025', '2025-04-08', 100],
  ['Số hóa hồ sơ học sinh, sổ điểm điện tử', 'digital-government', 'Quý III/2025', null, 70],
  ['Khảo sát sự hài lòng của cha mẹ học sinh', 'sipas', 'Tháng 12/2025', null, 20],
  ['Bồi dưỡng kỹ năng ứng dụng CNTT cho giáo viên', 'civil-service', 'Thường xuyên', null, 50],
];

/**
 * The 2025 plan of seed 003 for the department, with its targets and 18 appendix tasks, and some
 * sub-unit plans; then the current year's demo plan (demo-2026.ts), so the demo's "today" has live work.
 */
export async function seedPlansDemo(ctx: DemoContext): Promise<void> {
  const { tx, unitIds, userIds } = ctx;
  const officer = userIds.get('vanphong')!;
  const leader = userIds.get('lanhdao')!;
  const [dept] = await tx
    .insert(plans)
    .values({ unitId: unitIds.get('SGDDT')!, year: 2025, title: plan2025.title, documentNumber: plan2025.documentNumber, status: 'approved', submittedAt: '2025-01-08', submittedBy: officer, approvedAt: '2025-01-10', approvedBy: leader, createdBy: officer })
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
    await tx.insert(planTaskUpdates).values({ taskId: r.id, kind: r.doneOn ? 'done' : 'progress', progress: r.progress, note: r.doneOn ? 'Đã hoàn thành, sản phẩm đính kèm hồ sơ lưu.' : 'Đang triển khai theo kế hoạch.', unitId: r.leadUnitId, userId: officer });
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
