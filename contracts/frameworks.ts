// Contracts of the frameworks feature: PAR Index frameworks (versioned JSON), what-if evaluation,
// assessments (self-assessment → appraisal → publication), lost points, ranking and external results.
import { z } from 'zod';

const InputValue = z.union([z.number(), z.boolean(), z.string(), z.null()]);
/** criterion code → input key → value. */
export const FrameworkInputsBody = z.record(z.string(), z.record(z.string(), InputValue));

export const FrameworkCodeParams = z.object({ code: z.string().regex(/^[A-Z0-9][A-Z0-9-]*$/, 'Mã bộ chỉ số chỉ gồm chữ in hoa, số và dấu gạch ngang.') });
export const FrameworkVersionQuery = z.object({ version: z.coerce.number().int().min(1).optional() });

export const FrameworkSummary = z.object({
  id: z.number(),
  code: z.string(),
  version: z.number(),
  year: z.number(),
  name: z.string(),
  partial: z.boolean(),
  max: z.number(),
  createdAt: z.string(),
  /** The decision that issued this version, when it was published from one. */
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  effectiveFrom: z.string().nullable(),
  effectiveTo: z.string().nullable(),
  amendsVersion: z.number().nullable(),
});
export type FrameworkSummary = z.infer<typeof FrameworkSummary>;
export const FrameworkList = z.array(FrameworkSummary);
export type FrameworkList = z.infer<typeof FrameworkList>;

/** A framework version with its whole document (the domain `Framework`, validated on the way in). */
export const FrameworkDetail = FrameworkSummary.extend({ document: z.unknown(), versions: z.array(z.number()) });
export type FrameworkDetail = z.infer<typeof FrameworkDetail>;

/** Imports (or saves an edited) framework document as a new version of its code. */
export const ImportFrameworkRequest = z.object({ document: z.unknown() });
export type ImportFrameworkRequest = z.infer<typeof ImportFrameworkRequest>;

export const CopyFrameworkRequest = z.object({
  year: z.number().int().min(2000).max(2100),
  code: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9-]*$/)
    .optional(),
  name: z.string().min(1).optional(),
});
export type CopyFrameworkRequest = z.infer<typeof CopyFrameworkRequest>;

export const EvaluateRequest = z.object({ inputs: FrameworkInputsBody, version: z.number().int().min(1).optional() });
export type EvaluateRequest = z.infer<typeof EvaluateRequest>;
export const EvaluateReply = z.object({
  total: z.number(),
  max: z.number(),
  criteria: z.array(z.object({ code: z.string(), score: z.number(), max: z.number(), explanation: z.string() })),
});
export type EvaluateReply = z.infer<typeof EvaluateReply>;

export const AssessmentStatus = z.enum(['draft', 'submitted', 'published']);
export type AssessmentStatus = z.infer<typeof AssessmentStatus>;

export const OpenAssessmentRequest = z.object({
  frameworkCode: z.string().min(1),
  version: z.number().int().min(1).optional(),
  unitId: z.number().int().positive(),
  year: z.number().int().min(2000).max(2100),
});
export type OpenAssessmentRequest = z.infer<typeof OpenAssessmentRequest>;

export const AssessmentListQuery = z.object({
  year: z.coerce.number().int().optional(),
  unitId: z.coerce.number().int().optional(),
  status: AssessmentStatus.optional(),
});

