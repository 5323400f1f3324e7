/**
 * Life cycle of one unit's report for one window: draft → submitted → (returned with a comment →
 * submitted)* → approved, after which the report is locked. The Office returns, units (re)submit.
 */
import { isIsoDate, type IsoDate } from '../time/iso-date';

export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'approved';

/** A report-workflow rule refused an action; `code` is stable, `message` is for the user. */
export class ReportRuleError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'ReportRuleError';
    this.code = code;
  }
}

export type ReportAction = { type: 'submit'; on: IsoDate } | { type: 'return'; on: IsoDate; comment: string } | { type: 'approve'; on: IsoDate };

export interface ReportSubmissionState {
  reportId: string;
  status: ReportStatus;
  firstSubmittedAt: IsoDate | null;
  /** Date of the latest submission; the one whose timeliness counts. */
  submittedAt: IsoDate | null;
  approvedAt: IsoDate | null;
  /** The Office's comment of the latest return, kept for the unit to act on. */
  returnComment: string | null;
  locked: boolean;
  history: readonly { status: ReportStatus; on: IsoDate; comment?: string }[];
}

/** A new report, in draft. */
export function newReportSubmission(reportId: string): ReportSubmissionState {
  return { reportId, status: 'draft', firstSubmittedAt: null, submittedAt: null, approvedAt: null, returnComment: null, locked: false, history: [] };
}

const ALLOWED: Record<ReportAction['type'], { from: readonly ReportStatus[]; to: ReportStatus; verb: string }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', verb: 'gửi' },
  return: { from: ['submitted'], to: 'returned', verb: 'trả lại' },
  approve: { from: ['submitted'], to: 'approved', verb: 'phê duyệt' },
};

const STATE_PHRASE: Record<ReportStatus, string> = {
  draft: 'đang soạn, chưa gửi',
  submitted: 'đã gửi, đang chờ xem xét',
  returned: 'đã bị trả lại, chờ đơn vị gửi lại',
  approved: 'đã được phê duyệt và khóa',
};

/** True while the unit may still edit the content (draft or returned). */
export function isReportEditable(state: ReportSubmissionState): boolean {
  return state.status === 'draft' || state.status === 'returned';
}

/** The report after an action; throws ReportRuleError when the workflow forbids it. */
export function transitionReport(state: ReportSubmissionState, action: ReportAction): ReportSubmissionState {
  const rule = ALLOWED[action.type];
  if (!rule.from.includes(state.status)) {
    throw new ReportRuleError(
      state.locked ? 'REPORT_LOCKED' : 'REPORT_ILLEGAL_TRANSITION',
      `Báo cáo ${state.reportId} ${STATE_PHRASE[state.status]}, không thể ${rule.verb}.`,
    );
  }
  if (!isIsoDate(action.on)) throw new ReportRuleError('REPORT_INVALID_DATE', `Báo cáo ${state.reportId}: ngày ${action.on} không hợp lệ.`);
  const last = state.history.at(-1);
  if (last && action.on < last.on) {
    throw new ReportRuleError('REPORT_OUT_OF_ORDER', `Báo cáo ${state.reportId}: ngày ${action.on} sớm hơn thao tác trước (${last.on}).`);
  }
  if (action.type === 'return' && action.comment.trim() === '') {
    throw new ReportRuleError('REPORT_COMMENT_REQUIRED', `Báo cáo ${state.reportId}: cần ghi rõ lý do trả lại để đơn vị chỉnh sửa.`);
  }
  const entry = action.type === 'return' ? { status: rule.to, on: action.on, comment: action.comment.trim() } : { status: rule.to, on: action.on };
  return {
    ...state,
    status: rule.to,
    firstSubmittedAt: action.type === 'submit' ? (state.firstSubmittedAt ?? action.on) : state.firstSubmittedAt,
    submittedAt: action.type === 'submit' ? action.on : state.submittedAt,
    approvedAt: action.type === 'approve' ? action.on : state.approvedAt,
    returnComment: action.type === 'return' ? action.comment.trim() : state.returnComment,
    locked: rule.to === 'approved',
    history: [...state.history, entry],
  };
}

/** Throws unless the unit may edit the report now, naming why not. */
export function assertReportEditable(state: ReportSubmissionState): void {
  if (!isReportEditable(state)) {
    throw new ReportRuleError(
      state.locked ? 'REPORT_LOCKED' : 'REPORT_NOT_EDITABLE',
      `Báo cáo ${state.reportId} ${STATE_PHRASE[state.status]}, không thể sửa nội dung.`,
    );
  }
}
