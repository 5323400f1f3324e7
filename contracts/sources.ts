import { z } from 'zod';
import { DOSSIER_IMPORT_COLUMNS } from '../domain/dossiers/import-row';

/** One register column's rule in a source's mapping (domain/sources/mapping.ts). */
export const FieldRule = z.object({
  from: z.string().trim().min(1).max(200).nullable(),
  kind: z.enum(['value', 'date', 'count', 'present', 'phone', 'derive-state']),
  values: z.record(z.string().max(200), z.string().max(100)).optional(),
  fallback: z.string().max(100).nullable().optional(),
});
export type FieldRule = z.infer<typeof FieldRule>;

/** A mapping as it is being made (a suggestion may still miss the required columns). */
export const FieldMappingDraft = z.partialRecord(z.enum(DOSSIER_IMPORT_COLUMNS), FieldRule);
export const FieldMapping = FieldMappingDraft.refine((m) => m.code?.from, { message: 'Chọn trường hoặc cột chứa mã hồ sơ.', path: ['code'] }).refine(
  (m) => m.procedureCode?.from,
  { message: 'Chọn trường hoặc cột chứa mã thủ tục (mã TTHC).', path: ['procedureCode'] },
);
export type FieldMapping = z.infer<typeof FieldMapping>;

export const SourceSchedule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manual') }),
  z.object({
    kind: z.literal('interval'),
    minutes: z
      .number()
      .int()
      .min(5, 'Chạy cách nhau ít nhất 5 phút.')
      .max(7 * 24 * 60),
  }),
  z.object({ kind: z.literal('daily'), at: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ chạy dạng HH:MM, ví dụ 06:30.') }),
]);
export type SourceSchedule = z.infer<typeof SourceSchedule>;

const Path = z
  .string()
  .trim()
  .regex(/^\/[^\s?#]*$/, 'Đường dẫn bắt đầu bằng "/" và không có khoảng trắng.');
const Name = z.string().trim().min(1).max(60);

/** How a pull source is reached and read; the secrets (password, key) travel separately and are stored encrypted. */
export const PullConfig = z.object({
  baseUrl: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'Địa chỉ máy chủ dạng http(s)://máy[:cổng][/đường-dẫn].'),
  auth: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('none') }),
    /** Log in with user name and password, get a session token, send it as a bearer token. */
    z.object({ kind: z.literal('session'), loginPath: Path, usernameField: Name, passwordField: Name, tokenPath: Name }),
    /** A fixed key in a header. */
    z.object({ kind: z.literal('api-key'), header: Name }),
  ]),
  list: z.object({
    path: Path,
    sinceParam: Name,
    pageParam: Name,
    sizeParam: Name,
    pageSize: z.number().int().min(1).max(5000),
    firstPage: z.union([z.literal(0), z.literal(1)]),
    itemsPath: Name,
    totalPagesPath: Name.nullable(),
    errorCodePath: Name.nullable(),
    okCodes: z.array(z.string().max(20)).max(10),
    messagePath: Name.nullable(),
  }),
  history: z.object({ path: Path, codesParam: Name, itemsPath: Name, codeField: Name, stateField: Name, timeField: Name }).nullable(),
  stats: z.object({ path: Path, monthParam: Name, itemsPath: Name.nullable(), received: Name, resolved: Name, onTime: Name, late: Name }).nullable(),
  timeoutMs: z.number().int().min(1000).max(300_000),
  retries: z.number().int().min(0).max(10),
  retryBaseMs: z.number().int().min(10).max(60_000),
  mapping: FieldMapping,
});
export type PullConfig = z.infer<typeof PullConfig>;

/** How a spreadsheet or CSV export is read: which sheet, where the header is, which column is which. */
export const FileProfile = z.object({
  sheet: z.string().max(100).nullable(),
  /** 1-based row of the header (row 4 under a title block). */
  headerRow: z.number().int().min(1).max(100),
  headerDepth: z.union([z.literal(1), z.literal(2)]),
  mapping: FieldMapping,
});
export type FileProfile = z.infer<typeof FileProfile>;

export const SourceCredentials = z.union([
  z.object({ username: z.string().trim().min(1).max(200), password: z.string().min(1).max(500) }),
  z.object({ apiKey: z.string().min(8).max(2000) }),
]);
export type SourceCredentials = z.infer<typeof SourceCredentials>;

const SourceBase = z.object({
  name: z.string().trim().min(3, 'Tên nguồn có ít nhất 3 ký tự.').max(200),
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'Mã nguồn gồm chữ thường không dấu, số và dấu gạch ngang (2–40 ký tự), ví dụ igate-hp.'),
  unitId: z.number().int().positive(),
  schedule: SourceSchedule,
  active: z.boolean().default(true),
});

