// The table of the working-day calendar (see server/modules/calendar/): the administrator's entries.
import { sql } from 'drizzle-orm';
import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** An administrator's entry for one day: a holiday or make-up day off, or a weekend day worked. Wins over the statutory rule. */
export const calendarDays = pgTable('calendar_days', {
  /** 'YYYY-MM-DD' (local Vietnam date). */
  date: text('date').primaryKey(),
  /** 'holiday' | 'makeup' | 'workday' */
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  updatedBy: integer('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true })
    .notNull()
    .default(sql`now()`),
});
