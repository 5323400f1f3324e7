/**
 * One row of the procedure catalogue workbook (the same columns the export writes), checked and
 * normalised. Every problem names the row and the column so the sender can fix the file.
 */
export const PROCEDURE_COLUMNS = {
  code: 'Mã TTHC',
  name: 'Tên thủ tục',
  field: 'Lĩnh vực',
  level: 'Cấp thực hiện',
  time: 'Thời hạn',
  fee: 'Phí, lệ phí (đồng)',
  online: 'DVC trực tuyến',
  legacy: 'Mức độ (cũ)',
  unitName: 'Đơn vị giải quyết',
  unitCode: 'Mã đơn vị',
  channels: 'Kênh tiếp nhận',
  published: 'Công khai',
  onlinePayment: 'Thanh toán trực tuyến',
  fullyOnlineEligible: 'Đủ điều kiện toàn trình',
} as const;
export type ProcedureColumn = keyof typeof PROCEDURE_COLUMNS;

export interface ProcedureRow {
  code: string;
  name: string;
  field: string;
  level: 'province' | 'district' | 'commune';
  workingDays: number | null;
  workingHours: number | null;
  fee: number;
  onlineLevel: 'full' | 'partial' | 'none';
  legacyLevel: string | null;
  /** Unit code when given, else the unit's name; the service resolves it. */
  unitRef: { code: string } | { name: string };
  channels: number[];
  published: boolean;
  /** undefined when the file has no such column (an older export): an update keeps the stored value. */
  onlinePayment: boolean | undefined;
  fullyOnlineEligible: boolean | undefined;
}

export interface ProcedureRowProblem {
  row: number;
  column: string | null;
  message: string;
}

const LEVELS: Record<string, ProcedureRow['level']> = {
  tỉnh: 'province',
  tinh: 'province',
  province: 'province',
  huyện: 'district',
  huyen: 'district',
  district: 'district',
  xã: 'commune',
  xa: 'commune',
  commune: 'commune',
};
const ONLINE: Record<string, ProcedureRow['onlineLevel']> = {
  'toàn trình': 'full',
  'toan trinh': 'full',
  full: 'full',
  'một phần': 'partial',
  'mot phan': 'partial',
  partial: 'partial',
  không: 'none',
  khong: 'none',
  none: 'none',
  '': 'none',
};
const YES = new Set(['có', 'co', 'x', '1', 'true', 'yes', '']);
const NO = new Set(['không', 'khong', '0', 'false', 'no']);

type FlagKey = 'onlinePayment' | 'fullyOnlineEligible';
type Flags = Pick<ProcedureRow, 'fee' | 'onlineLevel'> & { onlinePayment: boolean; fullyOnlineEligible: boolean };

/**
 * Catalogue facts that contradict each other, shared by the workbook and the form: online payment of
 * a free procedure, or a procedure already provided fully online recorded as not eligible for it.
 */
export function procedureFlagConflicts(p: Flags): Array<{ key: FlagKey; message: string }> {
  const out: Array<{ key: FlagKey; message: string }> = [];
  if (p.onlinePayment && p.fee <= 0)
    out.push({ key: 'onlinePayment', message: 'thủ tục không thu phí, lệ phí thì không có thanh toán trực tuyến; ghi Không hoặc nhập số tiền phí' });
  if (!p.fullyOnlineEligible && p.onlineLevel === 'full')
    out.push({
      key: 'fullyOnlineEligible',
      message: 'thủ tục đang cung cấp trực tuyến toàn trình thì là đủ điều kiện toàn trình; ghi Có hoặc sửa mức DVC trực tuyến',
    });
  return out;
}

/** A yes/no cell: undefined when the column is absent, the empty cell's meaning otherwise. */
function yesNo(raw: Readonly<Record<string, string>>, header: string, empty: boolean): boolean | undefined | 'bad' {
  if (raw[header] === undefined) return undefined;
  const text = raw[header].trim().toLowerCase();
  if (text === '') return empty;
  if (YES.has(text)) return true;
  return NO.has(text) ? false : 'bad';
}

