// Contracts of importing a PAR framework from a decision's appendix: upload, review, edit, publish by decision,
// and the comparison of two versions.
import { z } from 'zod';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày có dạng YYYY-MM-DD.');
const Code = z.string().regex(/^[A-Z0-9][A-Z0-9-]*$/, 'Mã bộ chỉ số chỉ gồm chữ in hoa, số và dấu gạch ngang.');

/** The appendix to read: a file (base64) or pasted text, with the framework's code, name and year. */
export const StartImportRequest = z
  .object({
    kind: z.enum(['docx', 'xlsx', 'text']),
    fileName: z.string().trim().min(1).max(300),
    contentBase64: z.string().max(60_000_000).optional(),
    text: z.string().max(2_000_000).optional(),
    code: Code,
    name: z.string().trim().min(1, 'Nhập tên bộ chỉ số.').max(500),
    year: z.number().int().min(2000).max(2100),
  })
  .refine((v) => (v.kind === 'text' ? Boolean(v.text?.trim()) : Boolean(v.contentBase64)), {
    message: 'Chọn tệp phụ lục (.docx, .xlsx) hoặc dán nội dung bảng.',
    path: ['text'],
  });
export type StartImportRequest = z.infer<typeof StartImportRequest>;

export const ImportIssue = z.object({ where: z.string(), code: z.string().optional(), severity: z.enum(['error', 'warning', 'info']), message: z.string() });
export type ImportIssue = z.infer<typeof ImportIssue>;

export const CriterionReview = z.object({
  code: z.string(),
  title: z.string(),
  status: z.enum(['recognised', 'partly', 'unrecognised', 'parent']),
  reasons: z.array(z.string()),
  sentences: z.array(z.string()),
  orphans: z.array(z.string()),
  where: z.string(),
  tableMax: z.number().nullable(),
  ruleMax: z.number().nullable(),
});
export type CriterionReview = z.infer<typeof CriterionReview>;

/**
 * A metric the system offers for a criterion's input, with its definition. 'share' replaces the share's two counts
 * (`replaces`) by one share input filled from a percentage; `conversion` says how the value is read.
 */
export const MetricBinding = z.object({
  code: z.string(),
  kind: z.enum(['input', 'share']),
  inputKey: z.string(),
  inputLabel: z.string(),
  metric: z.string(),
  unit: z.enum(['count', '%']),
  definition: z.string(),
  conversion: z.string().nullable(),
  replaces: z.array(z.string()),
  reason: z.string(),
});
export type MetricBinding = z.infer<typeof MetricBinding>;

/** A problem that keeps the draft from being published, with the path of the field ("areas[1].children[2].rule.bands"). */
export const DraftProblem = z.object({ path: z.string(), message: z.string() });

export const FrameworkImportSummary = z.object({
  id: z.number(),
  sourceName: z.string(),
  sourceKind: z.string(),
  code: z.string(),
  name: z.string(),
  year: z.number(),
  status: z.enum(['draft', 'published']),
  flagged: z.number(),
  publishedCode: z.string().nullable(),
  publishedVersion: z.number().nullable(),
  createdAt: z.string(),
});
export type FrameworkImportSummary = z.infer<typeof FrameworkImportSummary>;
export const FrameworkImportList = z.array(FrameworkImportSummary);

export const FrameworkImportDetail = FrameworkImportSummary.extend({
  document: z.unknown(),
  reviews: z.array(CriterionReview),
  issues: z.array(ImportIssue),
  totals: z.object({ table: z.number().nullable(), computed: z.number() }),
  /** Empty when the draft can be published. */
  problems: z.array(DraftProblem),
  bindings: z.array(MetricBinding),
  /** Versions of the same code already published, for "amends". */
  existingVersions: z.array(z.number()),
});
export type FrameworkImportDetail = z.infer<typeof FrameworkImportDetail>;

export const ImportIdParams = z.object({ id: z.coerce.number().int().positive() });
export const SaveImportRequest = z.object({ document: z.unknown() });
export type SaveImportRequest = z.infer<typeof SaveImportRequest>;

export const PublishImportRequest = z
  .object({
    decisionNumber: z.string().trim().min(3, 'Nhập số quyết định (ví dụ 3087/QĐ-UBND).').max(100),
    decisionDate: IsoDate,
    effectiveFrom: IsoDate,
    effectiveTo: IsoDate.nullable().optional(),
    /** The published version of the same code that this decision amends. */
    amendsVersion: z.number().int().min(1).nullable().optional(),
  })
  .refine((v) => !v.effectiveTo || v.effectiveTo >= v.effectiveFrom, { message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.', path: ['effectiveTo'] });
export type PublishImportRequest = z.infer<typeof PublishImportRequest>;

export const CompareQuery = z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });
export const CriterionChange = z.object({ field: z.string(), before: z.string(), after: z.string() });
export const CompareReply = z.object({
  code: z.string(),
  from: z.object({ version: z.number(), decisionNumber: z.string().nullable(), max: z.number() }),
  to: z.object({ version: z.number(), decisionNumber: z.string().nullable(), max: z.number() }),
  added: z.array(z.object({ code: z.string(), title: z.string(), maxPoints: z.number() })),
  removed: z.array(z.object({ code: z.string(), title: z.string(), maxPoints: z.number() })),
  changed: z.array(z.object({ code: z.string(), title: z.string(), changes: z.array(CriterionChange) })),
});
export type CompareReply = z.infer<typeof CompareReply>;
