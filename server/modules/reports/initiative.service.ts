import type { AssessInitiativeRequest, Initiative, InitiativeQuery, RegisterInitiativeRequest } from '../../../contracts/reports-inspections';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { DomainError, conflict, forbidden, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { orgUnitRepository } from '../org-units/org-unit.repository';
import { initiativeRepository, type InitiativeRow } from './initiative.repository';

function toInitiative(row: InitiativeRow, unitName: string): Initiative {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName,
    year: row.year,
    title: row.title,
    authors: row.authors,
    summary: row.summary,
    status: row.status as Initiative['status'],
    level: row.level as Initiative['level'],
    assessment: row.assessment,
  };
}

/**
 * Initiatives are a shared library: every staff member may search all of them, so a school can
 * reuse what another recognised; registering and assessing are scoped.
 */
export async function searchInitiatives(db: Db, actor: Actor, query: InitiativeQuery): Promise<Initiative[]> {
  authorize(actor, 'initiative:read');
  const rows = await initiativeRepository.search(db, query);
  return rows.map((r) => toInitiative(r.initiative, r.unitName));
}

/** A unit registers an initiative of its own staff. */
export async function registerInitiative(db: Db, actor: Actor, input: RegisterInitiativeRequest): Promise<Initiative> {
  authorize(actor, 'initiative:register');
  return db.transaction(async (tx) => {
    const unit = await orgUnitRepository.findById(tx, input.unitId);
    if (!unit) throw new DomainError('UNIT_NOT_FOUND', `Không có đơn vị mã số ${input.unitId}; chọn đơn vị khác.`, 400, { field: 'unitId' });
    authorize(actor, 'initiative:register', unit);
    if (!unit.path.startsWith(actor.unitPath)) throw forbidden();
    const row = await initiativeRepository.insert(tx, { ...input, createdBy: actor.userId });
    await recordAudit(tx, actor, { action: 'initiative.registered', entityType: 'initiative', entityId: row.id, unitId: unit.id, after: row });
    return toInitiative(row, unit.name);
  });
}

/** The Office records the council's assessment: recognised with a level, or not. */
export async function assessInitiative(db: Db, actor: Actor, id: number, input: AssessInitiativeRequest): Promise<Initiative> {
  authorize(actor, 'initiative:assess');
  return db.transaction(async (tx) => {
    const found = await initiativeRepository.findWithUnit(tx, id);
    if (!found) throw actor.scopePath === '/' ? notFound(`sáng kiến số ${id}`) : forbidden();
    authorize(actor, 'initiative:assess', found.unit);
    if (found.initiative.status !== 'registered')
      throw conflict('INITIATIVE_ASSESSED', `Sáng kiến "${found.initiative.title}" đã được đánh giá; không đánh giá lại.`);
    const row = await initiativeRepository.update(tx, id, {
      status: input.recognised ? 'recognised' : 'not-recognised',
      level: input.recognised ? input.level! : null,
      assessment: input.assessment,
    });
    await recordAudit(tx, actor, {
      action: 'initiative.assessed',
      entityType: 'initiative',
      entityId: id,
      unitId: found.unit.id,
      before: found.initiative,
      after: row,
    });
    return toInitiative(row, found.unit.name);
  });
}
