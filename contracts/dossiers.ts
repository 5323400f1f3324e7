import { z } from 'zod';
import { DossierEventSchemas, IsoDateText, ReceivingChannel as ChannelCode } from '../domain/dossiers/events';
import { RECEIVING_POINTS } from '../domain/dossiers/receiving-point';

/** Where a dossier was received (domain/dossiers/receiving-point.ts). */
export const ReceivingPoint = z.enum(RECEIVING_POINTS);
/** Which unit a figure or a filter is about: the unit that handles the dossiers, or the point that received them. */
export const UnitCut = z.enum(['handling', 'receiving']);
export type UnitCut = z.infer<typeof UnitCut>;

/** A procedure of the catalogue. */
export const Procedure = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  field: z.string(),
  level: z.enum(['province', 'district', 'commune']),
  workingDays: z.number().nullable(),
  workingHours: z.number().nullable(),
  fee: z.number(),
  onlineLevel: z.enum(['full', 'partial', 'none']),
  legacyLevel: z.string().nullable(),
  channels: z.array(z.number()),
  unitId: z.number(),
  steps: z.array(z.object({ name: z.string(), unit: z.string(), workingDays: z.number() })),
  published: z.boolean(),
  /** The fee can be paid online (only meaningful when fee > 0). */
  onlinePayment: z.boolean(),
  /** The law allows providing it fully online (false when the applicant must come in person). */
  fullyOnlineEligible: z.boolean(),
  active: z.boolean(),
});
export type Procedure = z.infer<typeof Procedure>;
export const ProcedureList = z.array(Procedure);

export const CreateProcedureRequest = Procedure.omit({ id: true, active: true }).extend({
  code: z.string().trim().min(1, 'Cần mã thủ tục').max(60),
  name: z.string().trim().min(3, 'Cần tên thủ tục').max(500),
  field: z.string().trim().min(1, 'Cần lĩnh vực').max(200),
  legacyLevel: z.string().max(40).nullable().default(null),
  steps: Procedure.shape.steps.default([]),
  published: z.boolean().default(true),
  onlinePayment: z.boolean().default(false),
  fullyOnlineEligible: z.boolean().default(true),
});
export type CreateProcedureRequest = z.infer<typeof CreateProcedureRequest>;

/** One line of a dossier's history. */
export const DossierEventView = z.object({
  seq: z.number(),
  type: z.string(),
  on: IsoDateText,
  summary: z.string(),
  actorName: z.string().nullable(),
  recordedAt: z.string(),
});
export type DossierEventView = z.infer<typeof DossierEventView>;

export const Timeliness = z.enum(['early', 'on-time', 'late', 'within-time', 'at-risk', 'overdue']);

/** A dossier as staff see it. */
export const Dossier = z.object({
  id: z.number(),
  code: z.string(),
  procedureId: z.number(),
  procedureCode: z.string(),
  procedureName: z.string(),
  /** The procedure's fee in VND, the default amount of a payment request. */
  procedureFee: z.number(),
  /** The catalogue offers online payment for the procedure (the desk may record an online payment only then). */
  procedureOnlinePayment: z.boolean(),
  unitId: z.number(),
  unitName: z.string(),
  applicantName: z.string(),
  applicantPhone: z.string(),
  channel: z.number(),
  receivingPoint: ReceivingPoint,
  /** The unit whose one-stop staff received it (a centre, a commune, a unit's desk). */
  receivingUnitId: z.number().nullable(),
  receivingUnitName: z.string().nullable(),
  state: z.number(),
  stateLabel: z.string(),
  receivedOn: IsoDateText,
  dueOn: IsoDateText.nullable(),
  appointmentOn: IsoDateText.nullable(),
  resolvedOn: IsoDateText.nullable(),
  returnedOn: IsoDateText.nullable(),
  supplementCount: z.number(),
  timeliness: Timeliness.nullable(),
  timelinessExplanation: z.string(),
  needsApology: z.boolean(),
  apologyIssued: z.boolean(),
  digitized: z.boolean(),
  paidOnline: z.boolean(),
  electronicRouting: z.boolean(),
  returnChannel: z.number().nullable(),
});
export type Dossier = z.infer<typeof Dossier>;