export const CreateSourceRequest = z.discriminatedUnion('kind', [
  SourceBase.extend({ kind: z.literal('pull'), config: PullConfig, credentials: SourceCredentials.nullable().optional() }),
  SourceBase.extend({ kind: z.literal('file'), profile: FileProfile }),
]);
export type CreateSourceRequest = z.infer<typeof CreateSourceRequest>;

/** A change: the code and kind stay; credentials absent = kept, null = removed. */
export const UpdateSourceRequest = z.object({
  name: SourceBase.shape.name.optional(),
  unitId: z.number().int().positive().optional(),
  schedule: SourceSchedule.optional(),
  active: z.boolean().optional(),
  config: PullConfig.optional(),
  profile: FileProfile.optional(),
  credentials: SourceCredentials.nullable().optional(),
});
export type UpdateSourceRequest = z.infer<typeof UpdateSourceRequest>;

const Moment = z.object({ date: z.string(), time: z.string().nullable() });

export const RunStatus = z.enum(['queued', 'running', 'succeeded', 'failed']);
export const SourceRun = z.object({
  id: z.number(),
  sourceId: z.number(),
  trigger: z.enum(['schedule', 'manual', 'file']),
  status: RunStatus,
  queuedAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  cursorBefore: z.string().nullable(),
  cursorAfter: z.string().nullable(),
  rowsRead: z.number(),
  rowsCreated: z.number(),
  rowsUpdated: z.number(),
  rowsUnchanged: z.number(),
  rowsRefused: z.number(),
  /** Pages (pull) or rows (file) done, and the total when the source says it. */
  progress: z.object({ done: z.number(), total: z.number().nullable(), unit: z.enum(['page', 'row']) }),
  /** Times the run was taken over after its worker stopped (killed, restarted). */
  resumes: z.number(),
  fileName: z.string().nullable(),
  error: z.string().nullable(),
});
export type SourceRun = z.infer<typeof SourceRun>;

export const SourceView = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(['pull', 'file']),
  unitId: z.number(),
  unitName: z.string(),
  active: z.boolean(),
  schedule: SourceSchedule,
  config: PullConfig.nullable(),
  profile: FileProfile.nullable(),
  /** Never the secret itself: whether one is stored, and the user name it goes with. */
  credentials: z.object({ set: z.boolean(), username: z.string().nullable() }),
  /** Source time up to which the register is complete (the cursor), and as a local moment. */
  cursor: z.string().nullable(),
  dataUntil: Moment.nullable(),
  /** Folder on the server watched for new files (file sources). */
  inbox: z.string().nullable(),
  lastRun: SourceRun.nullable(),
  activeRun: SourceRun.nullable(),
});
export type SourceView = z.infer<typeof SourceView>;
export const SourceList = z.object({ items: z.array(SourceView) });

export const RunProblem = z.object({
  row: z.number().nullable(),
  ref: z.string(),
  code: z.string().nullable(),
  field: z.string().nullable(),
  message: z.string(),
});
export const RunDetail = z.object({ run: SourceRun, problems: z.array(RunProblem), problemsTotal: z.number() });
export type RunDetail = z.infer<typeof RunDetail>;
export const RunList = z.object({ items: z.array(SourceRun) });

export const SourceParams = z.object({ id: z.coerce.number().int().positive() });
export const RunParams = z.object({ id: z.coerce.number().int().positive(), runId: z.coerce.number().int().positive() });

/**
 * A pull source that speaks the national portal's synchronisation fields, reached the way the stand-in and the
 * portal's adapter are (log in for a session, GET pages with the cursor): the form's starting point. The list,
 * history and figures paths and parameters are not in any published spec: they are the source's, and editable.
 */
export const PORTAL_PULL_PRESET: Omit<PullConfig, 'baseUrl' | 'mapping'> = {
  auth: { kind: 'session', loginPath: '/auth', usernameField: 'username', passwordField: 'password', tokenPath: 'session' },
  list: {
    path: '/hoso',
    sinceParam: 'tuNgay',
    pageParam: 'trang',
    sizeParam: 'soLuong',
    pageSize: 500,
    firstPage: 0,
    itemsPath: 'result',
    totalPagesPath: 'tongSoTrang',
    errorCodePath: 'error_code',
    okCodes: ['0', '00'],
    messagePath: 'message',
  },
  history: { path: '/hoso/tien-do', codesParam: 'maHoSo', itemsPath: 'result', codeField: 'MaHoSo', stateField: 'TrangThai', timeField: 'ThoiDiemXuLy' },
  stats: { path: '/thong-ke', monthParam: 'thang', itemsPath: 'result', received: 'TiepNhan', resolved: 'DaXuLy', onTime: 'DungHan', late: 'TreHan' },
  timeoutMs: 30_000,
  retries: 4,
  retryBaseMs: 1000,
};
