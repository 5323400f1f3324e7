/**
 * The life of a yearly CCHC plan: the Office drafts it, submits it, leaders approve it or return it
 * with a comment, and a returned plan goes back to draft to be revised. Also: was a unit's plan sent
 * on time (seed 003: units send their plan "trước ngày 15/01").
 */
import { isIsoDate, type IsoDate } from '../time/iso-date';

export type PlanStatus = 'draft' | 'submitted' | 'approved' | 'returned';

export type PlanAction = { type: 'submit' } | { type: 'approve' } | { type: 'return'; comment: string } | { type: 'revise' };

export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatus, string>> = {
  draft: 'Dự thảo',
  submitted: 'Đã trình',
  approved: 'Đã phê duyệt',
  returned: 'Trả lại để chỉnh sửa',
};

const ACTION_LABELS: Readonly<Record<PlanAction['type'], string>> = {
  submit: 'trình',
  approve: 'phê duyệt',
  return: 'trả lại',
  revise: 'chỉnh sửa lại',
};

/** Legal moves: from → action → to. Anything not listed is refused. */
const TRANSITIONS: Readonly<Record<PlanStatus, Partial<Record<PlanAction['type'], PlanStatus>>>> = {
  draft: { submit: 'submitted' },
  submitted: { approve: 'approved', return: 'returned' },
  returned: { revise: 'draft' },
  // An approved plan is final; changes go through a new plan or an amendment, not by reopening it.
  approved: {},
};

/** The one error type of plan rules; `code` is stable for the HTTP mapping, the message is for people. */
export class PlanRuleError extends Error {
  constructor(
    readonly code: 'PLAN_ILLEGAL_TRANSITION' | 'PLAN_RETURN_NEEDS_COMMENT' | 'PLAN_BAD_DEADLINE',
    message: string,
  ) {
    super(message);
    this.name = 'PlanRuleError';
  }
}

/** The status after an action, or a Vietnamese error saying why the move is not allowed. */
export function nextPlanStatus(current: PlanStatus, action: PlanAction): PlanStatus {
  const next = TRANSITIONS[current][action.type];
  if (!next) {
    const allowed = Object.keys(TRANSITIONS[current]) as PlanAction['type'][];
    const hint = allowed.length ? `Chỉ có thể ${allowed.map((a) => ACTION_LABELS[a]).join(' hoặc ')}.` : 'Kế hoạch đã phê duyệt không thể thay đổi trạng thái.';
    throw new PlanRuleError(
      'PLAN_ILLEGAL_TRANSITION',
      `Không thể ${ACTION_LABELS[action.type]} kế hoạch đang ở trạng thái "${PLAN_STATUS_LABELS[current]}". ${hint}`,
    );
  }
  // A return without a reason leaves the drafter guessing what to fix.
  if (action.type === 'return' && action.comment.trim() === '') {
    throw new PlanRuleError('PLAN_RETURN_NEEDS_COMMENT', 'Trả lại kế hoạch phải kèm ý kiến nêu rõ nội dung cần chỉnh sửa.');
  }
  return next;
}

/** The actions a plan in this status accepts (for showing buttons). */
export function allowedPlanActions(current: PlanStatus): PlanAction['type'][] {
  return Object.keys(TRANSITIONS[current]) as PlanAction['type'][];
}

export type PlanSubmissionStatus = 'on-time' | 'late' | 'missing' | 'not-due';

export const PLAN_SUBMISSION_LABELS: Readonly<Record<PlanSubmissionStatus, string>> = {
  'on-time': 'Gửi đúng hạn',
  late: 'Gửi muộn',
  missing: 'Chưa gửi (quá hạn)',
  'not-due': 'Chưa gửi (chưa đến hạn)',
};

/**
 * Resolves a 'dd/mm' (or 'dd/mm/yyyy', or ISO) deadline in the plan's year.
 * "Trước ngày 15/01" is read as "no later than 15/01", the way the Office applies it.
 */
export function resolvePlanDeadline(deadline: string, year: number): IsoDate {
  if (isIsoDate(deadline)) return deadline;
  const m = /^\s*(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\s*$/.exec(deadline);
  const iso = m ? `${m[3] ?? year}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : '';
  if (!isIsoDate(iso)) {
    throw new PlanRuleError('PLAN_BAD_DEADLINE', `Hạn gửi kế hoạch "${deadline}" không hợp lệ; nhập theo dạng ngày/tháng, ví dụ 15/01.`);
  }
  return iso;
}

/** Whether a unit's plan for `plan.year` was sent on time, late, not yet (and overdue) or is not due yet, as of a date. */
export function planSubmissionStatus(plan: { year: number; submittedAt: IsoDate | null }, deadline: string, asOf: IsoDate): PlanSubmissionStatus {
  const due = resolvePlanDeadline(deadline, plan.year);
  // A submission recorded after the as-of date had not happened yet at that date.
  const submitted = plan.submittedAt !== null && plan.submittedAt <= asOf ? plan.submittedAt : null;
  if (submitted) return submitted <= due ? 'on-time' : 'late';
  return asOf <= due ? 'not-due' : 'missing';
}
