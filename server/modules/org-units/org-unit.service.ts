import type { CreateOrgUnitRequest, OrgUnit, UpdateOrgUnitRequest } from '../../../contracts/org-units';
import { applyOperation, assertTimeline, OrgRuleError, OrgTimeline } from '../../../domain/org-units';
import { formatViDate, type IsoDate } from '../../../domain/time/iso-date';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Executor, Tx } from '../../db/client';
import { conflict, DomainError, forbidden, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import * as clock from '../../clock';
import { orgUnitRepository, type OrgUnitRow } from './org-unit.repository';
import { orgTimelineRepository } from './org-timeline.repository';
import { loadTimeline, syncCurrentRows } from './org-timeline.service';
import { structureOn, toOrgUnit } from './unit-history.service';

export { toOrgUnit };

/**
 * Units are public knowledge inside the organisation: every staff member can pick any unit (coordinating
 * units, routing). With a date, the units as they stood that day.
 */
export async function listOrgUnits(db: Db, actor: Actor, query: { on?: IsoDate } = {}): Promise<OrgUnit[]> {
  authorize(actor, 'org:read');
  const rows = await orgUnitRepository.listAll(db);
  if (!query.on) return rows.map(toOrgUnit);
  return structureOn(rows, await loadTimeline(db), query.on);
}

/** Loads a unit the actor may manage; 403 (not 404) when it is outside their scope or absent, so nothing leaks. */
async function unitForManage(db: Executor, actor: Actor, id: number): Promise<OrgUnitRow> {
  authorize(actor, 'org:manage');
  const unit = await orgUnitRepository.findById(db, id);
  if (!unit) throw actor.scopePath === '/' ? notFound(`đơn vị có mã số ${id}`) : forbidden();
  authorize(actor, 'org:manage', unit);
  return unit;
}

/** Creates a unit under a parent; without a start date it is taken to have existed as long as its parent. */
export async function createOrgUnit(db: Db, actor: Actor, input: CreateOrgUnitRequest): Promise<OrgUnit> {
  authorize(actor, 'org:manage');
  return db.transaction(async (tx) => {
    const parent = await orgUnitRepository.findById(tx, input.parentId);
    if (!parent) throw new DomainError('PARENT_NOT_FOUND', `Đơn vị cấp trên (mã số ${input.parentId}) không tồn tại.`, 400, { field: 'parentId' });
    authorize(actor, 'org:manage', parent);
    if (!parent.active)
      throw new DomainError('PARENT_INACTIVE', `Đơn vị cấp trên "${parent.name}" đã ngừng hoạt động; chọn đơn vị khác.`, 400, { field: 'parentId' });
    if (input.validFrom && input.validFrom > clock.today())
      throw new DomainError('CHANGE_IN_FUTURE', `Ngày thành lập ${formatViDate(input.validFrom)} chưa đến.`, 400, { field: 'validFrom' });
    if (await orgUnitRepository.findByCode(tx, input.code)) throw conflict('UNIT_CODE_TAKEN', `Mã đơn vị "${input.code}" đã được dùng; chọn mã khác.`);
    const created = await orgUnitRepository.insert(tx, {
      parentId: parent.id,
      code: input.code,
      name: input.name,
      shortName: input.shortName ?? null,
      type: input.type,
      district: input.district ?? parent.district ?? null,
      // Without a date the unit is taken to have existed as long as its parent (a school added late to a ward).
      validFrom: input.validFrom ?? parent.validFrom ?? null,
      path: '',
    });
    const timeline = await loadTimeline(tx);
    checked(() => assertTimeline(timeline)); // the parent must exist for as long as the new unit
    await syncCurrentRows(tx, timeline);
    const unit = (await orgUnitRepository.findById(tx, created.id))!;
    await recordAudit(tx, actor, { action: 'org-unit.created', entityType: 'org_unit', entityId: unit.id, unitId: unit.id, after: toOrgUnit(unit) });
    return toOrgUnit(unit);
  });
}

function checked<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof OrgRuleError) throw new DomainError(e.code, e.message, 400);
    throw e;
  }
}

/** Moves a unit from today (an administrator's direct edit; changes under a decision go through org changes). */
async function moveFromToday(tx: Tx, unit: OrgUnitRow, parentId: number): Promise<void> {
  const today = clock.today();
  const timeline = await loadTimeline(tx);
  const outcome = checked(() => applyOperation(timeline.data, { kind: 'move', on: today, unitId: unit.id, parentId }));
  await orgTimelineRepository.replaceVersions(tx, outcome.changedUnitIds, outcome.data.versions);
  await syncCurrentRows(tx, new OrgTimeline(outcome.data), today);
}

/**
 * Corrects a unit's names (in its current period: a typo, not a renaming under a decision), moves it from
 * today, activates or deactivates it.
 */
export async function updateOrgUnit(db: Db, actor: Actor, id: number, input: UpdateOrgUnitRequest): Promise<OrgUnit> {
  return db.transaction(async (tx) => {
    const unit = await unitForManage(tx, actor, id);
    if (input.parentId !== undefined && input.parentId !== unit.parentId) {
      const parent = await orgUnitRepository.findById(tx, input.parentId);
      if (!parent) throw new DomainError('PARENT_NOT_FOUND', `Đơn vị cấp trên (mã số ${input.parentId}) không tồn tại.`, 400, { field: 'parentId' });
      authorize(actor, 'org:manage', parent);
      await moveFromToday(tx, unit, parent.id);
    }
    if (input.active === false && unit.parentId === null) throw new DomainError('ROOT_CANNOT_DEACTIVATE', 'Không thể ngừng hoạt động đơn vị gốc (Sở).');
    const names = {
      name: input.name ?? unit.name,
      shortName: input.shortName === undefined ? unit.shortName : input.shortName,
      district: input.district === undefined ? unit.district : input.district,
    };
    await orgUnitRepository.correctCurrentVersion(tx, id, names);
    const updated = await orgUnitRepository.update(tx, id, { ...names, active: input.active ?? unit.active });
    await recordAudit(tx, actor, {
      action: 'org-unit.updated',
      entityType: 'org_unit',
      entityId: id,
      unitId: id,
      before: toOrgUnit(unit),
      after: toOrgUnit(updated),
    });
    return toOrgUnit(updated);
  });
}
