import type { OrgChangeRequest } from '../../../contracts/org-changes';
import type { NewUnit, OrgOperation } from '../../../domain/org-units';
import { formatViDate } from '../../../domain/time/iso-date';
import type { Tx } from '../../db/client';
import { conflict, DomainError } from '../../errors';
import { orgChangeRepository } from './org-change.repository';
import { orgUnitRepository } from './org-unit.repository';

/** Resolves unit references of a request: positive ids as they are, negative refs to the new units' ids. */
export type RefResolver = (ref: number) => number;

/**
 * Creates the rows of the units a change establishes (their periods come from the operation) and returns
 * the domain operation with every reference resolved.
 */
export async function toDomainOperation(tx: Tx, req: OrgChangeRequest): Promise<{ op: OrgOperation; resolve: RefResolver; newUnitIds: Map<number, number> }> {
  const newUnitIds = new Map<number, number>();
  const refs = new Set<number>();
  for (const [i, u] of req.newUnits.entries()) {
    if (refs.has(u.ref))
      throw new DomainError('VALIDATION_FAILED', `Đơn vị mới thứ ${i + 1} trùng số tham chiếu ${u.ref}.`, 400, { field: `newUnits.${i}.ref` });
    refs.add(u.ref);
    if (req.newUnits.findIndex((x) => x.code.toLowerCase() === u.code.toLowerCase()) !== i || (await orgChangeRepository.codeTaken(tx, u.code)))
      throw conflict('UNIT_CODE_TAKEN', `Mã đơn vị "${u.code}" đã được dùng; chọn mã khác cho «${u.name}».`);
    const row = await orgUnitRepository.insert(tx, {
      code: u.code,
      name: u.name,
      shortName: u.shortName ?? null,
      type: u.type,
      district: u.district ?? null,
      path: '',
      validFrom: req.effectiveOn,
    });
    newUnitIds.set(u.ref, row.id);
  }
  const resolve: RefResolver = (ref) => {
    if (ref > 0) return ref;
    const id = newUnitIds.get(ref);
    if (id === undefined)
      throw new DomainError('VALIDATION_FAILED', `Không có đơn vị mới với số tham chiếu ${ref} trong danh sách đơn vị thành lập.`, 400, { field: 'newUnits' });
    return id;
  };
  const newUnits: NewUnit[] = req.newUnits.map((u) => ({
    unitId: newUnitIds.get(u.ref)!,
    parentId: u.parentId === null ? null : resolve(u.parentId),
    attributes: { name: u.name, shortName: u.shortName ?? null, type: u.type, district: u.district ?? null },
  }));
  const childParents = Object.fromEntries(Object.entries(req.childParents).map(([child, to]) => [Number(child), resolve(to)]));
  const notes = Object.fromEntries(Object.entries(req.notes).map(([ref, text]) => [resolve(Number(ref)), text]));
  const base = { on: req.effectiveOn, newUnits, childParents, notes };
  const op = ((): OrgOperation => {
    switch (req.kind) {
      case 'establish':
        if (!newUnits.length)
          throw new DomainError('VALIDATION_FAILED', `Nhập đơn vị được thành lập từ ngày ${formatViDate(req.effectiveOn)}.`, 400, { field: 'newUnits' });
        return { ...base, kind: 'establish', unitId: newUnits[0].unitId };
      case 'rename':
        return { ...base, kind: 'rename', unitId: req.unitId, name: req.name, ...(req.shortName !== undefined ? { shortName: req.shortName } : {}) };
      case 'retype':
        return { ...base, kind: 'retype', unitId: req.unitId, type: req.type, ...(req.name ? { name: req.name } : {}) };
      case 'move':
        return { ...base, kind: 'move', unitId: req.unitId, parentId: resolve(req.parentId) };
      case 'merge':
        return { ...base, kind: 'merge', sourceIds: req.sourceIds, targetId: resolve(req.targetId) };
      case 'split':
        return {
          ...base,
          kind: 'split',
          sourceId: req.sourceId,
          keepSource: req.keepSource,
          targetIds: req.targetIds.map(resolve),
          ...(req.principalId ? { principalId: resolve(req.principalId) } : {}),
        };
      case 'dissolve':
        return {
          ...base,
          kind: 'dissolve',
          unitId: req.unitId,
          successorIds: req.successorIds.map(resolve),
          ...(req.principalId ? { principalId: resolve(req.principalId) } : {}),
        };
    }
  })();
  return { op, resolve, newUnitIds };
}

/** Units the request names (to check the administrator's scope on each). */
export function unitsNamed(req: OrgChangeRequest): number[] {
  const ids: number[] = [...Object.keys(req.childParents).map(Number), ...req.newUnits.map((u) => u.parentId ?? 0)];
  switch (req.kind) {
    case 'rename':
    case 'retype':
      ids.push(req.unitId);
      break;
    case 'move':
      ids.push(req.unitId, req.parentId);
      break;
    case 'merge':
      ids.push(...req.sourceIds, req.targetId);
      break;
    case 'split':
      ids.push(req.sourceId, ...req.targetIds);
      break;
    case 'dissolve':
      ids.push(req.unitId, ...req.successorIds);
      break;
  }
  return [...new Set(ids.filter((id) => id > 0))];
}
