// The shapes staff and citizens see of a feedback, derived from its row, history and the calendar.
import type { FeedbackDetail, FeedbackSummary } from '../../../contracts/citizen-feedback';
import type { PublicFeedbackStatus } from '../../../contracts/citizen-public';
import type { WorkingCalendar } from '../../../domain/calendar';
import { classifyFeedbackTimeliness } from '../../../domain/calendar/feedback-schedule';
import { pendingFeedbackDeadlines, type StepState } from '../../../domain/calendar/feedback-steps';
import type { FeedbackEventRow, FeedbackWithUnit } from './feedback.repository';

const URGENCY: Record<StepState, number> = { overdue: 0, 'at-risk': 1, within: 2 };

export function toFeedbackSummary(calendar: WorkingCalendar, row: FeedbackWithUnit, asOf: string): FeedbackSummary {
  return {
    id: row.id,
    code: row.code,
    channel: row.channel as FeedbackSummary['channel'],
    subjectKind: row.subjectKind as FeedbackSummary['subjectKind'],
    subjectRef: row.subjectRef,
    title: row.title,
    status: row.status as FeedbackSummary['status'],
    receivedOn: row.receivedOn,
    handleBy: row.handleBy,
    publishBy: row.publishBy,
    answeredOn: row.answeredOn,
    publishedOn: row.publishedOn,
    timeliness: classifyFeedbackTimeliness(calendar, { handleBy: row.handleBy, closedOn: row.answeredOn }, asOf).timeliness,
    deadlines: pendingFeedbackDeadlines(calendar, row, asOf).sort((a, b) => URGENCY[a.state] - URGENCY[b.state] || a.workingDaysLeft - b.workingDaysLeft),
    addressedUnitId: row.addressedUnitId,
    assignedUnitId: row.assignedUnitId,
    assignedUnitName: row.assignedUnitName,
  };
}

export function toFeedbackDetail(calendar: WorkingCalendar, row: FeedbackWithUnit, history: FeedbackEventRow[], asOf: string): FeedbackDetail {
  return {
    ...toFeedbackSummary(calendar, row, asOf),
    content: row.content,
    senderName: row.senderName,
    senderContact: row.senderContact,
    refuseBy: row.refuseBy,
    requestMoreBy: row.requestMoreBy,
    answer: row.answer,
    refusedReason: row.refusedReason,
    attachmentIds: row.attachmentIds,
    answerAttachmentIds: row.answerAttachmentIds,
    history: history.map((e) => ({ kind: e.kind, on: e.on, actorName: e.actorName, note: e.note, at: e.at.toISOString() })),
  };
}

const CITIZEN_NOTES = new Set(['more-requested', 'refused']);

/** What the tracking page shows: the answer only once published; no officer names, no sender details. */
export function toPublicFeedback(
  row: FeedbackWithUnit,
  history: FeedbackEventRow[],
  answerFiles: PublicFeedbackStatus['answerFiles'] = [],
): PublicFeedbackStatus {
  return {
    code: row.code,
    title: row.title,
    subjectKind: row.subjectKind as PublicFeedbackStatus['subjectKind'],
    channel: row.channel as PublicFeedbackStatus['channel'],
    status: row.status as PublicFeedbackStatus['status'],
    receivedOn: row.receivedOn,
    handleBy: row.handleBy,
    handlingUnit: row.assignedUnitName,
    publishedAnswer: row.status === 'published' ? row.answer : null,
    publishedOn: row.publishedOn,
    refusedReason: row.status === 'refused' ? row.refusedReason : null,
    // Staff notes are internal; the citizen sees the reason only where it is addressed to them.
    history: history.filter((e) => e.visibleToCitizen).map((e) => ({ kind: e.kind, on: e.on, note: CITIZEN_NOTES.has(e.kind) ? e.note : null })),
    answerFiles: row.status === 'published' ? answerFiles : [],
    canSupplement: row.status === 'more-requested' && row.followSecretHash !== null,
  };
}
