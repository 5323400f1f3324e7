// Rows shared by the plans demo of 2025 (plan.demo.ts) and of the current year (plan-current-year.demo.ts).
import type { PlanTask } from '../../../domain/plans/plan';
import type { Target } from '../../../domain/targets/target';
import type { TimeFrame } from '../../../domain/tasks/time-frame';
import type { UnitCode } from '../../../domain/tasks/task';
import type { DemoContext } from '../../demo/demo-context';

/** Demo units standing for the seed's groups ("các phòng Sở" → the department, "các đơn vị giáo dục" → a school). */
const DEMO_UNIT: Partial<Record<UnitCode, string>> = { 'CAC-PHONG': 'SGDDT', PGDDT: 'PGD-LC', TRUONG: 'THPT-TP' };

/** The demo unit id standing for a unit code of the seed, null when the seed's party is not a unit. */
function demoUnitId(ctx: DemoContext, code: string): number | null {
  return ctx.unitIds.get(DEMO_UNIT[code as UnitCode] ?? code) ?? null;
}

/** A plan_targets row of a seed target; `deadline` lets another year's plan move it. */
export function targetRow(planId: number, t: Target, deadline = t.deadline ?? null) {
  const metric = t.binding.kind === 'metric' ? t.binding : null;
  return {
    planId,
    code: t.code,
    text: t.text,
    comparison: t.comparison,
    value: t.value,
    unit: t.unit,
    metricKey: metric?.metricKey ?? null,
    taskSources: metric?.scope?.taskSources ? [...metric.scope.taskSources] : null,
    deadline,
  };
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
  return {
    planId: plan.id,
    no: String(i + 1),
    content,
    areaKey,
    leadUnitId: plan.unitId,
    timeFrameText: frame.source,
    timeFrameLabel: frame.label,
    startDate: frame.start ?? null,
    deadline: frame.deadline,
  };
}

/** A school's own tasks with deadlines, to show every outcome class. */
export const SCHOOL_TASKS: Array<[string, string, string, string | null, number]> = [
  ['Xây dựng, ban hành Kế hoạch CCHC năm 2025 của trường', 'direction', 'Trước ngày 15/01/2025', '2025-01-12', 100],
  ['Rà soát, niêm yết công khai TTHC tại bộ phận tiếp nhận của trường', 'procedures', 'Quý I/2025', '2025-04-08', 100],
  ['Số hóa hồ sơ học sinh, sổ điểm điện tử', 'digital-government', 'Quý III/2025', null, 70],
  ['Khảo sát sự hài lòng của cha mẹ học sinh', 'sipas', 'Tháng 12/2025', null, 20],
  ['Bồi dưỡng kỹ năng ứng dụng CNTT cho giáo viên', 'civil-service', 'Thường xuyên', null, 50],
];
