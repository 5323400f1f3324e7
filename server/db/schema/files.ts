import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * An uploaded file as a record: the bytes live in the file store under their SHA-256,
 * so the same evidence uploaded twice is stored once, while each upload keeps its own name and owner.
 */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    /** Type detected from the content, never from the name. */
    mime: text('mime').notNull(),
    name: text('name').notNull(),
    /** The unit that owns the file: downloads are allowed to users whose scope includes it. */
    unitId: integer('unit_id').notNull(),
    uploadedBy: integer('uploaded_by'),
    /** What the file is attached to ('evidence', 'attachment', …), for the audit trail. */
    purpose: text('purpose').notNull().default('attachment'),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [index('files_sha_idx').on(t.sha256), index('files_unit_idx').on(t.unitId)],
);
