// Tables of the sources feature (server/modules/sources/): the systems that feed the dossier register by
// themselves, their runs (a job queue with leases, so a killed run resumes and two instances never run the same
// source at once), the rows each run refused, the counts each source reports for reconciliation, and the
// tokens other systems use to pull cchc's figures.
import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** A source: how to reach it (pull) or read its exports (file), the unit it feeds, its schedule and its cursor. */
export const sources = pgTable(
  'sources',
  {
    id: serial('id').primaryKey(),
    /** Stable slug, also the register's `dossiers.source` of every dossier it brings. */
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    /** 'pull' | 'file' */
    kind: text('kind').notNull(),
    /** The unit it feeds: its dossiers must belong to this unit's subtree. */
    unitId: integer('unit_id').notNull(),
    active: boolean('active').notNull().default(true),
    schedule: jsonb('schedule').$type<Record<string, unknown>>().notNull(),
    /** PullConfig or FileProfile (contracts/sources.ts). */
    config: jsonb('config').$type<Record<string, unknown>>().notNull(),
    /** Secrets encrypted with the server's secret (AES-256-GCM); never returned, logged or backed up in clear. */
    credentials: text('credentials'),
    /** Not secret: shown so an administrator knows which account the source uses. */
    credentialsUsername: text('credentials_username'),
    /** Source time ('yyyyMMddHHmmss', Vietnam) up to which the register is complete. */
    cursor: text('cursor'),
    /** Local moment the register's data of this source reaches (shown as "dữ liệu đến 14:05 hôm nay"). */
    dataUntil: text('data_until'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [index('sources_unit_idx').on(t.unitId)],
);

/**
 * A run of a source, and the job-queue entry that drives it: queued → running (leased by one instance, renewed on
 * every page it commits) → succeeded | failed. A running run whose lease has lapsed was abandoned (killed process)
 * and is taken over where its progress says.
 */
export const sourceRuns = pgTable(
  'source_runs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    sourceId: integer('source_id').notNull(),
    /** 'schedule' | 'manual' | 'file' */
    trigger: text('trigger').notNull(),
    status: text('status').notNull().default('queued'),
    requestedBy: integer('requested_by'),
    queuedAt: timestamp('queued_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** The instance holding the run, until when. */
    leaseOwner: text('lease_owner'),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    resumes: integer('resumes').notNull().default(0),
    cursorBefore: text('cursor_before'),
    cursorAfter: text('cursor_after'),
    /** Where the run is: the window and next page (pull), the file and next row (file). */
    progress: jsonb('progress').$type<Record<string, unknown>>().notNull().default({}),
    rowsRead: integer('rows_read').notNull().default(0),
    rowsCreated: integer('rows_created').notNull().default(0),
    rowsUpdated: integer('rows_updated').notNull().default(0),
    rowsUnchanged: integer('rows_unchanged').notNull().default(0),
    rowsRefused: integer('rows_refused').notNull().default(0),
    fileName: text('file_name'),
    error: text('error'),
  },
  (t) => [
    index('source_runs_source_idx').on(t.sourceId, t.id),
    index('source_runs_status_idx').on(t.status),
    // One open run per source: a second request while one is queued or running joins it.
    uniqueIndex('source_runs_open_idx')
      .on(t.sourceId)
      .where(sql`status in ('queued', 'running')`),
  ],
);

/** A row a run refused, by row and field, with the reason (the row itself is not kept: it holds personal data). */
export const sourceRunProblems = pgTable(
  'source_run_problems',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    runId: integer('run_id').notNull(),
    sourceId: integer('source_id').notNull(),
    /** Row number in the run (file line, or position in the pull). */
    row: integer('row'),
    /** Where to look: "Dòng 12" or "Trang 3, bản ghi 17". */
    ref: text('ref').notNull(),
    code: text('code'),
    /** The source's field or column. */
    field: text('field'),
    message: text('message').notNull(),
    /** 'YYYY-MM' the source received the dossier, when readable (reconciliation). */
    month: text('month'),
  },
  (t) => [index('source_run_problems_run_idx').on(t.runId), index('source_run_problems_month_idx').on(t.sourceId, t.month)],
);

/** The figures a source reports for a month (its statistics endpoint, or typed from its report). */
export const sourceReportedCounts = pgTable(
  'source_reported_counts',
  {
    sourceId: integer('source_id').notNull(),
    /** 'YYYY-MM' */
    month: text('month').notNull(),
    received: integer('received').notNull(),
    resolved: integer('resolved').notNull(),
    onTime: integer('on_time').notNull(),
    late: integer('late').notNull(),
    /** 'endpoint' | 'typed' */
    origin: text('origin').notNull(),
    recordedBy: integer('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.month] })],
);

/** A key another system (the province's reporting system) uses to pull cchc's figures and extracts. */
export const apiTokens = pgTable('api_tokens', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  /** The unit whose subtree the key may read. */
  unitId: integer('unit_id').notNull(),
  /** SHA-256 of the key; the key itself is shown once. */
  tokenHash: text('token_hash').notNull().unique(),
  /** First characters, to tell keys apart in the list. */
  prefix: text('prefix').notNull(),
  createdBy: integer('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});
