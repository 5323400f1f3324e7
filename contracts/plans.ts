import { z } from 'zod';
import { REFORM_AREA_KEYS } from '../domain/plans/reform-areas';

/** Requests and replies of the plans feature: plans, targets, tasks, progress, statistics, import. */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày theo dạng YYYY-MM-DD.');

export const PlanStatusSchema = z.enum(['draft', 'submitted', 'approved', 'returned']);
export const AreaKey = z.enum(REFORM_AREA_KEYS);
export const TaskSourceSchema = z.enum(['self', 'city', 'ministry']);
export const TaskPriority = z.enum(['high', 'normal', 'low']);
export const TaskOutcomeSchema = z.enum(['done-on-time', 'done-late', 'done-no-deadline', 'open-within-time', 'open-overdue', 'open-no-deadline']);

export const Plan = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  year: z.number(),
  title: z.string(),
  documentNumber: z.string().nullable(),
  parentPlanId: z.number().nullable(),
  status: PlanStatusSchema,
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  returnComment: z.string().nullable(),
  taskCount: z.number(),
  /** Actions this user may take now (for buttons). */
  actions: z.array(z.enum(['submit', 'approve', 'return', 'revise'])),
  canEdit: z.boolean(),
});
export type Plan = z.infer<typeof Plan>;
export const PlanList = z.array(Plan);

export const PlanListQuery = z.object({ year: z.coerce.number().int().optional(), unitId: z.coerce.number().int().optional() });

export const CreatePlanRequest = z.object({
  unitId: z.number().int().positive({ message: 'Chọn đơn vị của kế hoạch.' }),
  year: z.number().int().min(2000, 'Năm kế hoạch không hợp lệ.').max(2100, 'Năm kế hoạch không hợp lệ.'),
  title: z.string().trim().min(5, 'Tên kế hoạch cần ít nhất 5 ký tự.').max(500),
  documentNumber: z.string().trim().max(60).nullish(),
  parentPlanId: z.number().int().positive().nullish(),
});
export type CreatePlanRequest = z.infer<typeof CreatePlanRequest>;

export const PlanTransitionRequest = z.object({
  action: z.enum(['submit', 'approve', 'return', 'revise']),
  comment: z.string().trim().max(2000).optional(),
});
export type PlanTransitionRequest = z.infer<typeof PlanTransitionRequest>;

export const SubmissionQuery = z.object({ year: z.coerce.number().int(), deadline: z.string().default('15/01'), asOf: isoDate.optional() });
export const SubmissionRow = z.object({
  unitId: z.number(),
  unitName: z.string(),
  unitType: z.string(),
  planId: z.number().nullable(),
  planStatus: PlanStatusSchema.nullable(),
  submittedAt: z.string().nullable(),
  status: z.enum(['on-time', 'late', 'missing', 'not-due']),
  label: z.string(),
});
export const SubmissionList = z.object({ deadline: z.string(), asOf: z.string(), rows: z.array(SubmissionRow) });

export const Task = z.object({
  id: z.number(),
  planId: z.number(),
  planYear: z.number(),
  no: z.string().nullable(),
  content: z.string(),
  areaKey: AreaKey,
  leadUnitId: z.number(),
  leadUnitName: z.string(),
  coordinatingUnitIds: z.array(z.number()),
  coordinatingUnitNames: z.array(z.string()),
  timeFrameText: z.string(),
  timeFrameLabel: z.string(),
  startDate: z.string().nullable(),
  deadline: z.string().nullable(),
  product: z.string().nullable(),
  source: TaskSourceSchema,
  priority: TaskPriority,
  progress: z.number(),
  doneOn: z.string().nullable(),
  doneProduct: z.string().nullable(),
  outcome: TaskOutcomeSchema,
  /** Set when the task was cancelled (hủy) by an adjustment of the plan: it stays listed but is not counted. */
  cancellation: z.object({ on: z.string(), reason: z.string(), decisionNo: z.string().nullable(), decisionDate: z.string().nullable() }).nullable(),
  /** What this user may do: update progress (lead unit) or only add notes (coordinating units). */
  canUpdate: z.boolean(),
  canNote: z.boolean(),
  /** Edit or delete the task itself: while the plan is a draft or returned, or by the Office. */
  canEdit: z.boolean(),
});
export type Task = z.infer<typeof Task>;
export const TaskList = z.array(Task);

