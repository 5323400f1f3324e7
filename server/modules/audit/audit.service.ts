import type { AuditQuery } from '../../../contracts/audit';
import { addDays } from '../../../domain/time/iso-date';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { auditRepository } from './audit.repository';

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
  await auditRepository.insert(exec, {
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
  const { total, rows } = await auditRepository.page(
    db,
    {
      // Outside the global scope, only entries about units in the actor's scope are visible.
      scopePath: actor.scopePath === '/' ? null : actor.scopePath,
      actor: query.actor,
      action: query.action,
      entityType: query.entityType,
      entityId: query.entityId,
      // A day filter means Vietnam's day: from its first instant to the first instant of the day after `to`.
      from: query.from ? new Date(`${query.from}T00:00:00+07:00`) : undefined,
      before: query.to ? new Date(`${addDays(query.to, 1)}T00:00:00+07:00`) : undefined,
    },
    { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
  );
  return {
    total,
    items: rows.map((r) => ({ ...r, at: r.at.toISOString() })),
  };
}
