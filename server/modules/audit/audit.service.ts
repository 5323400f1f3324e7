import { and, count, desc, eq, gte, ilike, inArray, like, lt, type SQL } from 'drizzle-orm';
import type { AuditQuery } from '../../../contracts/audit';
import { addDays } from '../../../domain/time/iso-date';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { auditLog, orgUnits } from '../../db/schema/index';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  unitId?: number | null;
  before?: unknown;
  after?: unknown;
}

/** Appends one entry to the audit log, in the caller's transaction so it commits with the change. */
export async function recordAudit(exec: Executor, actor: Pick<Actor, 'userId' | 'username' | 'ip'> | null, entry: AuditRecord): Promise<void> {
  await exec.insert(auditLog).values({
    actorId: actor?.userId ?? null,
    actorUsername: actor?.username ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    unitId: entry.unitId ?? null,
    before: stripSecrets(entry.before) ?? null,
    after: stripSecrets(entry.after) ?? null,
    ip: actor?.ip ?? null,
  });
}

/**
 * Saves the fields of a record that an edit sends and logs them with their values before and after, in the
 * caller's transaction. Returns the saved record, or null when the edit sends no field (nothing saved, nothing logged).
 */
export async function saveEditWithAudit<Row extends object>(
  exec: Executor,
  actor: Pick<Actor, 'userId' | 'username' | 'ip'>,
  current: Row,
  values: Partial<Row>,
  save: (values: Partial<Row>) => Promise<Row>,
  entry: Omit<AuditRecord, 'before' | 'after'>,
): Promise<Row | null> {
  const fields = Object.keys(values) as Array<keyof Row>;
  if (!fields.length) return null;
  const saved = await save(values);
  const before = Object.fromEntries(fields.map((k) => [k, current[k]]));
  await recordAudit(exec, actor, { ...entry, before, after: values });
  return saved;
}

// Password hashes and session ids never go into the audit log.
function stripSecrets(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key of ['passwordHash', 'password', 'newPassword', 'currentPassword', 'token']) if (key in copy) copy[key] = '[ẩn]';
  return copy;
}

/** Lists audit entries the actor may see, newest first, filtered. */
export async function listAudit(db: Db, actor: Actor, query: AuditQuery) {
  authorize(actor, 'audit:read');
  const where: SQL[] = [];
  // Outside the global scope, only entries about units in the actor's scope are visible.
  if (actor.scopePath !== '/') {
    where.push(inArray(auditLog.unitId, db.select({ id: orgUnits.id }).from(orgUnits).where(like(orgUnits.path, `${actor.scopePath}%`))));
  }
  if (query.actor) where.push(ilike(auditLog.actorUsername, `%${escapeLike(query.actor)}%`));
  if (query.action) where.push(ilike(auditLog.action, `%${escapeLike(query.action)}%`));
  if (query.entityType) where.push(eq(auditLog.entityType, query.entityType));
  if (query.entityId) where.push(eq(auditLog.entityId, query.entityId));
  if (query.from) where.push(gte(auditLog.at, new Date(`${query.from}T00:00:00+07:00`)));
  if (query.to) where.push(lt(auditLog.at, new Date(`${addDays(query.to, 1)}T00:00:00+07:00`)));
  const filter = where.length ? and(...where) : undefined;
  const [{ total }] = await db.select({ total: count() }).from(auditLog).where(filter);
  const rows = await db
    .select()
    .from(auditLog)
    .where(filter)
    .orderBy(desc(auditLog.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return {
    total,
    items: rows.map((r) => ({ ...r, at: r.at.toISOString() })),
  };
}

/** Escapes % and _ so a user's filter text is matched literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => '\\' + c);
}
