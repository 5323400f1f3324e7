import type { CreateOrgUnitRequest, OrgUnit, UpdateOrgUnitRequest } from '../../../contracts/org-units';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { conflict, DomainError, forbidden, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { orgUnitRepository, type OrgUnitRow } from './org-unit.repository';

/** The public shape of a unit. */
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
  };
}

/** Units are public knowledge inside the organisation: every staff member can pick any unit (coordinating units, routing). */
export async function listOrgUnits(db: Db, actor: Actor): Promise<OrgUnit[]> {
  authorize(actor, 'org:read');
  return (await orgUnitRepository.listAll(db)).map(toOrgUnit);
}

/** Loads a unit the actor may manage; 403 (not 404) when it is outside their scope or absent, so nothing leaks. */
async function unitForManage(db: Executor, actor: Actor, id: number): Promise<OrgUnitRow> {
  authorize(actor, 'org:manage');
  const unit = await orgUnitRepository.findById(db, id);
  if (!unit) throw actor.scopePath === '/' ? notFound(`đơn vị có mã số ${id}`) : forbidden();
  authorize(actor, 'org:manage', unit);
  return unit;
}

/** Creates a unit under a parent. */
export async function createOrgUnit(db: Db, actor: Actor, input: CreateOrgUnitRequest): Promise<OrgUnit> {
  authorize(actor, 'org:manage');
  return db.transaction(async (tx) => {
    const parent = await orgUnitRepository.findById(tx, input.parentId);
    if (!parent) throw new DomainError('PARENT_NOT_FOUND', `Đơn vị cấp trên (mã số ${input.parentId}) không tồn tại.`, 400, { field: 'parentId' });
    authorize(actor, 'org:manage', parent);
    if (!parent.active) throw new DomainError('PARENT_INACTIVE', `Đơn vị cấp trên "${parent.name}" đã ngừng hoạt động; chọn đơn vị khác.`, 400, { field: 'parentId' });
    if (await orgUnitRepository.findByCode(tx, input.code)) throw conflict('UNIT_CODE_TAKEN', `Mã đơn vị "${input.code}" đã được dùng; chọn mã khác.`);
    const created = await orgUnitRepository.insert(tx, {
      parentId: parent.id,
      code: input.code,
      name: input.name,
      shortName: input.shortName ?? null,
      type: input.type,
      district: input.district ?? parent.district ?? null,
      path: '',
    });
    const unit = await orgUnitRepository.update(tx, created.id, { path: `${parent.path}${created.id}/` });
    await recordAudit(tx, actor, { action: 'org-unit.created', entityType: 'org_unit', entityId: unit.id, unitId: unit.id, after: toOrgUnit(unit) });
    return toOrgUnit(unit);
  });
}

/** Renames, moves, activates or deactivates a unit. */
export async function updateOrgUnit(db: Db, actor: Actor, id: number, input: UpdateOrgUnitRequest): Promise<OrgUnit> {
  return db.transaction(async (tx) => {
    const unit = await unitForManage(tx, actor, id);
    let path = unit.path;
    if (input.parentId !== undefined && input.parentId !== unit.parentId) {
      if (unit.parentId === null) throw new DomainError('ROOT_CANNOT_MOVE', 'Không thể chuyển đơn vị gốc (Sở) sang đơn vị khác.');
      const parent = await orgUnitRepository.findById(tx, input.parentId);
      if (!parent) throw new DomainError('PARENT_NOT_FOUND', `Đơn vị cấp trên (mã số ${input.parentId}) không tồn tại.`, 400, { field: 'parentId' });
      authorize(actor, 'org:manage', parent);
      if (parent.path.startsWith(unit.path)) {
        throw new DomainError('UNIT_MOVE_CYCLE', `Không thể chuyển "${unit.name}" vào chính nó hoặc một đơn vị cấp dưới của nó.`, 400, { field: 'parentId' });
      }
      path = `${parent.path}${unit.id}/`;
      await orgUnitRepository.repath(tx, unit.path, path);
    }
    if (input.active === false && unit.parentId === null) throw new DomainError('ROOT_CANNOT_DEACTIVATE', 'Không thể ngừng hoạt động đơn vị gốc (Sở).');
    const updated = await orgUnitRepository.update(tx, id, {
      name: input.name ?? unit.name,
      shortName: input.shortName === undefined ? unit.shortName : input.shortName,
      district: input.district === undefined ? unit.district : input.district,
      parentId: input.parentId ?? unit.parentId,
      active: input.active ?? unit.active,
      path,
    });
    await recordAudit(tx, actor, { action: 'org-unit.updated', entityType: 'org_unit', entityId: id, unitId: id, before: toOrgUnit(unit), after: toOrgUnit(updated) });
    return toOrgUnit(updated);
  });
}
