/**
 * Periodic reporting windows (báo cáo định kỳ) and who sent what when. The calendar is seed 003
 * (Kế hoạch CCHC 2025 của Sở GDĐT Hải Phòng, mục V.1.c): quarterly and six-month reports
 * "trước ngày 10 tháng cuối của quý", the yearly report "trước ngày 10/12".
 */
import { isIsoDate, type IsoDate } from '../time/iso-date';
import type { ReportStatus } from './submission-status';

export interface ReportWindow {
  id: string;
  kind: ReportKind;
  label: string;
  year: number;
  /** First day a unit may send the report. */
  opensOn: IsoDate;
  /** Last day that counts as on time (inclusive). */
  deadline: IsoDate;
}

export type ReportKind = 'quarter-1' | 'six-month' | 'quarter-3' | 'yearly';

export interface ReportingCalendarEntry {
  kind: ReportKind;
  /** Label before " năm YYYY". */
  label: string;
  deadlineMonth: number;
  deadlineDay: number;
}

/**
 * Seed 003 says "trước ngày 10"; the province reads that as due on the 10th (Q1 due 10/3), so the
 * 10th is taken as the last on-time day. Windows open on the 1st of the deadline month: our choice,
 * the seed does not say when sending may start.
 */
export const REPORTING_CALENDAR: readonly ReportingCalendarEntry[] = [
  { kind: 'quarter-1', label: 'Báo cáo CCHC quý I', deadlineMonth: 3, deadlineDay: 10 },
  { kind: 'six-month', label: 'Báo cáo CCHC 6 tháng', deadlineMonth: 6, deadlineDay: 10 },
  { kind: 'quarter-3', label: 'Báo cáo CCHC quý III', deadlineMonth: 9, deadlineDay: 10 },
  { kind: 'yearly', label: 'Báo cáo CCHC', deadlineMonth: 12, deadlineDay: 10 },
];

const pad = (n: number) => String(n).padStart(2, '0');

/** The reporting windows of a year from a calendar (seed 003 by default). */
export function windowsForYear(year: number, calendar: readonly ReportingCalendarEntry[] = REPORTING_CALENDAR): ReportWindow[] {
  return calendar.map((entry) => {
    const deadline = `${year}-${pad(entry.deadlineMonth)}-${pad(entry.deadlineDay)}`;
    if (!isIsoDate(deadline)) throw new RangeError(`Hạn báo cáo không hợp lệ: ${entry.deadlineDay}/${entry.deadlineMonth}/${year}.`);
    return {
      id: `${year}-${entry.kind}`,
      kind: entry.kind,
      label: `${entry.label} năm ${year}`,
      year,
      opensOn: `${year}-${pad(entry.deadlineMonth)}-01`,
      deadline,
    };
  });
}

export interface ReportSubmissionFacts {
  /** Local date of the submission being counted (the latest one if the report was returned and re-sent). */
  submittedAt: IsoDate | null;
  status: ReportStatus;
}

export type SubmissionClass = 'on-time' | 'late' | 'missing' | 'not-yet-due';

export const SUBMISSION_CLASS_LABELS: Readonly<Record<SubmissionClass, string>> = {
  'on-time': 'Đúng hạn',
  late: 'Trễ hạn',
  missing: 'Chưa gửi, quá hạn',
  'not-yet-due': 'Chưa gửi, còn hạn',
};

/**
 * A report counts as sent while it is submitted or approved. A returned report must be sent again:
 * until then it counts as not sent, and its timeliness is judged by the date it is sent again.
 */
function isCounted(submission: ReportSubmissionFacts | null): submission is ReportSubmissionFacts & { submittedAt: IsoDate } {
  return submission !== null && submission.submittedAt !== null && (submission.status === 'submitted' || submission.status === 'approved');
}

/** On time, late, missing or not yet due, as of a given date; a report sent before the window opens is on time. */
export function classifySubmission(
  window: Pick<ReportWindow, 'opensOn' | 'deadline'>,
  submission: ReportSubmissionFacts | null,
  asOf: IsoDate,
): SubmissionClass {
  if (isCounted(submission)) return submission.submittedAt <= window.deadline ? 'on-time' : 'late';
  return asOf <= window.deadline ? 'not-yet-due' : 'missing';
}

export interface UnitSubmission extends ReportSubmissionFacts {
  unitId: string;
}

export interface WindowBoardRow {
  unitId: string;
  status: SubmissionClass;
  label: string;
  submittedAt: IsoDate | null;
}

export interface WindowBoard {
  windowId: string | null;
  rows: WindowBoardRow[];
  counts: Record<SubmissionClass, number>;
  /** (on time + late) ÷ required units; null when no unit is required. */
  reportingRate: number | null;
  /** on time ÷ required units: a unit that has not reported has not reported on time either. */
  onTimeRate: number | null;
  /** Units that sent a report without being required to; listed, not counted. */
  unexpectedUnits: string[];
}

/** Of several rows for one unit, the one that counts: a sent one first, then the earliest sent. */
function pickSubmission(rows: readonly UnitSubmission[]): UnitSubmission | null {
  const counted = rows.filter((r): r is UnitSubmission & { submittedAt: IsoDate } => isCounted(r)).sort((a, b) => (a.submittedAt < b.submittedAt ? -1 : 1));
  return counted[0] ?? rows[0] ?? null;
}

/** Per-unit status of one window plus the reporting and on-time rates of the required units. */
export function windowBoard(
  window: Pick<ReportWindow, 'opensOn' | 'deadline'> & { id?: string },
  requiredUnits: readonly string[],
  submissions: readonly UnitSubmission[],
  asOf: IsoDate,
): WindowBoard {
  const required = [...new Set(requiredUnits)];
  const counts: Record<SubmissionClass, number> = { 'on-time': 0, late: 0, missing: 0, 'not-yet-due': 0 };
  const rows = required.map((unitId): WindowBoardRow => {
    const submission = pickSubmission(submissions.filter((s) => s.unitId === unitId));
    const status = classifySubmission(window, submission, asOf);
    counts[status] += 1;
    return { unitId, status, label: SUBMISSION_CLASS_LABELS[status], submittedAt: isCounted(submission) ? submission.submittedAt : null };
  });
  const n = required.length;
  return {
    windowId: window.id ?? null,
    rows,
    counts,
    reportingRate: n === 0 ? null : (counts['on-time'] + counts.late) / n,
    onTimeRate: n === 0 ? null : counts['on-time'] / n,
    unexpectedUnits: [...new Set(submissions.map((s) => s.unitId).filter((u) => !required.includes(u)))].sort(),
  };
}
