import { z } from 'zod';
import { Kpi766Query } from './kpi766';

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày dạng YYYY-MM-DD.');

/** GET /api/outbound/kpi766 (JSON) and /api/outbound/kpi766.csv: the 766 figures of a unit's subtree for a month, quarter or year. */
export const OutboundKpi766Query = Kpi766Query;
export type OutboundKpi766Query = z.infer<typeof OutboundKpi766Query>;

/** GET /api/outbound/dossiers (JSON) and /api/outbound/dossiers.csv: an extract of the register (no applicant's name or phone: personal data stays here). */
export const OutboundDossierQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  /** Received from/to (inclusive). */
  from: IsoDay.optional(),
  to: IsoDay.optional(),
  /** Only dossiers changed at or after this instant (ISO 8601), for incremental pulls. */
  changedSince: z.string().datetime({ offset: true }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(10_000).default(1000),
});
export type OutboundDossierQuery = z.infer<typeof OutboundDossierQuery>;

export const OutboundDossier = z.object({
  code: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  channel: z.number(),
  state: z.number(),
  stateLabel: z.string(),
  receivedOn: z.string(),
  dueOn: z.string().nullable(),
  resolvedOn: z.string().nullable(),
  returnedOn: z.string().nullable(),
  timeliness: z.string().nullable(),
  supplementCount: z.number(),
  source: z.string(),
  updatedAt: z.string(),
});
export const OutboundDossierPage = z.object({ total: z.number(), page: z.number(), pageSize: z.number(), items: z.array(OutboundDossier) });
export type OutboundDossierPage = z.infer<typeof OutboundDossierPage>;

/** A key another system uses (sent as `Authorization: Bearer <key>`), limited to a unit's subtree, read only. */
export const ApiToken = z.object({
  id: z.number(),
  name: z.string(),
  unitId: z.number(),
  unitName: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export const ApiTokenList = z.object({ items: z.array(ApiToken) });
export const CreateApiTokenRequest = z.object({
  name: z.string().trim().min(3, 'Đặt tên cho khóa (ít nhất 3 ký tự), ví dụ "Hệ thống báo cáo tỉnh".').max(200),
  unitId: z.number().int().positive(),
});
/** The key itself is in this answer only. */
export const CreatedApiToken = ApiToken.extend({ token: z.string() });
