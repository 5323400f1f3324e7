import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/** Node of the organisation tree: the department, its divisions, district offices, schools and centers. */
export const orgUnits = pgTable(
  'org_units',
  {
    id: serial('id').primaryKey(),
    parentId: integer('parent_id'),
    /** Short, stable code used in imports and rule sets ('VP', 'TCCB', 'PGD-LC'…). */
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    /** 'department' | 'division' | 'district_office' | 'school' | 'center' */
    type: text('type').notNull(),
    /** Materialised path of ids ('/1/4/17/'): a subtree is a prefix match, which every scope check uses. */
    path: text('path').notNull().default(''),
    district: text('district'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('org_units_parent_idx').on(t.parentId), index('org_units_path_idx').on(t.path)],
);
