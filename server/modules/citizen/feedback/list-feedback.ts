import type { FeedbackList, FeedbackListQuery } from '../../../../contracts/citizen-feedback';
import { authorize, type Actor } from '../../../auth/permissions';
import type { Db } from '../../../db/client';
import { loadWorkingCalendar } from '../../calendar/calendar.service';
import { orgUnitRepository } from '../../org-units/org-unit.repository';
import { toFeedbackSummary } from '../feedback-view';
import { feedbackRepository } from '../feedback.repository';
import * as clock from '../../../clock';

/** The register under the actor's scope, filtered; "at risk" and "overdue" are judged in working days as of today. */
export async function listFeedback(db: Db, actor: Actor, query: FeedbackListQuery): Promise<FeedbackList> {
  authorize(actor, 'feedback:read');
  const root = await feedbackRepository.rootUnit(db);
  let unitPath: string | undefined;
  if (query.unitId) {
    const unit = await orgUnitRepository.findById(db, query.unitId);
    authorize(actor, 'feedback:read', unit);
    unitPath = unit!.path;
  }
  const calendar = await loadWorkingCalendar(db);
  const today = clock.today();
  const filter = {
    scopePath: actor.scopePath,
    rootPath: root.path,
    status: query.status,
    openOnly: Boolean(query.due),
    unitPath,
    q: query.q,
    from: query.from,
    to: query.to,
  };
  if (query.due) {
    // At risk and overdue depend on working days, which SQL does not know: classify the running steps here.
    const { rows } = await feedbackRepository.list(db, filter, { limit: 10_000, offset: 0 });
    const items = rows
      .map((r) => toFeedbackSummary(calendar, r, today))
      .filter((s) => s.deadlines.some((d) => d.state === query.due && (!query.step || d.step === query.step)));
    return { total: items.length, items: items.slice((query.page - 1) * query.pageSize, query.page * query.pageSize) };
  }
  const { total, rows } = await feedbackRepository.list(db, filter, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  return { total, items: rows.map((r) => toFeedbackSummary(calendar, r, today)) };
}
