import type { DossierList, DossierListQuery } from '../../../../contracts/dossiers';
import { authorize, readScopePaths, type Actor } from '../../../auth/permissions';
import type { Db } from '../../../db/client';
import { DomainError } from '../../../errors';
import { loadWorkingCalendar } from '../../calendar/calendar.service';
import { orgUnitRepository } from '../../org-units/org-unit.repository';
import { dossierRepository } from '../dossier.repository';
import { toDossierView } from '../dossier-view';
import * as clock from '../../../clock';

/** The path of a unit a filter names, once the actor may read it (400 when it does not exist, 403 outside scope). */
async function filterUnitPath(db: Db, actor: Actor, unitId: number | undefined, field: 'unitId' | 'receivingUnitId'): Promise<string | undefined> {
  if (!unitId) return undefined;
  const unit = await orgUnitRepository.findById(db, unitId);
  if (!unit) throw new DomainError('UNIT_NOT_FOUND', `Đơn vị (mã số ${unitId}) không tồn tại; chọn lại đơn vị.`, 400, { field });
  authorize(actor, 'dossier:read', unit);
  return unit.path;
}

/**
 * The register, filtered; timeliness filters apply to the page's rows computed as of today. A reader sees the dossiers
 * handled in their scope (and in histories granted to them) and those received at a point in their scope: the
 * centre's one-stop staff follow what they took in until they return the result.
 */
export async function listDossiers(db: Db, actor: Actor, query: DossierListQuery): Promise<DossierList> {
  authorize(actor, 'dossier:read');
  const unitPath = await filterUnitPath(db, actor, query.unitId, 'unitId');
  const receivingUnitPath = await filterUnitPath(db, actor, query.receivingUnitId, 'receivingUnitId');
  const calendar = await loadWorkingCalendar(db);
  const today = clock.today();
  const wantsOpen = query.timeliness === 'overdue' || query.timeliness === 'at-risk' || query.timeliness === 'within-time';
  const filter = {
    scopePaths: readScopePaths(actor),
    receivedPaths: [actor.scopePath],
    q: query.q,
    state: query.state,
    unitPath,
    receivingUnitPath,
    receivingPoint: query.receivingPoint,
    open: wantsOpen || undefined,
  };
  if (!query.timeliness) {
    const { items, total } = await dossierRepository.list(db, filter, query.page, query.pageSize);
    return { items: items.map((r) => toDossierView(calendar, r, today)), total };
  }
  // Timeliness depends on today and the calendar, so it is filtered after the fold, over the scope's open or resolved rows.
  const { items } = await dossierRepository.list(db, filter, 1, 100_000);
  const matching = items.map((r) => toDossierView(calendar, r, today)).filter((d) => d.timeliness === query.timeliness);
  const start = (query.page - 1) * query.pageSize;
  return { items: matching.slice(start, start + query.pageSize), total: matching.length };
}
