import { and, asc, count, desc, eq, getTableColumns, gte, ilike, inArray, isNull, like, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { feedback, feedbackEvents, orgUnits } from '../../db/schema/index';
import { escapeLike } from '../audit/audit.repository';
import * as clock from '../../clock';

export type FeedbackRow = typeof feedback.$inferSelect;
export type FeedbackEventRow = typeof feedbackEvents.$inferSelect;
export type FeedbackWithUnit = FeedbackRow & { assignedUnitName: string | null; assignedUnitPath: string | null };

export interface FeedbackFilter {
  /** Only feedback whose responsible unit lies under this path ('/' = all). */
  scopePath: string;
  /** Path of the department (root) unit: unrouted feedback belongs to it. */
  rootPath: string;
  status?: string;
  openOnly?: boolean;
  unitPath?: string;
  q?: string;
  from?: string;
  to?: string;
}

/** Feedback is the department's until routed, then the assigned unit's: that is what scope checks compare. */
function scopeCondition(scopePath: string, rootPath: string): SQL | undefined {
  if (scopePath === '/') return undefined;
  const unrouted = rootPath.startsWith(scopePath) ? isNull(feedback.assignedUnitId) : sql`false`;
  return or(like(orgUnits.path, `${escapeLike(scopePath)}%`), unrouted);
}

function filterConditions(f: FeedbackFilter): SQL | undefined {
  return and(
    scopeCondition(f.scopePath, f.rootPath),
    f.status ? eq(feedback.status, f.status) : undefined,
    f.openOnly ? inArray(feedback.status, STATUSES_WITH_DEADLINES) : undefined,
    f.unitPath ? like(orgUnits.path, `${escapeLike(f.unitPath)}%`) : undefined,
    f.q
      ? or(ilike(feedback.code, `%${escapeLike(f.q)}%`), ilike(feedback.title, `%${escapeLike(f.q)}%`), ilike(feedback.subjectRef, `%${escapeLike(f.q)}%`))
      : undefined,
    f.from ? gte(feedback.receivedOn, f.from) : undefined,
    f.to ? lte(feedback.receivedOn, f.to) : undefined,
  );
}

/** Statuses in which some deadline may still run (an answered feedback still has to be published). */
const STATUSES_WITH_DEADLINES = ['received', 'more-requested', 'routed', 'answered'];

const withUnit = { ...getTableColumns(feedback), assignedUnitName: orgUnits.name, assignedUnitPath: orgUnits.path };

/** Queries of the feedback register and its history. */
export const feedbackRepository = {
  async rootUnit(exec: Executor): Promise<{ id: number; path: string; name: string }> {
    const [root] = await exec
      .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name })
      .from(orgUnits)
      .where(isNull(orgUnits.parentId))
      .orderBy(asc(orgUnits.id))
      .limit(1);
    return root;
  },
  async list(exec: Executor, f: FeedbackFilter, page: { limit: number; offset: number }): Promise<{ total: number; rows: FeedbackWithUnit[] }> {
    const where = filterConditions(f);
    const [{ total }] = await exec.select({ total: count() }).from(feedback).leftJoin(orgUnits, eq(orgUnits.id, feedback.assignedUnitId)).where(where);
    const rows = await exec
      .select(withUnit)
      .from(feedback)
      .leftJoin(orgUnits, eq(orgUnits.id, feedback.assignedUnitId))
      .where(where)
      .orderBy(desc(feedback.receivedOn), desc(feedback.id))
      .limit(page.limit)
      .offset(page.offset);
    return { total, rows };
  },
  async findById(exec: Executor, id: number, forUpdate = false): Promise<FeedbackWithUnit | null> {
    const q = exec.select(withUnit).from(feedback).leftJoin(orgUnits, eq(orgUnits.id, feedback.assignedUnitId)).where(eq(feedback.id, id));
    const [row] = forUpdate ? await q.for('update', { of: feedback }) : await q;
    return row ?? null;
  },
  async findByCode(exec: Executor, code: string): Promise<FeedbackWithUnit | null> {
    const [row] = await exec
      .select(withUnit)
      .from(feedback)
      .leftJoin(orgUnits, eq(orgUnits.id, feedback.assignedUnitId))
      .where(eq(feedback.code, code.toUpperCase()));
    return row ?? null;
  },
  async insert(exec: Executor, values: typeof feedback.$inferInsert): Promise<FeedbackRow> {
    const [row] = await exec.insert(feedback).values(values).returning();
    return row;
  },
  async update(exec: Executor, id: number, values: Partial<typeof feedback.$inferInsert>): Promise<FeedbackRow> {
    const [row] = await exec
      .update(feedback)
      .set({ ...values, updatedAt: clock.now() })
      .where(eq(feedback.id, id))
      .returning();
    return row;
  },
  async appendEvent(exec: Executor, values: typeof feedbackEvents.$inferInsert): Promise<void> {
    await exec.insert(feedbackEvents).values(values);
  },
  async history(exec: Executor, feedbackId: number): Promise<FeedbackEventRow[]> {
    return exec.select().from(feedbackEvents).where(eq(feedbackEvents.feedbackId, feedbackId)).orderBy(asc(feedbackEvents.at), asc(feedbackEvents.id));
  },
  /** Feedback routed to any of the units (for a change of the organisation), oldest first. */
  async assignedTo(exec: Executor, unitIds: number[]): Promise<FeedbackRow[]> {
    if (unitIds.length === 0) return [];
    return exec.select().from(feedback).where(inArray(feedback.assignedUnitId, unitIds)).orderBy(asc(feedback.receivedOn), asc(feedback.id));
  },
  /** Feedback of every unit with a deadline that may still run, for reminders. */
  async listOpen(exec: Executor): Promise<FeedbackRow[]> {
    return exec.select().from(feedback).where(inArray(feedback.status, STATUSES_WITH_DEADLINES));
  },
  /** Counts for the metrics: feedback received in a period whose responsible unit is under a path. */
  async countsForMetrics(exec: Executor, q: { unitPath: string; rootPath: string; from: string; to: string }) {
    const where = and(scopeCondition(q.unitPath, q.rootPath), gte(feedback.receivedOn, q.from), lte(feedback.receivedOn, q.to));
    const [row] = await exec
      .select({
        received: count(),
        handled: sql<number>`count(*) filter (where ${feedback.status} in ('answered','published','refused'))`.mapWith(Number),
        handledOnTime:
          sql<number>`count(*) filter (where ${feedback.status} in ('answered','published','refused') and ${feedback.answeredOn} <= ${feedback.handleBy})`.mapWith(
            Number,
          ),
        answered: sql<number>`count(*) filter (where ${feedback.status} in ('answered','published'))`.mapWith(Number),
        published: sql<number>`count(*) filter (where ${feedback.status} = 'published')`.mapWith(Number),
      })
      .from(feedback)
      .leftJoin(orgUnits, eq(orgUnits.id, feedback.assignedUnitId))
      .where(where);
    return row;
  },
};
