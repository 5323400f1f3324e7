// Tables of the dossiers feature (see server/modules/dossiers/): the procedure catalogue, the dossier
// register with its append-only history, and per-month counters kept up to date on every change so the
// 766 dashboard never scans the register.
import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** A procedure (thủ tục hành chính) the department or its units handle. */
export const procedures = pgTable(
  'procedures',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    /** Lĩnh vực, e.g. 'Văn bằng, chứng chỉ'. */
    field: text('field').notNull(),
    /** 'province' | 'district' | 'commune' */
    level: text('level').notNull(),
    /** Processing time; exactly one of the two is set. */
    workingDays: integer('working_days'),
    workingHours: integer('working_hours'),
    /** Fee in VND (0 when free). */
    fee: integer('fee').notNull().default(0),
    /** 'full' (toàn trình) | 'partial' (một phần) | 'none' */
    onlineLevel: text('online_level').notNull(),
    /** Old label (mức độ 3/4) kept for reports that still quote it. */
    legacyLevel: text('legacy_level'),
    /** Receiving channel codes 1–3. */
    channels: jsonb('channels').$type<number[]>().notNull(),
    /** The division that handles it. */
    unitId: integer('unit_id').notNull(),
    /** Internal process steps (ISO): [{name, unit, workingDays}]. */
    steps: jsonb('steps').$type<Array<{ name: string; unit: string; workingDays: number }>>().notNull().default([]),
    published: boolean('published').notNull().default(true),
    /**
     * Whether the fee can be paid online (only meaningful when fee > 0). Defaults to false so that a
     * catalogue recorded before this column existed does not claim online payment nobody confirmed.
     */
    onlinePayment: boolean('online_payment').notNull().default(false),
    /**
     * Whether the law allows providing it fully online (some need the applicant in person). Defaults to
     * true: a procedure counts as eligible until an officer records that it is not, so the full-online
     * target is never met by omission.
     */
    fullyOnlineEligible: boolean('fully_online_eligible').notNull().default(true),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [index('procedures_unit_idx').on(t.unitId)],
);

/**
 * A dossier and the state folded from its history (domain/dossiers). The columns are a cache of the
 * fold, rewritten in the same transaction as every event, so lists and lookups need no replay.
 */
export const dossiers = pgTable(
  'dossiers',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    procedureId: integer('procedure_id').notNull(),
    /** Unit that handles the dossier (scope checks use its path). */
    unitId: integer('unit_id').notNull(),
    /**
     * The handling unit on the day of receipt, set only when a change of the organisation moved the open dossier to a
     * successor (null: unit_id). Receipt counts there, results where the dossier was resolved (decision 0022).
     */
    unitAtReceiptId: integer('unit_at_receipt_id'),
    applicantName: text('applicant_name').notNull(),
    applicantPhone: text('applicant_phone').notNull(),
    applicantAddress: text('applicant_address'),
    channel: integer('channel').notNull(),
    /**
     * Where the dossier was received, apart from the unit that handles it (Nghị định 118/2025): 'desk' (a unit's own
     * one-stop desk), 'provincial-centre', 'commune-centre', 'postal', 'online' (domain/dossiers/receiving-point.ts).
     */
    receivingPoint: text('receiving_point').notNull().default('desk'),
    /** The unit whose one-stop staff took it in (the centre, the commune, or a unit's desk); scopes and cuts use it. */
    receivingUnitId: integer('receiving_unit_id'),
    state: integer('state').notNull(),
    receivedOn: text('received_on').notNull(),
    dueOn: text('due_on'),
    appointmentOn: text('appointment_on'),
    resolvedOn: text('resolved_on'),
    returnedOn: text('returned_on'),
    closedOn: text('closed_on'),
    /** 'early' | 'on-time' | 'late' once resolved, else null. */
    timeliness: text('timeliness'),
    supplementCount: integer('supplement_count').notNull().default(0),
    /** Clock stops while waiting for the applicant: [{kind, from, to}]. */
    pauses: jsonb('pauses').$type<Array<{ kind: 'supplement' | 'payment'; from: string; to: string | null }>>().notNull().default([]),
    /** 1–3, how the result went back. */
    returnChannel: integer('return_channel'),
    digitized: boolean('digitized').notNull().default(false),
    paidOnline: boolean('paid_online').notNull().default(false),
    electronicRouting: boolean('electronic_routing').notNull().default(false),
    apologyIssued: boolean('apology_issued').notNull().default(false),
    /** 'officer' or the external system's name for imported rows. */
    source: text('source').notNull().default('officer'),
    /** Fingerprint of the last imported snapshot: re-sending the same row changes nothing. */
    importHash: text('import_hash'),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [
    index('dossiers_unit_idx').on(t.unitId),
    index('dossiers_procedure_idx').on(t.procedureId),
    index('dossiers_state_due_idx').on(t.state, t.dueOn),
    index('dossiers_received_idx').on(t.receivedOn),
    index('dossiers_receiving_unit_idx').on(t.receivingUnitId),
  ],
);

/** Append-only history of a dossier: who did what, when. Never updated or deleted. */
export const dossierEvents = pgTable(
  'dossier_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    dossierId: integer('dossier_id').notNull(),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    /** Local date the event happened. */
    on: text('on').notNull(),
    /** The domain event (or the imported snapshot for 'synced'). */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** Human-readable summary for the history list. */
    summary: text('summary').notNull(),
    actorId: integer('actor_id'),
    actorName: text('actor_name'),
    recordedAt: timestamp('recorded_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [uniqueIndex('dossier_events_seq_idx').on(t.dossierId, t.seq)],
);

/**
 * Counters per unit, procedure and month, changed by the difference between a dossier's old and new
 * contribution on every write (never recomputed by scanning), so the dashboard reads a few rows per unit.
 */
export const dossierMonthlyCounts = pgTable(
  'dossier_monthly_counts',
  {
    unitId: integer('unit_id').notNull(),
    procedureId: integer('procedure_id').notNull(),
    /** 'YYYY-MM' */
    month: text('month').notNull(),
    received: integer('received').notNull().default(0),
    onlineSubmitted: integer('online_submitted').notNull().default(0),
    postalReceived: integer('postal_received').notNull().default(0),
    resolved: integer('resolved').notNull().default(0),
    resolvedEarly: integer('resolved_early').notNull().default(0),
    resolvedOnTime: integer('resolved_on_time').notNull().default(0),
    late: integer('late').notNull().default(0),
    lateWithApology: integer('late_with_apology').notNull().default(0),
    digitized: integer('digitized').notNull().default(0),
    paidOnline: integer('paid_online').notNull().default(0),
    paymentsTotal: integer('payments_total').notNull().default(0),
    electronicRouting: integer('electronic_routing').notNull().default(0),
    postalReturned: integer('postal_returned').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.procedureId, t.month] })],
);
