import type { OrgChange, OrgChangeOutcome, OrgChangeRequest, TransferGroup, TransferItem } from '../../../contracts/org-changes';
import { applyOperation, OrgRuleError, OrgTimeline, type OperationOutcome } from '../../../domain/org-units';
import { formatViDate } from '../../../domain/time/iso-date';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Tx } from '../../db/client';
import { DomainError, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as clock from '../../clock';
import { describeLinks, describeUnits, summarize } from './org-change-describe';
import type { ChangeSource, OrgChangeParticipant, OrgChangeScope, TransferDecision } from './org-change-participant';
import { orgChangeRepository, type OperationRow } from './org-change.repository';
import { toDomainOperation, unitsNamed, type RefResolver } from './org-change-request';
import { orgUnitRepository } from './org-unit.repository';
import { orgTimelineRepository } from './org-timeline.repository';
import { loadTimeline, syncCurrentRows } from './org-timeline.service';
import { usersParticipant } from './users.participant';

// Thrown inside the transaction of a preview so that nothing it did is kept.
class PreviewRollback extends Error {
  constructor(readonly outcome: OrgChangeOutcome) {
    super('preview');
  }
}

// The features' participants come from the app (app.orgChangeParticipants, built from the features' list), so
// this module never imports the registry that imports it; users come first.

/** Shows what a change would do (units, links, every record that moves or stays) without keeping anything. */
export async function previewOrgChange(db: Db, actor: Actor, req: OrgChangeRequest, participants: OrgChangeParticipant[]): Promise<OrgChangeOutcome> {
  try {
    await runChange(db, actor, req, participants, true);
  } catch (e) {
    if (e instanceof PreviewRollback) return e.outcome;
    throw e;
  }
  throw new Error('preview did not roll back');
}

/** Records a change of the organisation effective on its date, moves open work, writes the audit log. */
export async function applyOrgChange(db: Db, actor: Actor, req: OrgChangeRequest, participants: OrgChangeParticipant[]): Promise<OrgChange> {
  const row = await runChange(db, actor, req, participants, false);
  return toOrgChange(row);
}

async function runChange(
  db: Db,
  actor: Actor,
  req: OrgChangeRequest,
  participants: OrgChangeParticipant[],
  dryRun: boolean,
): Promise<OperationRow & { createdByName: string | null }> {
  authorize(actor, 'org:manage');
  const today = clock.today();
  if (req.effectiveOn > today)
    throw new DomainError(
      'CHANGE_IN_FUTURE',
      `Ngày hiệu lực ${formatViDate(req.effectiveOn)} chưa đến. Thay đổi được áp dụng ngay khi ghi, nên chỉ ghi khi đã có hiệu lực (từ hôm nay trở về trước).`,
      400,
      { field: 'effectiveOn' },
    );
  return db.transaction(async (tx) => {
    for (const id of unitsNamed(req)) {
      const unit = await orgUnitRepository.findById(tx, id);
      if (!unit) throw new DomainError('UNIT_NOT_FOUND', `Không có đơn vị mã số ${id}.`, 400);
      authorize(actor, 'org:manage', unit);
    }
    const { kind, effectiveOn, decisionNo, decisionDate, issuedBy, note } = req;
    const op = await orgChangeRepository.insertOperation(tx, {
      kind,
      effectiveOn,
      decisionNo,
      decisionDate: decisionDate ?? null,
      issuedBy: issuedBy ?? null,
      note: note ?? null,
      request: req,
      outcome: {},
      createdBy: actor.userId,
    });
    const before = await loadTimeline(tx); // before the new units' rows exist
    const { op: domainOp, resolve, newUnitIds } = await toDomainOperation(tx, req);
    let outcome: OperationOutcome;
    try {
      outcome = applyOperation(before.data, domainOp, { operationId: op.id });
    } catch (e) {
      if (e instanceof OrgRuleError) throw new DomainError(e.code, e.message, 400);
      throw e;
    }
    await orgTimelineRepository.replaceVersions(tx, outcome.changedUnitIds, outcome.data.versions);
    await orgTimelineRepository.insertLinks(tx, op.id, outcome.links);
    const after = new OrgTimeline(outcome.data);
    await syncCurrentRows(tx, after, today);
    const scope: OrgChangeScope = {
      tx,
      actor,
      operationId: op.id,
      on: effectiveOn,
      decisionNo,
      timeline: after,
      sources: sourcesOf(req, outcome, resolve),
      unitName: (id) => after.nameAt(id, effectiveOn),
    };
    const groups = await moveRecords(scope, req, resolve, participants);
    const historyGrants = await grantHistory(tx, actor, req, outcome, after);
    const doc: OrgChangeOutcome = {
      summary: summarize(req, before, after, outcome),
      units: describeUnits(req, before, after, outcome),
      ...describeLinks(after, outcome, effectiveOn),
      groups,
      newUnitIds: Object.fromEntries([...newUnitIds].map(([ref, id]) => [String(ref), id])),
      historyGrants,
    };
    await orgChangeRepository.setOutcome(tx, op.id, doc);
    await recordAudit(tx, actor, {
      action: `org-unit.${kind}`,
      entityType: 'org_unit_operation',
      entityId: op.id,
      unitId: outcome.changedUnitIds[0] ?? null,
      after: { request: req, summary: doc.summary },
    });
    for (const id of outcome.changedUnitIds)
      await recordAudit(tx, actor, {
        action: 'org-unit.changed',
        entityType: 'org_unit',
        entityId: id,
        unitId: id,
        before: before.versionsOf(id),
        after: after.versionsOf(id),
      });
    if (dryRun) throw new PreviewRollback(doc);
    return (await orgChangeRepository.findOperation(tx, op.id))!;
  });
}

/** Units whose records may move: those that end (to their principal successor) and a split's continuing source. */
function sourcesOf(req: OrgChangeRequest, outcome: OperationOutcome, resolve: RefResolver): ChangeSource[] {
  const out: ChangeSource[] = outcome.endedUnitIds.map((id) => ({
    unitId: id,
    ends: true,
    defaultTo: outcome.links.find((l) => l.fromUnitId === id && l.principal)?.toUnitId ?? id,
  }));
  if (req.kind === 'split' && req.keepSource) out.push({ unitId: resolve(req.sourceId), ends: false, defaultTo: resolve(req.sourceId) });
  return out;
}

async function moveRecords(scope: OrgChangeScope, req: OrgChangeRequest, resolve: RefResolver, participants: OrgChangeParticipant[]): Promise<TransferGroup[]> {
  const groups: TransferGroup[] = [];
  for (const p of [usersParticipant, ...participants]) {
    const candidates = await p.collect(scope);
    if (!candidates.length) continue;
    const decisions: TransferDecision[] = candidates.map((c) => {
      const key = `${c.entityType}:${c.entityId}`;
      const chosen = Object.prototype.hasOwnProperty.call(req.destinations, key) ? req.destinations[key] : undefined;
      if (chosen !== undefined && !c.choosable)
        throw new DomainError('VALIDATION_FAILED', `«${c.label}» không chọn được nơi chuyển đến.`, 400, { field: `destinations.${key}` });
      if (chosen === null && !c.nullable)
        throw new DomainError('VALIDATION_FAILED', `Chọn đơn vị tiếp nhận cho «${c.label}».`, 400, { field: `destinations.${key}` });
      const toUnitId = chosen === undefined ? c.defaultTo : chosen === null ? null : resolve(chosen);
      if (c.status === 'moves' && toUnitId !== null && !scope.timeline.existsAt(toUnitId, scope.on))
        throw new DomainError(
          'VALIDATION_FAILED',
          `«${c.label}»: đơn vị «${scope.unitName(toUnitId)}» không hoạt động từ ngày ${formatViDate(scope.on)}.`,
          400,
          { field: `destinations.${key}` },
        );
      return { ...c, toUnitId };
    });
    const moving = decisions.filter((d) => d.status === 'moves' && d.toUnitId !== d.fromUnitId);
    const results = await p.move(scope, moving);
    const byKey = new Map(moving.map((d, i) => [`${d.entityType}:${d.entityId}`, results[i]]));
    await orgChangeRepository.insertTransfers(
      scope.tx,
      moving
        .filter((d, i) => results[i].status === 'moves' && d.toUnitId !== null)
        .map((d) => ({
          operationId: scope.operationId,
          entityType: d.entityType,
          entityId: String(d.entityId),
          label: d.label,
          fromUnitId: d.fromUnitId,
          toUnitId: d.toUnitId!,
          effectiveOn: scope.on,
        })),
    );
    const items: TransferItem[] = decisions.map((d) => {
      const key = `${d.entityType}:${d.entityId}`;
      const result = byKey.get(key) ?? { status: 'stays' as const, reason: d.reason ?? null };
      const to = result.status === 'moves' ? d.toUnitId : result.status === 'stays' || result.status === 'conflict' ? d.fromUnitId : null;
      return {
        key,
        label: d.label,
        fromUnitId: d.fromUnitId,
        fromUnitName: scope.timeline.lastVersion(d.fromUnitId)?.name ?? `#${d.fromUnitId}`,
        toUnitId: to,
        toUnitName: to === null ? null : scope.unitName(to),
        status: result.status,
        reason: result.reason ?? d.reason ?? null,
        choosable: d.choosable,
      };
    });
    groups.push({ key: p.group, items });
  }
  return groups;
}

async function grantHistory(
  tx: Tx,
  actor: Actor,
  req: OrgChangeRequest,
  outcome: OperationOutcome,
  after: OrgTimeline,
): Promise<OrgChangeOutcome['historyGrants']> {
  const out: OrgChangeOutcome['historyGrants'] = [];
  for (const userId of req.historyGrants) {
    const user = await orgChangeRepository.findUser(tx, userId);
    const fromUnit = (await orgChangeRepository.transfersOf(tx, 'user', [userId])).at(-1)?.fromUnitId ?? user?.unitId;
    if (!user || fromUnit === undefined || !outcome.endedUnitIds.includes(fromUnit))
      throw new DomainError(
        'VALIDATION_FAILED',
        `Tài khoản mã số ${userId} không thuộc đơn vị kết thúc trong thay đổi này; quyền xem lịch sử chỉ cấp cho cán bộ của đơn vị cũ.`,
        400,
        { field: 'historyGrants' },
      );
    await orgChangeRepository.insertGrant(tx, { userId, unitId: fromUnit, grantedBy: actor.userId, note: `Theo thay đổi tổ chức số ${req.decisionNo}` });
    out.push({ userId, username: user.username, unitId: fromUnit, unitName: after.lastVersion(fromUnit)?.name ?? `#${fromUnit}` });
  }
  return out;
}

/** The public shape of a recorded change. */
export function toOrgChange(row: OperationRow & { createdByName: string | null }): OrgChange {
  return {
    id: row.id,
    kind: row.kind,
    effectiveOn: row.effectiveOn,
    decisionNo: row.decisionNo,
    decisionDate: row.decisionDate,
    issuedBy: row.issuedBy,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdByName,
    outcome: row.outcome as OrgChangeOutcome,
  };
}

/** Every recorded change, newest effective date first (with what each moved: administrators only). */
export async function listOrgChanges(db: Db, actor: Actor): Promise<OrgChange[]> {
  authorize(actor, 'org:manage');
  return (await orgChangeRepository.listOperations(db)).map(toOrgChange);
}

/** One recorded change with what it moved. */
export async function getOrgChange(db: Db, actor: Actor, id: number): Promise<OrgChange> {
  authorize(actor, 'org:manage');
  const row = await orgChangeRepository.findOperation(db, id);
  if (!row) throw notFound(`thay đổi tổ chức số ${id}`);
  return toOrgChange(row);
}
