import { sql } from 'drizzle-orm';
import { bigserial, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * In-app notifications. Addressed to a user, or to a unit (every active user of that unit sees it).
 * `dedupeKey` makes reminders idempotent: the same reminder is never sent twice.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: integer('user_id'),
    unitId: integer('unit_id'),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    /** Path in the web app to open ('/plans/3/tasks/17'). */
    link: text('link'),
    dedupeKey: text('dedupe_key').unique(),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId), index('notifications_unit_idx').on(t.unitId)],
);