/** Checks one row; `raw` maps column headers to cell texts. */
export function normalizeProcedureRow(
  raw: Readonly<Record<string, string>>,
  row: number,
): { ok: true; value: ProcedureRow } | { ok: false; problems: ProcedureRowProblem[] } {
  const problems: ProcedureRowProblem[] = [];
  const cell = (c: ProcedureColumn) => (raw[PROCEDURE_COLUMNS[c]] ?? '').trim();
  const fail = (c: ProcedureColumn, message: string) =>
    problems.push({ row, column: PROCEDURE_COLUMNS[c], message: `Dòng ${row}, cột '${PROCEDURE_COLUMNS[c]}': ${message}` });

  const code = cell('code');
  if (!code) fail('code', 'cần mã thủ tục (ví dụ 1.005092).');
  else if (code.length > 60) fail('code', 'mã thủ tục dài quá 60 ký tự.');
  const name = cell('name');
  if (name.length < 3) fail('name', 'cần tên thủ tục (ít nhất 3 ký tự).');
  const field = cell('field');
  if (!field) fail('field', 'cần lĩnh vực (ví dụ "Văn bằng, chứng chỉ").');
  const level = LEVELS[cell('level').toLowerCase()];
  if (!level) fail('level', `"${cell('level')}" không phải Tỉnh, Huyện hoặc Xã.`);
  const time = /^(\d+)\s*(ngày|giờ|ngay|gio)?/i.exec(cell('time'));
  const amount = time ? Number(time[1]) : 0;
  if (!time || amount <= 0) fail('time', `"${cell('time')}" không phải thời hạn; ghi ví dụ "5 ngày làm việc" hoặc "8 giờ làm việc".`);
  const hours = !!time && /^(giờ|gio)$/i.test(time[2] ?? '');
  const feeText = cell('fee').replace(/[.,\s]/g, '') || '0';
  const fee = /^\d+$/.test(feeText) ? Number(feeText) : NaN;
  if (Number.isNaN(fee)) fail('fee', `"${cell('fee')}" không phải số tiền (đồng), ghi ví dụ 50000 hoặc 0.`);
  const onlineLevel = ONLINE[cell('online').toLowerCase()];
  if (!onlineLevel) fail('online', `"${cell('online')}" không phải Toàn trình, Một phần hoặc Không.`);
  const unitCode = cell('unitCode');
  const unitName = cell('unitName');
  if (!unitCode && !unitName) fail('unitCode', 'cần mã đơn vị (hoặc tên đơn vị giải quyết).');
  let channels: number[] = onlineLevel === 'none' ? [1, 3] : [1, 2, 3];
  if (cell('channels')) {
    const parts = cell('channels')
      .split(/[,;\s]+/)
      .filter(Boolean);
    if (parts.some((p) => !['1', '2', '3'].includes(p)))
      fail('channels', `"${cell('channels')}" phải là các mã 1 (trực tiếp), 2 (trực tuyến), 3 (bưu chính), cách nhau bởi dấu phẩy.`);
    else channels = [...new Set(parts.map(Number))].sort();
  }
  if (onlineLevel === 'none' && channels.includes(2)) fail('channels', 'thủ tục không có DVC trực tuyến thì không nhận kênh 2 (trực tuyến).');
  const publishedText = cell('published').toLowerCase();
  if (!YES.has(publishedText) && !NO.has(publishedText)) fail('published', `"${cell('published')}" phải là Có hoặc Không.`);
  // A free procedure leaves the payment cell empty; an empty eligibility cell keeps the default (eligible).
  const onlinePayment = yesNo(raw, PROCEDURE_COLUMNS.onlinePayment, false);
  if (onlinePayment === 'bad') fail('onlinePayment', `"${cell('onlinePayment')}" phải là Có, Không hoặc để trống.`);
  const fullyOnlineEligible = yesNo(raw, PROCEDURE_COLUMNS.fullyOnlineEligible, true);
  if (fullyOnlineEligible === 'bad') fail('fullyOnlineEligible', `"${cell('fullyOnlineEligible')}" phải là Có, Không hoặc để trống.`);
  if (onlinePayment !== 'bad' && fullyOnlineEligible !== 'bad' && !Number.isNaN(fee) && onlineLevel) {
    const conflicts = procedureFlagConflicts({ fee, onlineLevel, onlinePayment: onlinePayment ?? false, fullyOnlineEligible: fullyOnlineEligible ?? true });
    for (const c of conflicts) fail(c.key, `${c.message}.`);
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      code,
      name,
      field,
      level: level!,
      workingDays: hours ? null : amount,
      workingHours: hours ? amount : null,
      fee,
      onlineLevel: onlineLevel!,
      legacyLevel: cell('legacy') || null,
      unitRef: unitCode ? { code: unitCode } : { name: unitName },
      channels,
      published: !NO.has(publishedText),
      onlinePayment: onlinePayment as boolean | undefined,
      fullyOnlineEligible: fullyOnlineEligible as boolean | undefined,
    },
  };
}
