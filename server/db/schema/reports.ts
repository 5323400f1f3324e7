import { sql } from 'drizzle-orm';
import { date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Tables of the reports feature (see server/modules/reports/): report templates (data, versioned),
 * reporting windows with the units that must report, the units' submissions, inspections with their
 * follow-up recommendations and initiatives (sáng kiến). External indices' results live in the
 * frameworks feature's external_index_results table (server/db/schema/frameworks.ts); the
 * sub-indicators the department owns under each result are kept here (external_index_indicators).
 */

/** A template is data: sections of text, each with indicators filled from a metric or typed by the unit. */
export const reportTemplates = pgTable(
  'report_templates',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    /** A change makes a new version; windows keep pointing at the version they opened with. */
    version: integer('version').notNull(),
    name: text('name').notNull(),
    /** contracts/reports ReportSection[]. */
    sections: jsonb('sections').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [uniqueIndex('report_templates_code_version_idx').on(t.code, t.version)],
);

export const reportWindows = pgTable(
  'report_windows',
  {
    id: serial('id').primaryKey(),
    templateId: integer('template_id').notNull(),
    /** domain/reports ReportKind. */
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    label: text('label').notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    /** The Office's edited text of the department's report, per section key. */
    officeTexts: jsonb('office_texts')
      .notNull()
      .default(sql`'{}'::jsonb`),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [uniqueIndex('report_windows_kind_year_idx').on(t.kind, t.year)],
);

/** The units that must report in a window. */
export const reportWindowUnits = pgTable(
  'report_window_units',
  {
    windowId: integer('window_id').notNull(),
    unitId: integer('unit_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.windowId, t.unitId] })],
);

export const reportSubmissions = pgTable(
  'report_submissions',
  {
    id: serial('id').primaryKey(),
    windowId: integer('window_id').notNull(),
    unitId: integer('unit_id').notNull(),
    /** domain/reports ReportStatus. */
    status: text('status').notNull().default('draft'),
    /** Section key → the unit's text. */
    texts: jsonb('texts')
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** Indicator key → value (typed, or taken from the metric when the unit sent the report). */
    values: jsonb('values')
      .notNull()
      .default(sql`'{}'::jsonb`),
    firstSubmittedAt: date('first_submitted_at', { mode: 'string' }),
    submittedAt: date('submitted_at', { mode: 'string' }),
    approvedAt: date('approved_at', { mode: 'string' }),
    returnComment: text('return_comment'),
    /** domain ReportSubmissionState.history. */
    history: jsonb('history')
      .notNull()
      .default(sql`'[]'::jsonb`),
    updatedBy: integer('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [uniqueIndex('report_submissions_window_unit_idx').on(t.windowId, t.unitId)],
);

/** One inspection of a unit in a year's plan (kiểm tra CCHC). */
export const inspections = pgTable(
  'inspections',
  {
    id: serial('id').primaryKey(),
    year: integer('year').notNull(),
    unitId: integer('unit_id').notNull(),
    plannedOn: date('planned_on', { mode: 'string' }),
    inspectedOn: date('inspected_on', { mode: 'string' }),
    team: text('team').notNull().default(''),
    findings: text('findings').notNull().default(''),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [uniqueIndex('inspections_year_unit_idx').on(t.year, t.unitId)],
);

/** A recommendation of an inspection: a follow-up task the inspected unit carries out. */
export const inspectionRecommendations = pgTable(
  'inspection_recommendations',
  {
    id: serial('id').primaryKey(),
    inspectionId: integer('inspection_id').notNull(),
    text: text('text').notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    /** 'open' | 'done' */
    status: text('status').notNull().default('open'),
    doneOn: date('done_on', { mode: 'string' }),
    doneNote: text('done_note'),
  },
  (t) => [index('inspection_recommendations_inspection_idx').on(t.inspectionId)],
);

/** An initiative (sáng kiến) registered by a unit, assessed and recognised with a level. */
export const initiatives = pgTable(
  'initiatives',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    authors: text('authors').notNull(),
    summary: text('summary').notNull().default(''),
    /** 'registered' | 'recognised' | 'not-recognised' */
    status: text('status').notNull().default('registered'),
    /** 'unit' | 'department' | 'city' (cấp cơ sở / cấp Sở / cấp thành phố). */
    level: text('level'),
    assessment: text('assessment'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [index('initiatives_unit_year_idx').on(t.unitId, t.year)],
);

/**
 * A sub-indicator of one published external result (external_index_results.id), e.g. the PAR Index's
 * "Cải cách thủ tục hành chính" ranked 11/18: the part the department owns and must improve.
 */
export const externalIndexIndicators = pgTable(
  'external_index_indicators',
  {
    id: serial('id').primaryKey(),
    resultId: integer('result_id').notNull(),
    position: integer('position').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    score: doublePrecision('score'),
    max: doublePrecision('max'),
    rank: integer('rank'),
    /** The ranking pool of this sub-indicator; defaults to the result's pool when not published apart. */
    rankOf: integer('rank_of'),
  },
  (t) => [uniqueIndex('external_index_indicators_result_code_idx').on(t.resultId, t.code)],
);
