// Tables of the citizen feature (see server/modules/citizen/): feedback (PAKN) with its append-only
// history, surveys with their invitations and responses.
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * A citizen's feedback or proposal (phản ánh, kiến nghị). The status and dates are a cache of the
 * history in feedback_events, rewritten in the same transaction as each event.
 */
export const feedback = pgTable(
  'feedback',
  {
    id: serial('id').primaryKey(),
    /** Tracking code given to the citizen ('PAKN-2026-7K3QX9'): random, so codes cannot be enumerated. */
    code: text('code').notNull().unique(),
    /** 'online' | 'paper' | 'phone' | 'email' */
    channel: text('channel').notNull(),
    /** 'regulation' | 'procedure' | 'officer' | 'dossier' | 'other' */
    subjectKind: text('subject_kind').notNull(),
    /** Name of the regulation or procedure, the officer, or the dossier code. */
    subjectRef: text('subject_ref'),
    title: text('title').notNull(),
    content: text('content').notNull(),
    senderName: text('sender_name'),
    senderContact: text('sender_contact'),
    /** The unit the citizen addressed (the department unless they chose one). */
    addressedUnitId: integer('addressed_unit_id').notNull(),
    /** The unit the Office routed it to; null until routed (then only the department roles see it). */
    assignedUnitId: integer('assigned_unit_id'),
    /** 'received' | 'more-requested' | 'routed' | 'answered' | 'published' | 'refused' */
    status: text('status').notNull(),
    receivedOn: text('received_on').notNull(),
    refuseBy: text('refuse_by').notNull(),
    requestMoreBy: text('request_more_by').notNull(),
    handleBy: text('handle_by').notNull(),
    answer: text('answer'),
    /** Day the feedback was closed: answered, or refused (a refusal is the answer). */
    answeredOn: text('answered_on'),
    publishBy: text('publish_by'),
    publishedOn: text('published_on'),
    refusedReason: text('refused_reason'),
    /** File ids of the citizen's and the unit's attachments. */
    attachmentIds: jsonb('attachment_ids').$type<string[]>().notNull().default([]),
    answerAttachmentIds: jsonb('answer_attachment_ids').$type<string[]>().notNull().default([]),
    /**
     * SHA-256 of the secret the citizen got with the tracking code; with both, they may add information
     * asked for. Null for feedback registered by staff (the citizen adds information through the desk).
     */
    followSecretHash: text('follow_secret_hash'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [index('feedback_assigned_idx').on(t.assignedUnitId), index('feedback_received_idx').on(t.receivedOn), index('feedback_status_idx').on(t.status)],
);

/** One step of a feedback's life: received, routed, answered, published… Never updated. */
export const feedbackEvents = pgTable(
  'feedback_events',
  {
    id: serial('id').primaryKey(),
    feedbackId: integer('feedback_id').notNull(),
    kind: text('kind').notNull(),
    on: text('on').notNull(),
    actorId: integer('actor_id'),
    actorName: text('actor_name'),
    note: text('note'),
    /** Whether the citizen sees this step on the tracking page. */
    visibleToCitizen: boolean('visible_to_citizen').notNull().default(true),
    at: timestamp('at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [index('feedback_events_feedback_idx').on(t.feedbackId)],
);

/** A questionnaire (domain/surveys definition) owned by a unit, reachable by its slug when open. */
export const surveys = pgTable('surveys', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  definition: jsonb('definition').notNull(),
  unitId: integer('unit_id').notNull(),
  /** 'share-satisfied' | 'mean-score' (domain/surveys SATISFACTION_METHODS). */
  method: text('method').notNull().default('share-satisfied'),
  /** 'draft' | 'open' | 'closed' */
  status: text('status').notNull().default('draft'),
  /** Whether anyone with the link may answer (rate-limited, honeypot); else invitations only. */
  openLink: boolean('open_link').notNull().default(true),
  createdBy: integer('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
  updatedAt: timestamp('updated_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
});

/** A one-answer invitation, e.g. for a dossier drawn in the sample; the token is the link. */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    id: serial('id').primaryKey(),
    surveyId: integer('survey_id').notNull(),
    token: text('token').notNull().unique(),
    unitId: integer('unit_id').notNull(),
    procedureCode: text('procedure_code'),
    dossierCode: text('dossier_code'),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [index('survey_invitations_survey_idx').on(t.surveyId)],
);

/** One filled-in questionnaire. Suspect answers are kept and flagged, never dropped. */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: serial('id').primaryKey(),
    surveyId: integer('survey_id').notNull(),
    invitationId: integer('invitation_id'),
    unitId: integer('unit_id').notNull(),
    procedureCode: text('procedure_code'),
    /** 'link' | 'kiosk' | 'invitation' | 'paper' */
    channel: text('channel').notNull(),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
    suspect: boolean('suspect').notNull().default(false),
    suspectReason: text('suspect_reason'),
    /** Salted hash of the sender's address, to spot bursts without keeping the address. */
    sourceHash: text('source_hash'),
    enteredBy: integer('entered_by'),
    answeredOn: text('answered_on').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [index('survey_responses_survey_idx').on(t.surveyId), index('survey_responses_unit_idx').on(t.unitId)],
);