export const TaskQuery = z.object({
  asOf: isoDate.optional(),
  areaKey: AreaKey.optional(),
  leadUnitId: z.coerce.number().int().optional(),
  source: TaskSourceSchema.optional(),
  priority: TaskPriority.optional(),
  outcome: TaskOutcomeSchema.optional(),
  /** 'active': leave cancelled tasks out; 'cancelled': only them; absent: all. An outcome filter never matches a cancelled task. */
  state: z.enum(['active', 'cancelled']).optional(),
  q: z.string().optional(),
});

/** Cancels a task by an adjustment of the plan: the reason is required, the adjusting decision when there is one. */
export const CancelTaskRequest = z.object({
  reason: z.string().trim().min(5, 'Nhập lý do hủy nhiệm vụ (ít nhất 5 ký tự).').max(2000),
  decisionNo: z.string().trim().max(100).nullish(),
  decisionDate: isoDate.nullish(),
});
export type CancelTaskRequest = z.input<typeof CancelTaskRequest>;

export const CreateTaskRequest = z.object({
  content: z.string().trim().min(3, 'Nhập nội dung nhiệm vụ (ít nhất 3 ký tự).').max(4000),
  no: z.string().trim().max(20).nullish(),
  areaKey: AreaKey,
  leadUnitId: z.number().int().positive({ message: 'Chọn đơn vị chủ trì.' }),
  coordinatingUnitIds: z.array(z.number().int().positive()).default([]),
  timeFrame: z.string().trim().max(200).default(''),
  product: z.string().trim().max(2000).nullish(),
  source: TaskSourceSchema.default('self'),
  priority: TaskPriority.default('normal'),
});
export type CreateTaskRequest = z.input<typeof CreateTaskRequest>;

/** Changes to a task: only the fields sent change; a new time frame is read again into a deadline. */
export const EditTaskRequest = z.object({
  content: z.string().trim().min(3, 'Nhập nội dung nhiệm vụ (ít nhất 3 ký tự).').max(4000).optional(),
  no: z.string().trim().max(20).nullish(),
  areaKey: AreaKey.optional(),
  leadUnitId: z.number().int().positive({ message: 'Chọn đơn vị chủ trì.' }).optional(),
  coordinatingUnitIds: z.array(z.number().int().positive()).optional(),
  timeFrame: z.string().trim().max(200).optional(),
  product: z.string().trim().max(2000).nullish(),
  source: TaskSourceSchema.optional(),
  priority: TaskPriority.optional(),
});
export type EditTaskRequest = z.input<typeof EditTaskRequest>;

export const TaskUpdateRequest = z.object({
  /** Progress 0–100; leave out for a note. 100 needs doneOn. */
  progress: z.number().int().min(0, 'Tiến độ từ 0 đến 100%.').max(100, 'Tiến độ từ 0 đến 100%.').optional(),
  note: z.string().trim().max(4000).default(''),
  fileIds: z.array(z.string().uuid()).max(10).default([]),
  doneOn: isoDate.optional(),
  doneProduct: z.string().trim().max(2000).optional(),
});
export type TaskUpdateRequest = z.input<typeof TaskUpdateRequest>;

export const TaskUpdate = z.object({
  id: z.number(),
  kind: z.string(),
  progress: z.number().nullable(),
  note: z.string(),
  files: z.array(z.object({ id: z.string(), name: z.string() })),
  unitName: z.string(),
  userName: z.string(),
  createdAt: z.string(),
});
export const TaskDetail = z.object({ task: Task, updates: z.array(TaskUpdate) });

export const MyTasks = z.object({ asOf: z.string(), dueSoon: TaskList, overdue: TaskList, all: TaskList });

