// Tables of the frameworks feature (see server/modules/frameworks/): PAR Index frameworks as versioned
// JSON documents, assessments that pin the version that scored them, per-criterion self and appraised
// scores, evidence, the history of every change, and the department's published external index results.
import { sql } from 'drizzle-orm';
import { date, doublePrecision, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** One version of a framework (Bộ chỉ số CCHC); the document is the validated domain `Framework`. */
export const frameworkVersions = pgTable(
  'framework_versions',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    version: integer('version').notNull(),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    document: jsonb('document').notNull(),
    /** The decision that issued this version ("3087/QĐ-UBND"), its date and the period it is in force. */
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }),
    effectiveFrom: date('effective_from', { mode: 'string' }),
    /** Last day in force; null while no later decision replaces it. */
    effectiveTo: date('effective_to', { mode: 'string' }),
    /** The version of the same code this one amends (sửa đổi, bổ sung), if any. */
    amendsVersion: integer('amends_version'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [uniqueIndex('framework_versions_code_version_uq').on(t.code, t.version)],
);

/**
 * A framework being imported from a decision's appendix: the draft document as the officer edits it, the review
 * of every criterion (source sentences beside the recognised rule) and what the importer noticed. Publishing
 * turns it into a framework version; until then nothing an assessment reads changes.
 */
export const frameworkImports = pgTable('framework_imports', {
  id: serial('id').primaryKey(),
  sourceName: text('source_name').notNull(),
  sourceKind: text('source_kind').notNull(),
  document: jsonb('document').notNull(),
  reviews: jsonb('reviews').notNull(),
  issues: jsonb('issues').notNull(),
  tableTotal: doublePrecision('table_total'),
  /** draft | published */
  status: text('status').notNull().default('draft'),
  publishedCode: text('published_code'),
  publishedVersion: integer('published_version'),
  createdBy: integer('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
  updatedAt: timestamp('updated_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
});

/** One unit's scoring of one framework version for a year: draft → submitted → published. */
export const assessments = pgTable(
  'assessments',
  {
    id: serial('id').primaryKey(),
    frameworkVersionId: integer('framework_version_id').notNull(),
    unitId: integer('unit_id').notNull(),
    year: integer('year').notNull(),
    status: text('status').notNull().default('draft'),
    openedBy: integer('opened_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [uniqueIndex('assessments_unit_framework_year_uq').on(t.unitId, t.frameworkVersionId, t.year), index('assessments_unit_idx').on(t.unitId)],
);

/** A leaf criterion of an assessment: inputs (typed or measured), self score, appraisal. */
export const assessmentCriteria = pgTable(
  'assessment_criteria',
  {
    id: serial('id').primaryKey(),
    assessmentId: integer('assessment_id').notNull(),
    code: text('code').notNull(),
    /** input key → value, as typed or filled from a metric. */
    inputs: jsonb('inputs').notNull().default({}),
    /** input key → { metric, source, value, at } for inputs filled from the product's data. */
    measured: jsonb('measured').notNull().default({}),
    /** Written explanation where evidence is missing, or the unit's answer to an evidence request. */
    explanation: text('explanation'),
    selfScore: doublePrecision('self_score'),
    selfExplanation: text('self_explanation'),
    appraisedScore: doublePrecision('appraised_score'),
    appraisalComment: text('appraisal_comment'),
    /** open | evidence-requested | answered */
    reviewState: text('review_state').notNull().default('open'),
    updatedBy: integer('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [uniqueIndex('assessment_criteria_uq').on(t.assessmentId, t.code)],
);

/** A file backing a criterion's score. */
export const assessmentEvidence = pgTable(
  'assessment_evidence',
  {
    id: serial('id').primaryKey(),
    assessmentId: integer('assessment_id').notNull(),
    code: text('code').notNull(),
    fileId: uuid('file_id').notNull(),
    note: text('note'),
    addedBy: integer('added_by'),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [index('assessment_evidence_idx').on(t.assessmentId, t.code)],
);

/** Every change to an assessment, in order: the history the appraisal council and the unit both read. */
export const assessmentEvents = pgTable(
  'assessment_events',
  {
    id: serial('id').primaryKey(),
    assessmentId: integer('assessment_id').notNull(),
    code: text('code'),
    kind: text('kind').notNull(),
    actorId: integer('actor_id'),
    actorName: text('actor_name'),
    data: jsonb('data').notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [index('assessment_events_idx').on(t.assessmentId)],
);

/** Official results published by the province (PAR Index "02/18"), entered to show the trend. */
export const externalIndexResults = pgTable(
  'external_index_results',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull(),
    indexCode: text('index_code').notNull(),
    year: integer('year').notNull(),
    score: doublePrecision('score'),
    rank: integer('rank'),
    rankOf: integer('rank_of'),
    note: text('note'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [uniqueIndex('external_index_results_uq').on(t.unitId, t.indexCode, t.year)],
);
