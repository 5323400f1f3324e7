import { sql } from 'drizzle-orm';
import { date, doublePrecision, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Tables of the plans feature (see server/modules/plans/): a unit's yearly CCHC plan, its targets,
 * its tasks and their progress updates. A sub-unit's plan points at the department's plan it follows.
 */
export const plans = pgTable(
  'plans',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    documentNumber: text('document_number'),
    /** The department plan this unit's plan carries out (null for the department's own plan). */
    parentPlanId: integer('parent_plan_id'),
    /** domain/plans PlanStatus: draft | submitted | approved | returned. */
    status: text('status').notNull().default('draft'),
    submittedAt: date('submitted_at', { mode: 'string' }),
    submittedBy: integer('submitted_by'),
    approvedAt: date('approved_at', { mode: 'string' }),
    approvedBy: integer('approved_by'),
    returnComment: text('return_comment'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  // One plan per unit and year: amendments change the plan, they do not add a second one.
  (t) => [uniqueIndex('plans_unit_year_idx').on(t.unitId, t.year), index('plans_parent_idx').on(t.parentPlanId)],
);

/** A target (chỉ tiêu): computed from a metric of the registry, or typed in with evidence. */
export const planTargets = pgTable(
  'plan_targets',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id').notNull(),
    code: text('code').notNull(),
    text: text('text').notNull(),
    comparison: text('comparison').notNull(),
    value: doublePrecision('value').notNull(),
    /** '%' | 'count' | 'yes-no' */
    unit: text('unit').notNull(),
    /** Metric key of the registry; null: the value is typed in. */
    metricKey: text('metric_key'),
    /** Only tasks of these sources count (city, ministry…), for task metrics; null: all. */
    taskSources: text('task_sources').array(),
    deadline: date('deadline', { mode: 'string' }),
    typedValue: doublePrecision('typed_value'),
    typedNote: text('typed_note'),
    evidenceFileId: text('evidence_file_id'),
    typedAt: date('typed_at', { mode: 'string' }),
  },
  (t) => [index('plan_targets_plan_idx').on(t.planId)],
);

/** A task (nhiệm vụ) of a plan, with its lead unit, coordinating units and time frame. */
export const planTasks = pgTable(
  'plan_tasks',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id').notNull(),
    /** Numbering as printed (STT of the appendix). */
    no: text('no'),
    content: text('content').notNull(),
    areaKey: text('area_key').notNull(),
    leadUnitId: integer('lead_unit_id').notNull(),
    coordinatingUnitIds: integer('coordinating_unit_ids')
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    /** The "phối hợp" cell as printed: it often names groups ("các cơ quan có liên quan") that are not units. */
    coordinatingText: text('coordinating_text'),
    timeFrameText: text('time_frame_text').notNull().default(''),
    timeFrameLabel: text('time_frame_label').notNull().default(''),
    startDate: date('start_date', { mode: 'string' }),
    /** Derived from the time frame by parseTimeFrame; null: no deadline (cả năm, thường xuyên). */
    deadline: date('deadline', { mode: 'string' }),
    product: text('product'),
    /** 'self' | 'city' | 'ministry' */
    source: text('source').notNull().default('self'),
    /** 'high' | 'normal' | 'low' */
    priority: text('priority').notNull().default('normal'),
    progress: integer('progress').notNull().default(0),
    doneOn: date('done_on', { mode: 'string' }),
    doneProduct: text('done_product'),
    /**
     * Cancelled (hủy) by an adjustment of the plan: the row and its history stay as a record, but the
     * task leaves the outcome counts and reminders from this date on. Null: the task is in force.
     */
    cancelledOn: date('cancelled_on', { mode: 'string' }),
    cancelledBy: integer('cancelled_by'),
    cancelReason: text('cancel_reason'),
    /** Number and date of the adjusting decision (quyết định điều chỉnh kế hoạch), when there is one. */
    cancelDecisionNo: text('cancel_decision_no'),
    cancelDecisionDate: date('cancel_decision_date', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [index('plan_tasks_plan_idx').on(t.planId), index('plan_tasks_lead_idx').on(t.leadUnitId)],
);

/** A progress report or a note on a task, with its evidence files. */
export const planTaskUpdates = pgTable(
  'plan_task_updates',
  {
    id: serial('id').primaryKey(),
    taskId: integer('task_id').notNull(),
    /** 'progress' (lead unit), 'note' (coordinating unit or the Office), 'done'. */
    kind: text('kind').notNull(),
    progress: integer('progress'),
    note: text('note').notNull().default(''),
    fileIds: text('file_ids')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    unitId: integer('unit_id').notNull(),
    userId: integer('user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [index('plan_task_updates_task_idx').on(t.taskId)],
);
