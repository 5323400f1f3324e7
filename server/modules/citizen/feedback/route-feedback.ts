import type { RouteFeedbackRequest } from '../../../../contracts/citizen-feedback';
import { authorize, type Actor } from '../../../auth/permissions';
import type { Db } from '../../../db/client';
import { DomainError } from '../../../errors';
import { notify } from '../../notifications/notification.service';
import { orgUnitRepository } from '../../org-units/org-unit.repository';
import { requireStatus } from './feedback-access';
import { feedbackStep } from './feedback-step';

/** The Office routes a feedback to the unit that must answer it (again, to re-route). */
export function routeFeedback(db: Db, actor: Actor, id: number, input: RouteFeedbackRequest) {
  return feedbackStep(db, actor, id, 'feedback:route', async (tx, row) => {
    requireStatus(row, ['received', 'more-requested', 'routed'], 'chuyển xử lý');
    const unit = await orgUnitRepository.findById(tx, input.unitId);
    if (!unit || !unit.active)
      throw new DomainError('FEEDBACK_UNIT_UNKNOWN', 'Đơn vị xử lý không tồn tại hoặc đã ngừng hoạt động; chọn đơn vị khác.', 400, { field: 'unitId' });
    authorize(actor, 'feedback:route', unit);
    await notify(tx, {
      unitId: unit.id,
      kind: 'feedback.routed',
      title: `Phản ánh ${row.code} được chuyển đến đơn vị`,
      body: `${row.title} — hạn xử lý ${row.handleBy}.`,
      link: `/phan-anh/${row.id}`,
    });
    return { values: { assignedUnitId: unit.id, status: 'routed' }, kind: 'routed', note: `Chuyển ${unit.name} xử lý.${input.note ? ' ' + input.note : ''}` };
  });
}
