import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Node of the organisation tree: the department, its divisions, district offices (until 2025), communes and
 * wards, the service centre, schools and centers. The row holds the unit's state today (name, type, parent,
 * path); its life over time is in org_unit_versions and org_unit_successions (domain/org-units).
 */
export const orgUnits = pgTable(
  'org_units',
  {
    id: serial('id').primaryKey(),
    /** Parent today (for an ended unit: its last parent). */
    parentId: integer('parent_id'),
    /** Short, stable code used in imports and rule sets ('VP', 'TCCB', 'PGD-LC'…). */
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    /** domain/org-units UnitType: 'department' | 'division' | 'district_office' | 'commune' | 'service_center' | 'school' | 'center' */
    type: text('type').notNull(),
    /**
     * Materialised path of ids ('/1/4/17/') in today's structure: a subtree is a prefix match, which every
     * scope check uses. An ended unit keeps the path under its last parent (domain/org-units scopePaths).
     */
    path: text('path').notNull().default(''),
    district: text('district'),
    active: boolean('active').notNull().default(true),
    /** First day of the unit (null: since before the system's records). */
    validFrom: date('valid_from', { mode: 'string' }),
    /** The day it ended (merged, split, dissolved); null while it exists. */
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [index('org_units_parent_idx').on(t.parentId), index('org_units_path_idx').on(t.path)],
);

/** One period of a unit's life with the same parent, type and names; periods of a unit never overlap. */
export const orgUnitVersions = pgTable(
  'org_unit_versions',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull(),
    /** Inclusive; null: since before the system's records. */
    validFrom: date('valid_from', { mode: 'string' }),
    /** Exclusive (the effective date of the next change); null: in force. */
    validTo: date('valid_to', { mode: 'string' }),
    parentId: integer('parent_id'),
    type: text('type').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    district: text('district'),
    /** The operation that opened this period (null for the initial structure). */
    operationId: integer('operation_id'),
  },
  (t) => [index('org_unit_versions_unit_idx').on(t.unitId), index('org_unit_versions_parent_idx').on(t.parentId)],
);

/** A recorded change of the organisation, effective on a date under a decision; never deleted. */
export const orgUnitOperations = pgTable('org_unit_operations', {
  id: serial('id').primaryKey(),
  /** domain/org-units OrgOperationKind. */
  kind: text('kind').notNull(),
  effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
  /** Number of the decision (Nghị quyết, Quyết định) that made the change. */
  decisionNo: text('decision_no').notNull(),
  decisionDate: date('decision_date', { mode: 'string' }),
  /** Who issued it ('UBND thành phố Hải Phòng', 'Ủy ban Thường vụ Quốc hội'). */
  issuedBy: text('issued_by'),
  note: text('note'),
  /** The request as confirmed (units, successors, destinations). */
  request: jsonb('request').notNull(),
  /** What moved: counts and items per kind (contracts/org-changes OrgChangePreview). */
  outcome: jsonb('outcome').notNull(),
  createdBy: integer('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
});

/** On `effective_on`, from_unit ended (or gave part of itself) and to_unit took over. */
export const orgUnitSuccessions = pgTable(
  'org_unit_successions',
  {
    id: serial('id').primaryKey(),
    operationId: integer('operation_id').notNull(),
    fromUnitId: integer('from_unit_id').notNull(),
    toUnitId: integer('to_unit_id').notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    /** The principal successor takes the unit's own records when figures are re-grouped into today's structure. */
    principal: boolean('principal').notNull().default(false),
    /** What moved there, as the decision words it. */
    note: text('note'),
  },
  (t) => [index('org_unit_successions_from_idx').on(t.fromUnitId), index('org_unit_successions_to_idx').on(t.toUnitId)],
);

/**
 * A record that changed unit because of an operation (an open task, a dossier, a user…): the record keeps
 * its history, and "its unit on a date" before the move is the from_unit.
 */
export const orgUnitTransfers = pgTable(
  'org_unit_transfers',
  {
    id: serial('id').primaryKey(),
    operationId: integer('operation_id').notNull(),
    /** 'task' | 'plan' | 'user' | 'dossier' | 'report-submission'… (the feature's kind). */
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    label: text('label').notNull(),
    fromUnitId: integer('from_unit_id').notNull(),
    toUnitId: integer('to_unit_id').notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
  },
  (t) => [index('org_unit_transfers_entity_idx').on(t.entityType, t.entityId), index('org_unit_transfers_operation_idx').on(t.operationId)],
);

/**
 * Read access to an ended unit's history for a user outside its scope today (e.g. the former district
 * office's staff, now at a ward), granted by an administrator; revoked grants stay as a record.
 */
export const unitHistoryGrants = pgTable(
  'unit_history_grants',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull(),
    unitId: integer('unit_id').notNull(),
    note: text('note'),
    grantedBy: integer('granted_by'),
    grantedAt: timestamp('granted_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    revokedBy: integer('revoked_by'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('unit_history_grants_user_idx').on(t.userId)],
);