const Summary = z.object({
  assigned: z.number(),
  done: z.number(),
  doneOnTime: z.number(),
  doneLate: z.number(),
  doneNoDeadline: z.number(),
  open: z.number(),
  openWithin: z.number(),
  openOverdue: z.number(),
  openNoDeadline: z.number(),
});
const Ratio = z.object({ numerator: z.number(), denominator: z.number(), ratio: z.number().nullable(), explanation: z.string() });
/** Figures grouped in the structure of the plan's own day (default) or re-grouped into today's units. */
export const StatsStructure = z.enum(['own-day', 'today']);
export const PlanStats = z.object({
  asOf: z.string(),
  structure: StatsStructure,
  total: Summary,
  byArea: z.array(z.object({ key: z.string(), label: z.string(), summary: Summary })),
  byUnit: z.array(z.object({ key: z.string(), label: z.string(), summary: Summary })),
  bySource: z.array(z.object({ key: z.string(), label: z.string(), summary: Summary })),
  criterion8: z.object({ policyId: z.string(), '8.1': Ratio, '8.2': Ratio }),
});
export type PlanStats = z.infer<typeof PlanStats>;

/** The department-wide roll-up: every plan of the year the user sees (the department's and its sub-units'). */
export const ProgressQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  asOf: isoDate.optional(),
  structure: StatsStructure.default('own-day'),
});
export const StatsQuery = z.object({ asOf: isoDate.optional(), structure: StatsStructure.default('own-day') });
export const DepartmentProgress = PlanStats.extend({
  year: z.number(),
  /** One group per plan (its unit), so the Office sees how each unit's own plan is going. */
  byPlan: z.array(z.object({ key: z.string(), label: z.string(), status: PlanStatusSchema, summary: Summary })),
});
export type DepartmentProgress = z.infer<typeof DepartmentProgress>;

export const Target = z.object({
  id: z.number(),
  planId: z.number(),
  code: z.string(),
  text: z.string(),
  comparison: z.enum(['>=', '<=', '=', '>', '<']),
  value: z.number(),
  unit: z.enum(['%', 'count', 'yes-no']),
  metricKey: z.string().nullable(),
  taskSources: z.array(TaskSourceSchema).nullable(),
  deadline: z.string().nullable(),
  typedValue: z.number().nullable(),
  typedNote: z.string().nullable(),
  evidenceFileId: z.string().nullable(),
  evaluation: z.object({
    actual: z.number().nullable(),
    met: z.boolean().nullable(),
    gap: z.number().nullable(),
    provisional: z.boolean(),
    explanation: z.string(),
    source: z.string(),
  }),
});
export type Target = z.infer<typeof Target>;
export const TargetList = z.array(Target);

export const CreateTargetRequest = z.object({
  code: z.string().trim().min(1, 'Nhập mã chỉ tiêu.').max(30),
  text: z.string().trim().min(3, 'Nhập nội dung chỉ tiêu.').max(1000),
  comparison: z.enum(['>=', '<=', '=', '>', '<']),
  value: z.number(),
  unit: z.enum(['%', 'count', 'yes-no']),
  metricKey: z.string().nullish(),
  deadline: isoDate.nullish(),
});
/** Changes to a target: only the fields sent change. */
export const EditTargetRequest = CreateTargetRequest.partial();
export type EditTargetRequest = z.infer<typeof EditTargetRequest>;
export const TypedValueRequest = z.object({
  value: z.number(),
  note: z.string().trim().max(2000).default(''),
  evidenceFileId: z.string().uuid({ message: 'Đính kèm tệp minh chứng cho số liệu nhập tay.' }),
});

export const ImportRow = z.object({
  row: z.number(),
  no: z.string().nullable(),
  content: z.string(),
  leadUnitId: z.number().nullable(),
  leadUnitName: z.string(),
  coordinatingUnitNames: z.array(z.string()),
  timeFrame: z.string(),
  timeFrameLabel: z.string(),
  deadline: z.string().nullable(),
  product: z.string().nullable(),
  /** From the "Lĩnh vực" column, else the section heading above, else a guess from the content. */
  areaKey: AreaKey,
  source: TaskSourceSchema,
  priority: TaskPriority,
});
export const ImportError = z.object({ row: z.number(), column: z.string(), message: z.string() });
export const ImportPreview = z.object({ rows: z.array(ImportRow), errors: z.array(ImportError), accepted: z.boolean() });
export type ImportPreview = z.infer<typeof ImportPreview>;
export const ImportResult = z.object({ created: z.number() });
