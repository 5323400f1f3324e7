import { z } from 'zod';

/** Periodic reports: templates, windows, submissions, the board and the department's roll-up. */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD.');

export const ReportKind = z.enum(['quarter-1', 'six-month', 'quarter-3', 'yearly']);
export type ReportKind = z.infer<typeof ReportKind>;
export const ReportStatus = z.enum(['draft', 'submitted', 'returned', 'approved']);
export type ReportStatus = z.infer<typeof ReportStatus>;
export const SubmissionClass = z.enum(['on-time', 'late', 'missing', 'not-yet-due']);
export type SubmissionClass = z.infer<typeof SubmissionClass>;

export const ReportIndicator = z.object({
  key: z.string(),
  label: z.string(),
  /** 'metric': filled from the metric registry when the unit opens or sends the report; 'manual': typed by the unit. */
  source: z.enum(['metric', 'manual']),
  metricKey: z.string().optional(),
  aggregate: z.enum(['sum', 'mean', 'min', 'max', 'count']),
  unit: z.string().optional(),
});
export type ReportIndicator = z.infer<typeof ReportIndicator>;

export const ReportSection = z.object({ key: z.string(), title: z.string(), indicators: z.array(ReportIndicator) });
export type ReportSection = z.infer<typeof ReportSection>;

export const ReportTemplate = z.object({ id: z.number(), code: z.string(), version: z.number(), name: z.string(), sections: z.array(ReportSection) });
export type ReportTemplate = z.infer<typeof ReportTemplate>;

export const ReportWindowSummary = z.object({
  id: z.number(),
  kind: ReportKind,
  year: z.number(),
  label: z.string(),
  opensOn: z.string(),
  deadline: z.string(),
  templateId: z.number(),
  requiredUnits: z.number(),
  counts: z.record(SubmissionClass, z.number()),
  reportingRate: z.number().nullable(),
  onTimeRate: z.number().nullable(),
});
export type ReportWindowSummary = z.infer<typeof ReportWindowSummary>;
export const ReportWindowList = z.array(ReportWindowSummary);

export const ReportWindowQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const CreateReportWindowRequest = z.object({
  kind: ReportKind,
  year: z.number().int().min(2000).max(2100),
  templateId: z.number().int().positive({ message: 'Chọn mẫu báo cáo.' }),
  opensOn: isoDate.optional(),
  deadline: isoDate.optional(),
  unitIds: z.array(z.number().int().positive()).min(1, 'Chọn ít nhất một đơn vị phải báo cáo.'),
});
export type CreateReportWindowRequest = z.infer<typeof CreateReportWindowRequest>;

export const BoardRow = z.object({
  unitId: z.number(),
  unitName: z.string(),
  unitType: z.string(),
  district: z.string().nullable(),
  submissionId: z.number().nullable(),
  reportStatus: ReportStatus.nullable(),
  status: SubmissionClass,
  label: z.string(),
  submittedAt: z.string().nullable(),
  returnComment: z.string().nullable(),
});
export type BoardRow = z.infer<typeof BoardRow>;

export const ReportBoard = ReportWindowSummary.extend({ asOf: z.string(), rows: z.array(BoardRow) });
export type ReportBoard = z.infer<typeof ReportBoard>;

export const IndicatorValue = z.number().nullable();
export const ReportSubmission = z.object({
  id: z.number(),
  windowId: z.number(),
  windowLabel: z.string(),
  deadline: z.string(),
  unitId: z.number(),
  unitName: z.string(),
  status: ReportStatus,
  editable: z.boolean(),
  texts: z.record(z.string(), z.string()),
  values: z.record(z.string(), IndicatorValue),
  /** Values the system computed for 'metric' indicators, with where they come from. */
  metricSources: z.record(z.string(), z.string()),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  returnComment: z.string().nullable(),
  history: z.array(z.object({ status: ReportStatus, on: z.string(), comment: z.string().optional() })),
  template: ReportTemplate,
});
export type ReportSubmission = z.infer<typeof ReportSubmission>;

export const SubmissionParams = z.object({ windowId: z.coerce.number().int().positive(), unitId: z.coerce.number().int().positive() });

export const SaveSubmissionRequest = z.object({
  texts: z.record(z.string(), z.string().max(20_000, 'Mỗi phần tối đa 20.000 ký tự.')),
  values: z.record(z.string(), IndicatorValue),
});
export type SaveSubmissionRequest = z.infer<typeof SaveSubmissionRequest>;

export const ReturnSubmissionRequest = z.object({ comment: z.string().trim().min(5, 'Ghi rõ lý do trả lại (ít nhất 5 ký tự) để đơn vị biết cần sửa gì.') });

export const AggregateCell = z.object({ value: z.number().nullable(), reported: z.number(), units: z.number() });
export const ReportAggregation = z.object({
  windowId: z.number(),
  label: z.string(),
  /** Units counted: those whose report is sent or approved. */
  unitsCounted: z.number(),
  missingUnits: z.array(z.object({ unitId: z.number(), unitName: z.string() })),
  indicators: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      aggregate: z.string(),
      unit: z.string().optional(),
      overall: AggregateCell,
      byUnitType: z.array(AggregateCell.extend({ unitType: z.string() })),
      byDistrict: z.array(AggregateCell.extend({ district: z.string().nullable() })),
      missingUnits: z.array(z.string()),
    }),
  ),
  sections: z.array(
    z.object({ key: z.string(), title: z.string(), officeText: z.string(), unitTexts: z.array(z.object({ unitName: z.string(), text: z.string() })) }),
  ),
});
export type ReportAggregation = z.infer<typeof ReportAggregation>;

export const SaveOfficeTextsRequest = z.object({ texts: z.record(z.string(), z.string().max(50_000)) });

export const ReportDocumentQuery = z.object({
  number: z.string().max(40).optional(),
  date: isoDate.optional(),
  signerName: z.string().max(100).optional(),
});

export const PublishTemplateRequest = z.object({
  code: z.string().trim().min(2, 'Nhập mã mẫu báo cáo.').max(40),
  name: z.string().trim().min(5, 'Nhập tên mẫu báo cáo (ít nhất 5 ký tự).').max(200),
  sections: z.array(ReportSection).min(1, 'Mẫu báo cáo cần ít nhất một phần.'),
});
export type PublishTemplateRequest = z.infer<typeof PublishTemplateRequest>;
