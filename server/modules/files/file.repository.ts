import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { files } from '../../db/schema/index';

export type FileRow = typeof files.$inferSelect;

/** Queries of the stored files' records (the bytes are in the file store, by hash). */
export const fileRepository = {
  async findById(exec: Executor, id: string): Promise<FileRow | null> {
    const [row] = await exec.select().from(files).where(eq(files.id, id));
    return row ?? null;
  },
  /** The records of the given ids that exist, in no particular order. */
  async findMany(exec: Executor, ids: readonly string[]): Promise<FileRow[]> {
    if (ids.length === 0) return [];
    return exec
      .select()
      .from(files)
      .where(inArray(files.id, [...ids]));
  },
  async insert(exec: Executor, values: typeof files.$inferInsert): Promise<FileRow> {
    const [row] = await exec.insert(files).values(values).returning();
    return row;
  },
};
