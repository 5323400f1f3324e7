import { z } from 'zod';
import { SATISFACTION_FACTOR_KEYS } from '../domain/surveys/factors';
import { surveyDefinitionSchema } from '../domain/surveys/survey-definition';

export const SatisfactionMethodKey = z.enum(['share-satisfied', 'mean-score']);
export const SurveyStatus = z.enum(['draft', 'open', 'closed']);
/** The survey definition as the builder edits it (checked again by the domain on save). */
export const SurveyDefinitionInput = surveyDefinitionSchema;

export const SaveSurveyRequest = z.object({
  title: z.string().trim().min(1, { error: 'Nhập tên phiếu khảo sát.' }).max(300),
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{3,60}$/, { error: 'Đường dẫn chỉ gồm chữ thường không dấu, số và gạch ngang (3–60 ký tự).' }),
  unitId: z.number().int().positive(),
  method: SatisfactionMethodKey.default('share-satisfied'),
  status: SurveyStatus.default('draft'),
  openLink: z.boolean().default(true),
  definition: z.unknown(),
});
export type SaveSurveyRequest = z.infer<typeof SaveSurveyRequest>;

export const Survey = z.object({
  id: z.number(),
  slug: z.string(),
  title: z.string(),
  unitId: z.number(),
  unitName: z.string(),
  method: SatisfactionMethodKey,
  status: SurveyStatus,
  openLink: z.boolean(),
  definition: z.unknown(),
  responses: z.number(),
  updatedAt: z.string(),
});
export type Survey = z.infer<typeof Survey>;
export const SurveyList = z.array(Survey);

/** A survey as the respondent gets it (public): no internal fields. */
export const PublicSurvey = z.object({
  title: z.string(),
  unitName: z.string(),
  definition: z.unknown(),
  invitation: z.boolean(),
  procedureCode: z.string().nullable(),
});
export type PublicSurvey = z.infer<typeof PublicSurvey>;

export const SubmitResponseRequest = z.object({
  answers: z.record(z.string(), z.unknown()),
  /** Honeypot: a field people never see; a value means a robot filled the form. */
  website: z.string().optional(),
  kiosk: z.boolean().optional(),
  unitId: z.coerce.number().int().positive().optional(),
  procedureCode: z.string().trim().max(60).optional(),
  /** Milliseconds the form was open: a few hundred means no person read it. */
  elapsedMs: z.number().int().nonnegative().optional(),
});
export type SubmitResponseRequest = z.infer<typeof SubmitResponseRequest>;

export const PaperResponseRequest = z.object({
  answers: z.record(z.string(), z.unknown()),
  unitId: z.number().int().positive(),
  procedureCode: z.string().trim().max(60).optional(),
  answeredOn: z.iso.date({ error: 'Ngày trả lời phải có dạng YYYY-MM-DD.' }),
});
export type PaperResponseRequest = z.infer<typeof PaperResponseRequest>;

export const SubmitResponseReply = z.object({ ok: z.literal(true), suspect: z.boolean() });

export const SampleRequest = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  size: z.number().int().min(1).max(5000),
  seed: z.number().int().optional(),
});
export type SampleRequest = z.infer<typeof SampleRequest>;

export const Invitation = z.object({
  token: z.string(),
  unitId: z.number(),
  procedureCode: z.string().nullable(),
  dossierCode: z.string().nullable(),
  used: z.boolean(),
});
export const SampleReply = z.object({
  invitations: z.array(Invitation),
  strata: z.array(z.object({ procedureCode: z.string(), population: z.number(), drawn: z.number() })),
});
export type SampleReply = z.infer<typeof SampleReply>;

/** The invitations drawn for a survey, with their links and the response rate against them. */
export const InvitationListItem = Invitation.extend({ unitName: z.string(), url: z.string(), createdAt: z.string(), usedAt: z.string().nullable() });
export type InvitationListItem = z.infer<typeof InvitationListItem>;
export const InvitationList = z.object({
  items: z.array(InvitationListItem),
  sent: z.number(),
  answered: z.number(),
  /** Answered ÷ sent in %, one decimal; null without invitations. */
  responseRate: z.number().nullable(),
  byProcedure: z.array(z.object({ procedureCode: z.string(), sent: z.number(), answered: z.number() })),
});
export type InvitationList = z.infer<typeof InvitationList>;

export const ResultsQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  procedureCode: z.string().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  method: SatisfactionMethodKey.optional(),
  includeSuspect: z.enum(['true', 'false']).optional(),
});
export type ResultsQuery = z.infer<typeof ResultsQuery>;

const Interval = z.object({ low: z.number(), high: z.number() }).nullable();
export const FactorResult = z.object({
  factor: z.enum(SATISFACTION_FACTOR_KEYS),
  label: z.string(),
  value: z.number().nullable(),
  n: z.number(),
  ci: Interval,
  ciNote: z.string().nullable(),
  explanation: z.string(),
});
export const GroupResult = z.object({ key: z.string(), label: z.string(), responses: z.number(), value: z.number().nullable(), ci: Interval });

export const SurveyResults = z.object({
  method: SatisfactionMethodKey,
  methodLabel: z.string(),
  methodNote: z.string(),
  responses: z.object({
    total: z.number(),
    used: z.number(),
    rejected: z.number(),
    suspect: z.number(),
    paper: z.number(),
    invitations: z.number(),
    invitationsAnswered: z.number(),
  }),
  /** Answered invitations ÷ invitations sent; null without invitations. */
  responseRate: z.number().nullable(),
  overall: z.object({ value: z.number().nullable(), ci: Interval, explanation: z.string() }),
  factors: z.array(FactorResult),
  byUnit: z.array(GroupResult),
  byProcedure: z.array(GroupResult),
  byMonth: z.array(GroupResult),
  freeText: z.array(z.object({ question: z.string(), answer: z.string(), answeredOn: z.string() })),
});
export type SurveyResults = z.infer<typeof SurveyResults>;
