import type { OrgUnit } from '../../../contracts/org-units';
import type { CreateHistoryGrantRequest, HistoryGrant, UnitHistory } from '../../../contracts/org-changes';
import { currentSuccessorsOf, type OrgTimeline, type SuccessorLink } from '../../../domain/org-units';
import { addDays, formatViDate, type IsoDate } from '../../../domain/time/iso-date';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { DomainError, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as clock from '../../clock';
import { orgChangeRepository } from './org-change.repository';
import { orgUnitRepository, type OrgUnitRow } from './org-unit.repository';
import { loadTimeline } from './org-timeline.service';

/** The public shape of a unit as it is today. */
export function toOrgUnit(row: OrgUnitRow): OrgUnit {
  return {
    id: row.id,
    parentId: row.parentId,
    code: row.code,
    name: row.name,
    shortName: row.shortName,
    type: row.type as OrgUnit['type'],
    district: row.district,
    active: row.active,
    validFrom: row.validFrom,
    validTo: row.validTo,
  };
}

/** The units as they stood on a date: names, types and parents of that day; only units that existed then. */
export function structureOn(rows: readonly OrgUnitRow[], timeline: OrgTimeline, on: IsoDate): OrgUnit[] {
  const out: OrgUnit[] = [];
  for (const row of rows) {
    const v = timeline.versionAt(row.id, on);
    if (!v) continue;
    const life = timeline.lifeOf(row.id)!;
    out.push({
      id: row.id,
      parentId: v.parentId,
      code: row.code,
      name: v.name,
      shortName: v.shortName,
      type: v.type,
      district: v.district,
      active: true,
      validFrom: life.from,
      validTo: life.to,
    });
  }
  return out;
}

// A day inside a period, to name its parent as it was then.
function dayOf(v: { validFrom: IsoDate | null; validTo: IsoDate | null }, today: IsoDate): IsoDate {
  return v.validFrom ?? (v.validTo ? addDays(v.validTo, -1) : today);
}

/** A unit's life: periods, predecessors, successors, the units that carry it on today, and the changes that touched it. */
export async function unitHistory(db: Db, actor: Actor, unitId: number): Promise<UnitHistory> {
  authorize(actor, 'org:read');
  const row = await orgUnitRepository.findById(db, unitId);
  if (!row) throw notFound(`đơn vị có mã số ${unitId}`);
  const timeline = await loadTimeline(db);
  const today = clock.today();
  const ops = await orgChangeRepository.listOperations(db, { ids: await orgChangeRepository.operationIdsOfUnit(db, unitId) });
  const opById = new Map(ops.map((o) => [o.id, o]));
  const linked = (l: SuccessorLink, other: number) => ({
    unitId: other,
    name: timeline.lastVersion(other)?.name ?? `#${other}`,
    on: l.on,
    principal: l.principal,
    note: l.note ?? null,
  });
  return {
    unit: toOrgUnit(row),
    periods: timeline.versionsOf(unitId).map((v) => {
      const op = v.operationId ? opById.get(v.operationId) : undefined;
      return {
        validFrom: v.validFrom,
        validTo: v.validTo,
        name: v.name,
        shortName: v.shortName,
        type: v.type,
        district: v.district,
        parentId: v.parentId,
        parentName: v.parentId === null ? null : timeline.nameAt(v.parentId, dayOf(v, today)),
        change: op ? { id: op.id, kind: op.kind, decisionNo: op.decisionNo } : null,
      };
    }),
    predecessors: timeline.predecessorLinks(unitId).map((l) => linked(l, l.fromUnitId)),
    successors: timeline.successorLinks(unitId).map((l) => linked(l, l.toUnitId)),
    currentSuccessors: currentSuccessorsOf(timeline, unitId, today).map((id) => ({ unitId: id, name: timeline.nameAt(id, today) })),
    changes: ops.map((o) => ({
      id: o.id,
      kind: o.kind,
      effectiveOn: o.effectiveOn,
      decisionNo: o.decisionNo,
      issuedBy: o.issuedBy,
      summary: (o.outcome as { summary?: string }).summary ?? '',
    })),
  };
}

/** History grants, newest first. */
export async function listHistoryGrants(db: Db, actor: Actor, filter: { userId?: number; unitId?: number }): Promise<HistoryGrant[]> {
  authorize(actor, 'user:manage');
  const rows = await orgChangeRepository.listGrants(db, filter);
  return rows
    .filter((r) => r.unitPath.startsWith(actor.scopePath))
    .map((r) => ({
      id: r.grant.id,
      userId: r.grant.userId,
      username: r.username,
      fullName: r.fullName,
      unitId: r.grant.unitId,
      unitName: r.unitName,
      note: r.grant.note,
      grantedAt: r.grant.grantedAt.toISOString(),
      revokedAt: r.grant.revokedAt?.toISOString() ?? null,
    }));
}

/** Gives a user read access to an ended unit's history (only ended units: a living unit's data is reached by scope). */
export async function grantHistory(db: Db, actor: Actor, input: CreateHistoryGrantRequest): Promise<HistoryGrant> {
  authorize(actor, 'user:manage');
  return db.transaction(async (tx) => {
    const unit = await orgUnitRepository.findById(tx, input.unitId);
    if (!unit) throw new DomainError('UNIT_NOT_FOUND', `Không có đơn vị mã số ${input.unitId}.`, 400, { field: 'unitId' });
    authorize(actor, 'user:manage', unit);
    if (unit.validTo === null || unit.validTo > clock.today())
      throw new DomainError(
        'UNIT_NOT_ENDED',
        `«${unit.name}» vẫn đang hoạt động: cán bộ xem dữ liệu của đơn vị qua phạm vi tài khoản, không cần cấp quyền xem lịch sử.`,
        400,
        { field: 'unitId' },
      );
    const user = await orgChangeRepository.findUser(tx, input.userId);
    if (!user) throw new DomainError('USER_NOT_FOUND', `Không có tài khoản mã số ${input.userId}.`, 400, { field: 'userId' });
    const live = await orgChangeRepository.listGrants(tx, { userId: input.userId, unitId: input.unitId, liveOnly: true });
    if (live.length)
      throw new DomainError(
        'GRANT_EXISTS',
        `${user.fullName} đã có quyền xem lịch sử của «${unit.name}» (cấp ngày ${formatViDate(live[0].grant.grantedAt.toISOString().slice(0, 10))}).`,
        409,
      );
    const row = await orgChangeRepository.insertGrant(tx, { userId: input.userId, unitId: input.unitId, note: input.note ?? null, grantedBy: actor.userId });
    await recordAudit(tx, actor, {
      action: 'history-grant.created',
      entityType: 'unit_history_grant',
      entityId: row.id,
      unitId: unit.id,
      after: { userId: input.userId, unitId: input.unitId },
    });
    return (await listHistoryGrants(tx as unknown as Db, actor, { userId: input.userId, unitId: input.unitId })).find((g) => g.id === row.id)!;
  });
}

/** Withdraws a grant; the row stays as a record. */
export async function revokeHistoryGrant(db: Db, actor: Actor, id: number): Promise<HistoryGrant> {
  authorize(actor, 'user:manage');
  return db.transaction(async (tx) => {
    const grant = await orgChangeRepository.findGrant(tx, id);
    if (!grant) throw notFound(`quyền xem lịch sử số ${id}`);
    const unit = await orgUnitRepository.findById(tx, grant.unitId);
    authorize(actor, 'user:manage', unit);
    if (!grant.revokedAt) {
      await orgChangeRepository.revokeGrant(tx, id, actor.userId, clock.now());
      await recordAudit(tx, actor, { action: 'history-grant.revoked', entityType: 'unit_history_grant', entityId: id, unitId: grant.unitId });
    }
    return (await listHistoryGrants(tx as unknown as Db, actor, { userId: grant.userId, unitId: grant.unitId })).find((g) => g.id === id)!;
  });
}
