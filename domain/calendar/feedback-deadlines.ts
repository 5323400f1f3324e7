/**
 * Deadlines for citizens' feedback and proposals (phản ánh, kiến nghị), in working days after receipt
 * or after the previous step, as listed in METHODS.md. Data, so a change of regulation is one edit here.
 */
import type { IsoDate } from '../time/iso-date';
import { deadlineFor } from './timeliness';
import type { WorkingCalendar } from './working-calendar';

export interface FeedbackDeadline {
  workingDays: number;
  /** Vietnamese label shown to officers and citizens. */
  label: string;
}

export type FeedbackStep = 'refuse' | 'requestMore' | 'handle' | 'publish';

export const FEEDBACK_DEADLINES: Readonly<Record<FeedbackStep, FeedbackDeadline>> = {
  refuse: { workingDays: 2, label: 'Từ chối tiếp nhận phản ánh, kiến nghị' },
  requestMore: { workingDays: 5, label: 'Đề nghị bổ sung thông tin phản ánh, kiến nghị' },
  handle: { workingDays: 15, label: 'Xử lý phản ánh, kiến nghị' },
  publish: { workingDays: 2, label: 'Công khai kết quả xử lý phản ánh, kiến nghị' },
};

/** Deadline of one feedback step counted from its start date (receipt, or the decision to publish). */
export function feedbackDeadline(calendar: WorkingCalendar, step: FeedbackStep, start: IsoDate): IsoDate {
  return deadlineFor(calendar, start, FEEDBACK_DEADLINES[step].workingDays);
}
