import { z } from 'zod';
import { PageQuery } from './common';

/** How a feedback reached the department. */
export const FeedbackChannel = z.enum(['online', 'paper', 'phone', 'email']);
export type FeedbackChannel = z.infer<typeof FeedbackChannel>;

/** What a feedback is about: a regulation, a procedure, an officer's conduct, a dossier, or something else. */
export const FeedbackSubjectKind = z.enum(['regulation', 'procedure', 'officer', 'dossier', 'other']);
export type FeedbackSubjectKind = z.infer<typeof FeedbackSubjectKind>;

export const FeedbackStatus = z.enum(['received', 'more-requested', 'routed', 'answered', 'published', 'refused']);
export type FeedbackStatus = z.infer<typeof FeedbackStatus>;

const text = (max: number, message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(max, { error: `Tối đa ${max} ký tự.` });

/** The fields a citizen or an officer fills in for a new feedback. */
export const FeedbackInput = z.object({
  subjectKind: FeedbackSubjectKind,
  subjectRef: z.string().trim().max(300).optional(),
  title: text(200, 'Nhập tiêu đề ngắn cho phản ánh, kiến nghị.'),
  content: text(5000, 'Nhập nội dung phản ánh, kiến nghị.'),
  senderName: z.string().trim().max(200).optional(),
  senderContact: z.string().trim().max(200).optional(),
  addressedUnitId: z.coerce.number().int().positive().optional(),
});
export type FeedbackInput = z.infer<typeof FeedbackInput>;

/** Staff registering feedback received on paper, by phone or by e-mail. */
export const RegisterFeedbackRequest = FeedbackInput.extend({
  channel: FeedbackChannel.exclude(['online']),
  receivedOn: z.iso.date({ error: 'Ngày tiếp nhận phải có dạng YYYY-MM-DD.' }).optional(),
});
export type RegisterFeedbackRequest = z.infer<typeof RegisterFeedbackRequest>;

export const RouteFeedbackRequest = z.object({ unitId: z.number().int().positive(), note: z.string().trim().max(1000).optional() });
export type RouteFeedbackRequest = z.infer<typeof RouteFeedbackRequest>;

export const AnswerFeedbackRequest = z.object({
  answer: text(10000, 'Nhập nội dung trả lời.'),
  attachmentIds: z.array(z.uuid()).max(5).default([]),
});
export type AnswerFeedbackRequest = z.infer<typeof AnswerFeedbackRequest>;

export const ReasonRequest = z.object({ reason: text(2000, 'Nhập lý do.') });
export type ReasonRequest = z.infer<typeof ReasonRequest>;

export const FeedbackEvent = z.object({
  kind: z.string(),
  on: z.string(),
  actorName: z.string().nullable(),
  note: z.string().nullable(),
  at: z.string(),
});
export type FeedbackEvent = z.infer<typeof FeedbackEvent>;

/** Where a feedback stands against its deadlines: open within time, at risk (≤ 2 working days left), overdue, or closed. */
export const FeedbackTimeliness = z.enum(['within', 'at-risk', 'overdue', 'on-time', 'late']);
export type FeedbackTimeliness = z.infer<typeof FeedbackTimeliness>;

/** One of the four feedback steps (refuse 2, ask for more 5, handle 15, publish 2 working days). */
export const FeedbackStep = z.enum(['refuse', 'requestMore', 'handle', 'publish']);
export type FeedbackStep = z.infer<typeof FeedbackStep>;

/** A deadline still running for a feedback, and where it stands (domain/calendar/feedback-steps). */
export const PendingFeedbackDeadline = z.object({
  step: FeedbackStep,
  label: z.string(),
  due: z.string(),
  workingDaysLeft: z.number(),
  state: z.enum(['within', 'at-risk', 'overdue']),
  explanation: z.string(),
});
export type PendingFeedbackDeadline = z.infer<typeof PendingFeedbackDeadline>;

export const FeedbackSummary = z.object({
  id: z.number(),
  code: z.string(),
  channel: FeedbackChannel,
  subjectKind: FeedbackSubjectKind,
  subjectRef: z.string().nullable(),
  title: z.string(),
  status: FeedbackStatus,
  receivedOn: z.string(),
  handleBy: z.string(),
  publishBy: z.string().nullable(),
  answeredOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  timeliness: FeedbackTimeliness,
  /** Deadlines still running, most urgent first. */
  deadlines: z.array(PendingFeedbackDeadline),
  addressedUnitId: z.number(),
  assignedUnitId: z.number().nullable(),
  assignedUnitName: z.string().nullable(),
});
export type FeedbackSummary = z.infer<typeof FeedbackSummary>;

export const FeedbackDetail = FeedbackSummary.extend({
  content: z.string(),
  senderName: z.string().nullable(),
  senderContact: z.string().nullable(),
  refuseBy: z.string(),
  requestMoreBy: z.string(),
  answer: z.string().nullable(),
  refusedReason: z.string().nullable(),
  attachmentIds: z.array(z.string()),
  answerAttachmentIds: z.array(z.string()),
  history: z.array(FeedbackEvent),
});
export type FeedbackDetail = z.infer<typeof FeedbackDetail>;

export const FeedbackListQuery = PageQuery.extend({
  status: FeedbackStatus.optional(),
  /** Feedback with a running deadline in this state (any step, or only `step`). */
  due: z.enum(['at-risk', 'overdue']).optional(),
  step: FeedbackStep.optional(),
  unitId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type FeedbackListQuery = z.infer<typeof FeedbackListQuery>;

export const FeedbackList = z.object({ total: z.number(), items: z.array(FeedbackSummary) });
export type FeedbackList = z.infer<typeof FeedbackList>;
