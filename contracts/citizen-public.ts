import { z } from 'zod';
import { FeedbackChannel, FeedbackStatus, FeedbackSubjectKind } from './citizen-feedback';

/** What the public site shows about the department. */
export const PublicSiteInfo = z.object({
  departmentName: z.string(),
  contact: z.string().nullable(),
  units: z.array(z.object({ id: z.number(), name: z.string() })),
  /** Whether the feedback form requires the sender's name and contact (configuration). */
  senderRequired: z.boolean(),
});
export type PublicSiteInfo = z.infer<typeof PublicSiteInfo>;

/** `secret` is shown once: with the code it lets the citizen add information the Office asks for. */
export const PublicFeedbackCreated = z.object({ code: z.string(), handleBy: z.string(), secret: z.string() });
export type PublicFeedbackCreated = z.infer<typeof PublicFeedbackCreated>;

/** What a citizen sees when following a feedback: no names of officers, no sender's details. */
export const PublicFeedbackStatus = z.object({
  code: z.string(),
  title: z.string(),
  subjectKind: FeedbackSubjectKind,
  channel: FeedbackChannel,
  status: FeedbackStatus,
  receivedOn: z.string(),
  handleBy: z.string(),
  handlingUnit: z.string().nullable(),
  publishedAnswer: z.string().nullable(),
  publishedOn: z.string().nullable(),
  refusedReason: z.string().nullable(),
  history: z.array(z.object({ kind: z.string(), on: z.string(), note: z.string().nullable() })),
  /** Files attached to the published answer (empty until published), downloadable from the public page. */
  answerFiles: z.array(z.object({ id: z.string(), name: z.string(), size: z.number() })),
  /** The Office asked for more and the feedback came through the public form: the follow page offers the form. */
  canSupplement: z.boolean(),
});
export type PublicFeedbackStatus = z.infer<typeof PublicFeedbackStatus>;

/** The citizen's added information (multipart fields; files go in "attachments"). */
export const PublicSupplementFields = z.object({
  secret: z.string({ error: 'Nhập mã bí mật nhận được khi gửi phản ánh.' }).trim().min(1, { error: 'Nhập mã bí mật nhận được khi gửi phản ánh.' }).max(40),
  content: z.string({ error: 'Nhập thông tin bổ sung.' }).trim().min(1, { error: 'Nhập thông tin bổ sung.' }).max(5000, { error: 'Tối đa 5000 ký tự.' }),
});
export type PublicSupplementFields = z.infer<typeof PublicSupplementFields>;

export const PublicFeedbackCodeParams = z.object({
  code: z
    .string()
    .trim()
    .regex(/^PAKN-\d{4}-[A-Z0-9]{6}$/i, { error: 'Mã theo dõi có dạng PAKN-2026-ABC123.' }),
});

/** One figure of the transparency page; value null means "no data yet". */
export const TransparencyFigure = z.object({
  key: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  unit: z.enum(['%', 'count']),
  source: z.string(),
});
export const TransparencyReply = z.object({ year: z.number(), from: z.string(), to: z.string(), figures: z.array(TransparencyFigure), methodNote: z.string() });
export type TransparencyReply = z.infer<typeof TransparencyReply>;
