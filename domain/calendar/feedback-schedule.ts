/**
 * The deadlines of one feedback (PAKN) and where it stands against them. Refusing and asking for more
 * information count from receipt; handling counts from receipt; publishing counts from the answer.
 * The numbers of days are FEEDBACK_DEADLINES (data); this file only applies them.
 */
import type { IsoDate } from '../time/iso-date';
import { FEEDBACK_DEADLINES, feedbackDeadline } from './feedback-deadlines';
import type { WorkingCalendar } from './working-calendar';

export interface FeedbackSchedule {
  refuseBy: IsoDate;
  requestMoreBy: IsoDate;
  handleBy: IsoDate;
}

/** Working days left at which an open feedback is shown as at risk. */
export const FEEDBACK_AT_RISK_DAYS = 2;

export type FeedbackTimeliness = 'within' | 'at-risk' | 'overdue' | 'on-time' | 'late';

/** The deadlines that run from the day a feedback is received. */
export function feedbackSchedule(calendar: WorkingCalendar, receivedOn: IsoDate): FeedbackSchedule {
  return {
    refuseBy: feedbackDeadline(calendar, 'refuse', receivedOn),
    requestMoreBy: feedbackDeadline(calendar, 'requestMore', receivedOn),
    handleBy: feedbackDeadline(calendar, 'handle', receivedOn),
  };
}

/** The day by which an answer given on `answeredOn` must be published. */
export function publishDeadline(calendar: WorkingCalendar, answeredOn: IsoDate): IsoDate {
  return feedbackDeadline(calendar, 'publish', answeredOn);
}

/**
 * Handling timeliness: a closed feedback (answered or refused on `closedOn`) is on time when closed by
 * its deadline; an open one is overdue after it and at risk when FEEDBACK_AT_RISK_DAYS or fewer working days remain.
 */
export function classifyFeedbackTimeliness(
  calendar: WorkingCalendar,
  facts: { handleBy: IsoDate; closedOn: IsoDate | null },
  asOf: IsoDate,
): { timeliness: FeedbackTimeliness; workingDaysLeft: number | null; explanation: string } {
  const days = FEEDBACK_DEADLINES.handle.workingDays;
  if (facts.closedOn !== null) {
    const onTime = facts.closedOn <= facts.handleBy;
    return {
      timeliness: onTime ? 'on-time' : 'late',
      workingDaysLeft: null,
      explanation: `Xử lý xong ngày ${facts.closedOn}, hạn ${facts.handleBy} (${days} ngày làm việc): ${onTime ? 'đúng hạn' : 'quá hạn'}.`,
    };
  }
  const left = calendar.workingDaysBetween(asOf, facts.handleBy);
  if (asOf > facts.handleBy) {
    return { timeliness: 'overdue', workingDaysLeft: left, explanation: `Quá hạn xử lý (hạn ${facts.handleBy}) ${-left} ngày làm việc.` };
  }
  const atRisk = left <= FEEDBACK_AT_RISK_DAYS;
  return {
    timeliness: atRisk ? 'at-risk' : 'within',
    workingDaysLeft: left,
    explanation: `Còn ${left} ngày làm việc đến hạn xử lý ${facts.handleBy}${atRisk ? ' (sắp đến hạn)' : ''}.`,
  };
}
