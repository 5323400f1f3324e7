import { z } from 'zod';

/** Inspections (kiểm tra CCHC) with their follow-up recommendations, and initiatives (sáng kiến). */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD.');

export const InspectionRecommendation = z.object({
  id: z.number(),
  text: z.string(),
  dueOn: z.string().nullable(),
  status: z.enum(['open', 'done']),
  doneOn: z.string().nullable(),
  doneNote: z.string().nullable(),
  overdue: z.boolean(),
});
export type InspectionRecommendation = z.infer<typeof InspectionRecommendation>;

export const Inspection = z.object({
  id: z.number(),
  year: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  plannedOn: z.string().nullable(),
  inspectedOn: z.string().nullable(),
  team: z.string(),
  findings: z.string(),
  recommendations: z.array(InspectionRecommendation),
});
export type Inspection = z.infer<typeof Inspection>;

export const InspectionPlan = z.object({
  year: z.number(),
  /** Units under the department (the denominator of the share inspected). */
  units: z.number(),
  planned: z.number(),
  inspected: z.number(),
  /** inspected ÷ units, in percent; null when there are no units. */
  inspectedRate: z.number().nullable(),
  plannedRate: z.number().nullable(),
  /** The year's target share (seed 003: at least 30%). */
  targetRate: z.number(),
  inspections: z.array(Inspection),
});
export type InspectionPlan = z.infer<typeof InspectionPlan>;

export const InspectionQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const CreateInspectionRequest = z.object({
  year: z.number().int().min(2000).max(2100),
  unitId: z.number().int().positive({ message: 'Chọn đơn vị được kiểm tra.' }),
  plannedOn: isoDate.nullish(),
  team: z.string().trim().max(500).default(''),
});
export type CreateInspectionRequest = z.infer<typeof CreateInspectionRequest>;

export const RecordInspectionRequest = z.object({
  inspectedOn: isoDate,
  team: z.string().trim().min(3, 'Ghi thành phần đoàn kiểm tra.').max(500),
  findings: z.string().trim().min(5, 'Ghi kết quả kiểm tra (ít nhất 5 ký tự).').max(20_000),
  recommendations: z.array(z.object({ text: z.string().trim().min(5, 'Mỗi kiến nghị cần ít nhất 5 ký tự.').max(2000), dueOn: isoDate.nullish() })).default([]),
});
export type RecordInspectionRequest = z.infer<typeof RecordInspectionRequest>;

export const CompleteRecommendationRequest = z.object({ note: z.string().trim().min(5, 'Ghi kết quả khắc phục (ít nhất 5 ký tự).').max(2000) });

export const InitiativeStatus = z.enum(['registered', 'recognised', 'not-recognised']);
export const InitiativeLevel = z.enum(['unit', 'department', 'city']);
export const INITIATIVE_LEVEL_LABELS: Record<z.infer<typeof InitiativeLevel>, string> = { unit: 'Cấp cơ sở', department: 'Cấp Sở', city: 'Cấp thành phố' };

export const Initiative = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  year: z.number(),
  title: z.string(),
  authors: z.string(),
  summary: z.string(),
  status: InitiativeStatus,
  level: InitiativeLevel.nullable(),
  assessment: z.string().nullable(),
});
export type Initiative = z.infer<typeof Initiative>;

export const InitiativeQuery = z.object({
  q: z.string().trim().max(200).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: InitiativeStatus.optional(),
  level: InitiativeLevel.optional(),
});
export type InitiativeQuery = z.infer<typeof InitiativeQuery>;

export const RegisterInitiativeRequest = z.object({
  unitId: z.number().int().positive({ message: 'Chọn đơn vị đăng ký.' }),
  year: z.number().int().min(2000).max(2100),
  title: z.string().trim().min(5, 'Tên sáng kiến cần ít nhất 5 ký tự.').max(300),
  authors: z.string().trim().min(2, 'Ghi tác giả sáng kiến.').max(300),
  summary: z.string().trim().max(5000).default(''),
});
export type RegisterInitiativeRequest = z.infer<typeof RegisterInitiativeRequest>;

export const AssessInitiativeRequest = z
  .object({
    recognised: z.boolean(),
    level: InitiativeLevel.nullish(),
    assessment: z.string().trim().min(5, 'Ghi ý kiến của hội đồng (ít nhất 5 ký tự).').max(5000),
  })
  .refine((v) => !v.recognised || !!v.level, { message: 'Sáng kiến được công nhận cần chọn cấp công nhận.', path: ['level'] });
export type AssessInitiativeRequest = z.infer<typeof AssessInitiativeRequest>;

/** One figure of the leaders' dashboard; `value` null with `source` saying why ("chưa có dữ liệu"). */
export const DashboardTile = z.object({
  key: z.string(),
  label: z.string(),
  unit: z.enum(['%', 'count', 'points']),
  value: z.number().nullable(),
  /** Last year's value of the same figure, for the comparison. */
  previous: z.number().nullable(),
  source: z.string(),
  link: z.string(),
  /** 'good' | 'warning' | 'bad' | 'none': how the figure stands against its threshold. */
  tone: z.enum(['good', 'warning', 'bad', 'none']),
});
export type DashboardTile = z.infer<typeof DashboardTile>;

export const LeaderDashboard = z.object({
  year: z.number(),
  asOf: z.string(),
  tiles: z.array(DashboardTile),
  overdueTasksByUnit: z.array(z.object({ unitId: z.number(), unitName: z.string(), value: z.number() })),
  reportWindows: z.array(z.object({ id: z.number(), label: z.string(), onTime: z.number(), late: z.number(), missing: z.number(), notYetDue: z.number() })),
  /** The department's plan of the year (approved first) and how its targets stand; null when there is no plan. */
  targets: z
    .object({
      planId: z.number(),
      planTitle: z.string(),
      met: z.number(),
      atRisk: z.number(),
      notMet: z.number(),
      noData: z.number(),
      total: z.number(),
      link: z.string(),
    })
    .nullable(),
});
export type LeaderDashboard = z.infer<typeof LeaderDashboard>;
export const DashboardQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
