import type { DossierList, DossierListQuery } from '../../../../contracts/dossiers';
import { authorize, type Actor } from '../../../auth/permissions';
import type { Db } from '../../../db/client';
import { DomainError } from '../../../errors';
import { loadWorkingCalendar } from '../../calendar/calendar.service';
import { orgUnitRepository } from '../../org-units/org-unit.repository';
import { dossierRepository } from '../dossier.repository';
import { toDossierView } from '../dossier-view';
import * as clock from '../../../clock';

/** The register, filtered; timeliness filters apply to the page's rows computed as of today. */
export async function listDossiers(db: Db, actor: Actor, query: DossierListQuery): Promise<DossierList> {
  authorize(actor, 'dossier:read');
  let unitPath: string | undefined;
  if (query.unitId) {
    const unit = await orgUnitRepository.findById(db, query.unitId);
    if (!unit) throw new DomainError('UNIT_NOT_FOUND', `Đơn vị (mã số ${query.unitId}) không tồn tại; chọn lại đơn vị.`, 400, { field: 'unitId' });
    authorize(actor, 'dossier:read', unit);
    unitPath = unit.path;
  }
  const calendar = await loadWorkingCalendar(db);
  const today = clock.today();
  const wantsOpen = query.timeliness === 'overdue' || query.timeliness === 'at-risk' || query.timeliness === 'within-time';
  const filter = { scopePath: actor.scopePath, q: query.q, state: query.state, unitPath, open: wantsOpen || undefined };
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
