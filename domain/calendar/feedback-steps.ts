/**
 * All four feedback deadlines (refuse, ask for more, handle, publish) and where an open step stands
 * against its own deadline, so reminders and the at-risk/overdue lists cover every step, not only
 * handling. Which steps are still pending follows from the status; the day counts are FEEDBACK_DEADLINES.
 */
import type { IsoDate } from '../time/iso-date';
import { FEEDBACK_DEADLINES, type FeedbackStep } from './feedback-deadlines';
import type { WorkingCalendar } from './working-calendar';

/**
 * Working days left at which a pending step is "at risk", per step (data). The two-day steps warn on
 * their last day only, otherwise they would be at risk from the day of receipt and the list would be noise.
 */
export const FEEDBACK_STEP_AT_RISK_DAYS: Readonly<Record<FeedbackStep, number>> = { refuse: 1, requestMore: 1, handle: 2, publish: 1 };

/**
 * Steps whose deadline still runs in each status. Refusing and asking for more are decisions the Office
 * takes on a new feedback; once it routed, refused or asked, they are no longer due. While the Office
 * waits for the citizen's added information the handling clock is stopped (see resumeDeadline), so a
 * 'more-requested' feedback has no running deadline. Publishing runs from the answer.
 */
const PENDING_STEPS: Readonly<Record<string, readonly FeedbackStep[]>> = {
  received: ['refuse', 'requestMore', 'handle'],
  'more-requested': [],
  routed: ['handle'],
  answered: ['publish'],
  published: [],
  refused: [],
};

export interface FeedbackDeadlineFacts {
  status: string;
  refuseBy: IsoDate;
  requestMoreBy: IsoDate;
  handleBy: IsoDate;
  publishBy: IsoDate | null;
}

export type StepState = 'within' | 'at-risk' | 'overdue';

export interface PendingFeedbackDeadline {
  step: FeedbackStep;
  label: string;
  due: IsoDate;
  /** Negative when overdue. */
  workingDaysLeft: number;
  state: StepState;
  explanation: string;
}

function dueOf(facts: FeedbackDeadlineFacts, step: FeedbackStep): IsoDate | null {
  if (step === 'refuse') return facts.refuseBy;
  if (step === 'requestMore') return facts.requestMoreBy;
  if (step === 'handle') return facts.handleBy;
  return facts.publishBy;
}

/** The deadlines still running for a feedback on `asOf`, each classified within / at risk / overdue. */
export function pendingFeedbackDeadlines(calendar: WorkingCalendar, facts: FeedbackDeadlineFacts, asOf: IsoDate): PendingFeedbackDeadline[] {
  const result: PendingFeedbackDeadline[] = [];
  for (const step of PENDING_STEPS[facts.status] ?? []) {
    const due = dueOf(facts, step);
    if (due === null) continue;
    const { label, workingDays } = FEEDBACK_DEADLINES[step];
    const left = calendar.workingDaysBetween(asOf, due);
    const state: StepState = asOf > due ? 'overdue' : left <= FEEDBACK_STEP_AT_RISK_DAYS[step] ? 'at-risk' : 'within';
    const explanation =
      state === 'overdue'
        ? `${label}: quá hạn ${-left} ngày làm việc (hạn ${due}, ${workingDays} ngày làm việc).`
        : `${label}: còn ${left} ngày làm việc đến hạn ${due}${state === 'at-risk' ? ' (sắp đến hạn)' : ''}.`;
    result.push({ step, label, due, workingDaysLeft: left, state, explanation });
  }
  return result;
}

/** The most urgent running deadline (overdue before at risk, then the earliest), or null when none runs. */
export function mostUrgentDeadline(deadlines: readonly PendingFeedbackDeadline[]): PendingFeedbackDeadline | null {
  const rank: Record<StepState, number> = { overdue: 0, 'at-risk': 1, within: 2 };
  const sorted = [...deadlines].sort((a, b) => rank[a.state] - rank[b.state] || a.workingDaysLeft - b.workingDaysLeft);
  return sorted[0] ?? null;
}

/**
 * A deadline once the citizen adds the information asked for: every clock stopped on the day of the
 * request and resumes on the day of the addition with the working days that were left (at least 0, so
 * a deadline already passed falls due the day the information arrives).
 */
export function resumeDeadline(calendar: WorkingCalendar, facts: { due: IsoDate; pausedOn: IsoDate; resumedOn: IsoDate }): IsoDate {
  const left = Math.max(0, calendar.workingDaysBetween(facts.pausedOn, facts.due));
  return calendar.addWorkingDays(facts.resumedOn, left);
}
