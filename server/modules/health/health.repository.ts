// The one statement the health check runs: the database answers, or the check fails.
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';

/** Queries of the health check. */
export const healthRepository = {
  /** Runs a trivial statement; throws when the database does not answer. */
  async ping(exec: Executor): Promise<void> {
    await exec.execute(sql`select 1`);
  },
};