export const DossierDetail = Dossier.extend({ events: z.array(DossierEventView), dueExplanation: z.string() });
export type DossierDetail = z.infer<typeof DossierDetail>;

export const DossierListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  state: z.coerce.number().int().min(1).max(10).optional(),
  timeliness: Timeliness.optional(),
  unitId: z.coerce.number().int().positive().optional(),
  /** The receiving unit (a centre's or a commune's register); it must be in the reader's scope. */
  receivingUnitId: z.coerce.number().int().positive().optional(),
  receivingPoint: ReceivingPoint.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type DossierListQuery = z.infer<typeof DossierListQuery>;
export const DossierList = z.object({ items: z.array(Dossier), total: z.number() });
export type DossierList = z.infer<typeof DossierList>;

export const CodeParams = z.object({ code: z.string().min(1).max(80) });

/** Receipt at the one-stop desk. */
export const ReceiveDossierRequest = z.object({
  procedureId: z.number().int().positive(),
  channel: ChannelCode,
  applicantName: z.string().trim().min(2, 'Cần họ tên người nộp').max(200),
  applicantPhone: z
    .string()
    .trim()
    .regex(/^[0-9+ .-]{8,20}$/, 'Số điện thoại chỉ gồm chữ số (8–20 ký tự)'),
  applicantAddress: z.string().trim().max(300).optional(),
  receivedOn: IsoDateText,
  /** Where it was received; the way it came in decides when absent (a counter: the handling unit's desk). */
  receivingPoint: ReceivingPoint.optional(),
  /** The unit of that point (the centre, the commune); the handling unit when absent. */
  receivingUnitId: z.number().int().positive().optional(),
  code: z.string().trim().min(3).max(80).optional(),
  /** Set when the officer refuses the dossier at the counter: it is registered directly as rejected (state 3). */
  rejectionReason: z.string().trim().min(5, 'Cần ghi lý do từ chối tiếp nhận (ít nhất 5 ký tự)').max(1000).optional(),
});
export type ReceiveDossierRequest = z.infer<typeof ReceiveDossierRequest>;

const E = DossierEventSchemas;
/** A request carries the event without its dossier code: the URL names the dossier. */
const URL_NAMES_IT = { dossierCode: true } as const;

/**
 * A step of the life cycle recorded by staff: the domain's event (domain/dossiers/events.ts) with the messages that
 * say what to fix, and the facts the step records on the dossier (digitised, electronic routing, return channel).
 */
export const DossierActionRequest = z.discriminatedUnion('type', [
  E['processing-started'].omit(URL_NAMES_IT),
  E['supplement-requested'].omit(URL_NAMES_IT).extend({ reason: z.string().trim().min(3, 'Cần ghi giấy tờ phải bổ sung') }),
  E['supplement-received'].omit(URL_NAMES_IT),
  E['payment-requested'].omit(URL_NAMES_IT).extend({
    /** VND; the procedure's fee when absent. */
    amount: z.number().int('Số tiền tính bằng đồng, không có phần lẻ').positive('Số tiền phải nộp phải lớn hơn 0').max(10_000_000_000).optional(),
    note: z.string().trim().max(500).optional(),
  }),
  E.paid.omit(URL_NAMES_IT).extend({ online: z.boolean({ error: 'Chọn hình thức nộp: trực tuyến hoặc tại Bộ phận Một cửa' }) }),
  E.extended.omit(URL_NAMES_IT).extend({ reason: z.string().trim().min(5, 'Cần ghi lý do gia hạn') }),
  E.rejected.omit({ ...URL_NAMES_IT, channel: true, procedureCode: true }).extend({ reason: z.string().trim().min(3, 'Cần ghi lý do từ chối') }),
  E['withdrawal-requested'].omit(URL_NAMES_IT).extend({ reason: z.string().trim().optional() }),
  E.stopped.omit(URL_NAMES_IT).extend({ reason: z.string().trim().min(3, 'Cần ghi lý do dừng') }),
  E.resolved.omit(URL_NAMES_IT).extend({ digitized: z.boolean().default(false), electronicRouting: z.boolean().default(false) }),
  E.returned.omit(URL_NAMES_IT).extend({ returnChannel: ChannelCode }),
  E['apology-issued'].omit(URL_NAMES_IT).extend({
    reason: z.string().trim().min(5, 'Cần ghi lý do chậm trả kết quả'),
    signer: z.string().trim().min(2, 'Cần ghi người ký văn bản xin lỗi').max(200),
  }),
]);
export type DossierActionRequest = z.infer<typeof DossierActionRequest>;