export const AssessmentSummary = z.object({
  id: z.number(),
  frameworkCode: z.string(),
  frameworkVersion: z.number(),
  frameworkName: z.string(),
  unitId: z.number(),
  unitName: z.string(),
  year: z.number(),
  status: AssessmentStatus,
  selfTotal: z.number(),
  appraisedTotal: z.number().nullable(),
  max: z.number(),
  submittedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type AssessmentSummary = z.infer<typeof AssessmentSummary>;
export const AssessmentList = z.array(AssessmentSummary);

export const AssessmentInput = z.object({
  key: z.string(),
  label: z.string(),
  type: z.string(),
  unit: z.string().nullable(),
  levels: z.array(z.object({ key: z.string(), label: z.string() })),
  metric: z.string().nullable(),
  value: InputValue,
  /** Set when the value comes from the product's own data. */
  measured: z.object({ value: z.number().nullable(), source: z.string(), at: z.string() }).nullable(),
});
export type AssessmentInput = z.infer<typeof AssessmentInput>;

export const EvidenceItem = z.object({ id: z.number(), fileId: z.string(), name: z.string(), note: z.string().nullable(), createdAt: z.string() });
export type EvidenceItem = z.infer<typeof EvidenceItem>;

export const ReviewState = z.enum(['open', 'evidence-requested', 'answered']);
export const AssessmentCriterion = z.object({
  code: z.string(),
  title: z.string(),
  depth: z.number(),
  isLeaf: z.boolean(),
  placeholder: z.boolean(),
  max: z.number(),
  responsibleUnits: z.array(z.string()),
  responsibleUnitNames: z.array(z.string()),
  openCaseNote: z.string().nullable(),
  inputs: z.array(AssessmentInput),
  selfScore: z.number(),
  selfStatus: z.enum(['scored', 'insufficient']),
  selfExplanation: z.string(),
  appraisedScore: z.number().nullable(),
  appraisalComment: z.string().nullable(),
  reviewState: ReviewState,
  explanation: z.string().nullable(),
  evidence: z.array(EvidenceItem),
  /** The signed-in user may enter this criterion's inputs now. */
  canEdit: z.boolean(),
});
export type AssessmentCriterion = z.infer<typeof AssessmentCriterion>;

export const AssessmentEvent = z.object({
  id: z.number(),
  code: z.string().nullable(),
  kind: z.string(),
  actorName: z.string().nullable(),
  data: z.unknown(),
  createdAt: z.string(),
});
export type AssessmentEvent = z.infer<typeof AssessmentEvent>;

export const AssessmentDetail = AssessmentSummary.extend({
  criteria: z.array(AssessmentCriterion),
  history: z.array(AssessmentEvent),
  can: z.object({ submit: z.boolean(), appraise: z.boolean(), publish: z.boolean(), createTask: z.boolean() }),
});
export type AssessmentDetail = z.infer<typeof AssessmentDetail>;

export const AssessmentCriterionParams = z.object({
  id: z.coerce.number().int().positive(),
  code: z.string().regex(/^\d+(\.\d+)*$/, 'Mã tiêu chí có dạng 3.4.2.'),
});

export const SaveCriterionRequest = z.object({
  inputs: z.record(z.string(), InputValue),
  explanation: z.string().max(4000).nullable().optional(),
});
export type SaveCriterionRequest = z.infer<typeof SaveCriterionRequest>;

export const AddEvidenceRequest = z.object({ fileId: z.string().uuid('Mã tệp không hợp lệ.'), note: z.string().max(1000).optional() });
export type AddEvidenceRequest = z.infer<typeof AddEvidenceRequest>;

export const AppraiseRequest = z.object({
  score: z.number().min(0, 'Điểm thẩm định không âm.'),
  comment: z.string().trim().min(1, 'Ghi nhận xét thẩm định.').max(4000),
});
export type AppraiseRequest = z.infer<typeof AppraiseRequest>;

export const EvidenceRequestRequest = z.object({ comment: z.string().trim().min(1, 'Ghi rõ cần bổ sung tài liệu gì.').max(4000) });
export type EvidenceRequestRequest = z.infer<typeof EvidenceRequestRequest>;

export const LostPointsRow = z.object({
  code: z.string(),
  title: z.string(),
  score: z.number(),
  max: z.number(),
  lost: z.number(),
  status: z.enum(['scored', 'insufficient']),
  responsibleUnitNames: z.array(z.string()),
  improvement: z.string(),
  neededValue: z.number().nullable(),
  inputKey: z.string().nullable(),
  /** The plan task already created from this criterion, if any. */
  taskId: z.number().nullable(),
});
export type LostPointsRow = z.infer<typeof LostPointsRow>;
export const LostPointsReply = z.object({ basis: z.enum(['self', 'appraised']), total: z.number(), max: z.number(), rows: z.array(LostPointsRow) });
export type LostPointsReply = z.infer<typeof LostPointsReply>;

export const ForecastReply = z.object({
  total: z.number(),
  max: z.number(),
  asOf: z.string(),
  sources: z.array(z.object({ code: z.string(), key: z.string(), value: z.number().nullable(), source: z.string() })),
});
export type ForecastReply = z.infer<typeof ForecastReply>;

export const RankingQuery = z.object({ year: z.coerce.number().int(), version: z.coerce.number().int().optional() });
export const RankingReply = z.object({
  frameworkCode: z.string(),
  year: z.number(),
  rows: z.array(
    z.object({
      rank: z.number(),
      rankLabel: z.string(),
      unitId: z.number(),
      /** The unit's name at the end of the assessed year. */
      unitName: z.string(),
      /** The unit that carries it on today, when it has since ended or been renamed. */
      currentUnitName: z.string().nullable(),
      total: z.number(),
      max: z.number(),
      tie: z.boolean(),
    }),
  ),
  note: z.string(),
});
export type RankingReply = z.infer<typeof RankingReply>;

export const ExternalIndexResult = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  indexCode: z.string(),
  year: z.number(),
  score: z.number().nullable(),
  rank: z.number().nullable(),
  rankOf: z.number().nullable(),
  rankLabel: z.string().nullable(),
  note: z.string().nullable(),
});
export type ExternalIndexResult = z.infer<typeof ExternalIndexResult>;
export const ExternalIndexResultList = z.array(ExternalIndexResult);
export const SaveExternalIndexResultRequest = z
  .object({
    unitId: z.number().int().positive(),
    indexCode: z.enum(['PAR', 'SIPAS', 'PAPI', 'PCI', 'ICT', 'DTI']),
    year: z.number().int().min(2000).max(2100),
    score: z.number().min(0).max(100).nullable(),
    rank: z.number().int().min(1).nullable(),
    rankOf: z.number().int().min(1).nullable(),
    note: z.string().max(1000).nullable().optional(),
  })
  .refine((v) => v.rank === null || v.rankOf === null || v.rank <= v.rankOf, {
    message: 'Thứ hạng không thể lớn hơn tổng số đơn vị xếp hạng.',
    path: ['rank'],
  });
export type SaveExternalIndexResultRequest = z.infer<typeof SaveExternalIndexResultRequest>;

export const CreateCriterionTaskRequest = z.object({
  leadUnitId: z.number().int().positive().optional(),
  content: z.string().trim().min(3).max(4000).optional(),
  timeFrame: z.string().trim().max(200).optional(),
});
export type CreateCriterionTaskRequest = z.infer<typeof CreateCriterionTaskRequest>;
export const CriterionTaskReply = z.object({ taskId: z.number(), planId: z.number(), content: z.string() });
export type CriterionTaskReply = z.infer<typeof CriterionTaskReply>;
