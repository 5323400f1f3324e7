// Queries of the audit log: appending an entry, and the filtered page the audit screen shows.
import { and, count, desc, eq, gte, ilike, inArray, like, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { auditLog, orgUnits } from '../../db/schema/index';

export type AuditRow = typeof auditLog.$inferSelect;
export type NewAuditRow = typeof auditLog.$inferInsert;

/** What the audit screen filters by; text filters match anywhere, case-insensitively. */
export interface AuditFilter {
  /** Only entries about units under this path; null for every entry. */
  scopePath: string | null;
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  /** Entries at or after this instant. */
  from?: Date;
  /** Entries before this instant. */
  before?: Date;
}

/** Escapes % and _ so a user's filter text is matched literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => '\\' + c);
}

function whereOf(exec: Executor, f: AuditFilter): SQL | undefined {
  const where: SQL[] = [];
  if (f.scopePath !== null) {
    where.push(
      inArray(
        auditLog.unitId,
        exec
          .select({ id: orgUnits.id })
          .from(orgUnits)
          .where(like(orgUnits.path, `${f.scopePath}%`)),
      ),
    );
  }
  if (f.actor) where.push(ilike(auditLog.actorUsername, `%${escapeLike(f.actor)}%`));
  if (f.action) where.push(ilike(auditLog.action, `%${escapeLike(f.action)}%`));
  if (f.entityType) where.push(eq(auditLog.entityType, f.entityType));
  if (f.entityId) where.push(eq(auditLog.entityId, f.entityId));
  if (f.from) where.push(gte(auditLog.at, f.from));
  if (f.before) where.push(lt(auditLog.at, f.before));
  return where.length ? and(...where) : undefined;
}

/** Queries of the audit log. */
export const auditRepository = {
  /** Appends one entry. */
  async insert(exec: Executor, values: NewAuditRow): Promise<void> {
    await exec.insert(auditLog).values(values);
  },
  /** One page of the entries the filter selects, newest first, and how many it selects in all. */
  async page(exec: Executor, f: AuditFilter, page: { limit: number; offset: number }): Promise<{ total: number; rows: AuditRow[] }> {
    const filter = whereOf(exec, f);
    const [{ total }] = await exec.select({ total: count() }).from(auditLog).where(filter);
    const rows = await exec.select().from(auditLog).where(filter).orderBy(desc(auditLog.id)).limit(page.limit).offset(page.offset);
    return { total, rows };
  },
};