/** One row of a bulk import (CSV/Excel columns and JSON fields share these names). */
export const DossierImportRow = z.object({
  code: z.string(),
  procedureCode: z.string(),
  unitCode: z.string(),
  applicantName: z.string(),
  applicantPhone: z.string(),
  channel: z.union([z.number(), z.string()]),
  receivingPoint: z.string().nullish(),
  receivingUnitCode: z.string().nullish(),
  state: z.union([z.number(), z.string()]),
  receivedOn: z.string(),
  dueOn: z.string().nullish(),
  resolvedOn: z.string().nullish(),
  returnedOn: z.string().nullish(),
  supplementCount: z.union([z.number(), z.string()]).nullish(),
  digitized: z.union([z.boolean(), z.string()]).nullish(),
  paidOnline: z.union([z.boolean(), z.string()]).nullish(),
  electronicRouting: z.union([z.boolean(), z.string()]).nullish(),
  apologyIssued: z.union([z.boolean(), z.string()]).nullish(),
});
export type DossierImportRow = z.infer<typeof DossierImportRow>;

export const DossierImportRequest = z.object({
  source: z.string().trim().min(1).max(60).default('import'),
  rows: z.array(z.record(z.string(), z.unknown())).min(1).max(10_000),
});
export type DossierImportRequest = z.infer<typeof DossierImportRequest>;

export const DossierImportReply = z.object({ total: z.number(), created: z.number(), updated: z.number(), unchanged: z.number() });
export type DossierImportReply = z.infer<typeof DossierImportReply>;

/** Public lookup: no personal data beyond the applicant's own dossier facts. */
export const PublicDossierQuery = z.object({ phone4: z.string().regex(/^\d{4}$/, 'Nhập đúng 4 số cuối điện thoại') });
export const PublicDossier = z.object({
  code: z.string(),
  procedureName: z.string(),
  stateLabel: z.string(),
  receivedOn: IsoDateText,
  dueOn: IsoDateText.nullable(),
  appointmentOn: IsoDateText.nullable(),
  returnedOn: IsoDateText.nullable(),
  history: z.array(z.object({ on: IsoDateText, summary: z.string() })),
});
export type PublicDossier = z.infer<typeof PublicDossier>;

/** Dashboard numbers for a unit subtree and a period, read from the monthly counters. */
export const DossierStatsQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  /** 'receiving': unitId is the point that received the dossiers (the centre), not the unit that handles them. */
  cut: UnitCut.default('handling'),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
});
export const DossierStats = z.object({
  months: z.array(z.object({ month: z.string(), received: z.number(), resolved: z.number(), early: z.number(), onTime: z.number(), late: z.number() })),
  units: z.array(
    z.object({ unitId: z.number(), unitName: z.string(), received: z.number(), resolved: z.number(), late: z.number(), onTimeRate: z.number().nullable() }),
  ),
  overdue: z.array(Dossier),
});
export type DossierStats = z.infer<typeof DossierStats>;

/** POST /api/procedures/import (multipart: apply, file): the preview, or what was written. */
export const ProcedureImportReport = z.object({
  applied: z.boolean(),
  rows: z.array(z.object({ row: z.number(), code: z.string(), name: z.string(), action: z.enum(['create', 'update', 'unchanged']) })),
  problems: z.array(z.object({ row: z.number(), column: z.string().nullable(), message: z.string() })),
});
export type ProcedureImportReport = z.infer<typeof ProcedureImportReport>;
export const ProcedureIdParams = z.object({ id: z.coerce.number().int().positive() });
