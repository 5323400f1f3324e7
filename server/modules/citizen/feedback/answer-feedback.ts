import type { AnswerFeedbackRequest } from '../../../../contracts/citizen-feedback';
import { publishDeadline } from '../../../../domain/calendar/feedback-schedule';
import { authorize, type Actor } from '../../../auth/permissions';
import type { Db } from '../../../db/client';
import { DomainError } from '../../../errors';
import { loadWorkingCalendar } from '../../calendar/calendar.service';
import { fileRepository } from '../../files/file.repository';
import { orgUnitRepository } from '../../org-units/org-unit.repository';
import { requireStatus } from './feedback-access';
import { feedbackStep } from './feedback-step';

/** The responsible unit answers; the answer is published separately (within 2 working days). */
export function answerFeedback(db: Db, actor: Actor, id: number, input: AnswerFeedbackRequest) {
  return feedbackStep(db, actor, id, 'feedback:answer', async (tx, row, today) => {
    requireStatus(row, ['received', 'more-requested', 'routed', 'answered'], 'trả lời');
    if (input.attachmentIds.length > 0) {
      const found = await fileRepository.findMany(tx, input.attachmentIds);
      if (found.length !== new Set(input.attachmentIds).size)
        throw new DomainError('FILE_NOT_FOUND', 'Tệp đính kèm câu trả lời không tồn tại; tải lên lại.', 400, { field: 'attachmentIds' });
      for (const f of found) authorize(actor, 'file:read', await orgUnitRepository.findById(tx, f.unitId));
    }
    const calendar = await loadWorkingCalendar(tx);
    const answeredOn = row.answeredOn ?? today;
    return {
      values: {
        status: 'answered',
        answer: input.answer,
        answerAttachmentIds: input.attachmentIds,
        answeredOn,
        publishBy: publishDeadline(calendar, answeredOn),
      },
      kind: 'answered',
      note: row.status === 'answered' ? 'Sửa câu trả lời.' : null,
    };
  });
}
