/**
 * One row of a bulk dossier import (CSV, Excel or JSON from the systems that really hold dossiers),
 * checked and normalised. Every problem names the row and the column, so the sender can fix the file.
 * The documented layout is server/modules/dossiers/IMPORT.md.
 */
import { isIsoDate } from '../time/iso-date';
import { readReceivingPoint, type ReceivingPoint } from './receiving-point';

export const DOSSIER_IMPORT_COLUMNS = [
  'code',
  'procedureCode',
  'unitCode',
  'applicantName',
  'applicantPhone',
  'channel',
  'receivingPoint',
  'receivingUnitCode',
  'state',
  'receivedOn',
  'dueOn',
  'resolvedOn',
  'returnedOn',
  'returnChannel',
  'supplementCount',
  'digitized',
  'paidOnline',
  'electronicRouting',
  'apologyIssued',
] as const;
export type DossierImportColumn = (typeof DOSSIER_IMPORT_COLUMNS)[number];

/** A row after checking: ready to compare with the stored dossier. */
export interface NormalizedImportRow {
  code: string;
  procedureCode: string;
  unitCode: string;
  applicantName: string;
  applicantPhone: string;
  channel: 1 | 2 | 3;
  /** Where it was received; null: the way it came in decides (the handling unit's desk for a counter). */
  receivingPoint: ReceivingPoint | null;
  /** The unit of that point; null: the handling unit. */
  receivingUnitCode: string | null;
  state: number;
  receivedOn: string;
  dueOn: string | null;
  resolvedOn: string | null;
  returnedOn: string | null;
  returnChannel: 1 | 2 | 3 | null;
  supplementCount: number;
  digitized: boolean;
  paidOnline: boolean;
  electronicRouting: boolean;
  apologyIssued: boolean;
}

export interface ImportRowProblem {
  row: number;
  column: DossierImportColumn | null;
  message: string;
}

const CHANNEL_WORDS: Record<string, 1 | 2 | 3> = {
  'trực tiếp': 1,
  'truc tiep': 1,
  'trực tuyến': 2,
  'truc tuyen': 2,
  'bưu chính': 3,
  'bưu chính công ích': 3,
  'buu chinh': 3,
};
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const TRUE_WORDS = new Set(['true', '1', 'x', 'có', 'co', 'yes']);
const FALSE_WORDS = new Set(['false', '0', '', 'không', 'khong', 'no']);

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  // A spreadsheet date cell arrives as midnight UTC of the date it shows (exceljs): its UTC date is that date.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** 'YYYY-MM-DD' or 'DD/MM/YYYY' (what spreadsheets show); Excel dates arrive as Date objects. */
function date(value: unknown): string | null | 'invalid' {
  const t = text(value);
  if (t === '') return null;
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const iso = dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : t.slice(0, 10);
  return isIsoDate(iso) && (dmy || t.length === 10 || value instanceof Date) ? iso : 'invalid';
}

function channel(value: unknown): 1 | 2 | 3 | null | 'invalid' {
  const t = text(value).toLowerCase();
  if (t === '') return null;
  if (t === '1' || t === '2' || t === '3') return Number(t) as 1 | 2 | 3;
  return CHANNEL_WORDS[t] ?? 'invalid';
}

/** Checks one row; `row` is the number the sender sees (the spreadsheet line, or the index in the JSON batch). */
export function normalizeImportRow(
  raw: Record<string, unknown>,
  row: number,
): { ok: true; value: NormalizedImportRow } | { ok: false; problems: ImportRowProblem[] } {
  const problems: ImportRowProblem[] = [];
  const fail = (column: DossierImportColumn, message: string) => problems.push({ row, column, message: `Dòng ${row}, cột '${column}': ${message}` });
  const required = (column: DossierImportColumn, what: string, max = 300) => {
    const t = text(raw[column]);
    if (t === '') fail(column, `thiếu ${what}.`);
    else if (t.length > max) fail(column, `${what} dài quá ${max} ký tự.`);
    // The database cannot store NUL, and other control characters are copy-paste debris, never a name or a code.
    else if (CONTROL_CHARACTER.test(t)) fail(column, `${what} có ký tự điều khiển không in được; xóa ký tự đó rồi gửi lại.`);
    return t;
  };
  const code = required('code', 'mã hồ sơ', 80);
  const procedureCode = required('procedureCode', 'mã thủ tục', 60);
  const unitCode = required('unitCode', 'mã đơn vị giải quyết', 60);
  const applicantName = required('applicantName', 'họ tên người nộp', 200);
  const applicantPhone = required('applicantPhone', 'số điện thoại người nộp', 20);
  if (applicantPhone && !/^[0-9+ .-]{8,20}$/.test(applicantPhone)) fail('applicantPhone', `'${applicantPhone}' không phải số điện thoại (8–20 chữ số).`);
  const ch = channel(raw.channel);
  if (ch === null || ch === 'invalid')
    fail('channel', `'${text(raw.channel)}' không phải hình thức tiếp nhận (1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích).`);
  const pointText = text(raw.receivingPoint);
  const point = pointText === '' ? null : readReceivingPoint(pointText);
  if (pointText !== '' && point === null)
    fail(
      'receivingPoint',
      `'${pointText}' không phải nơi tiếp nhận (desk, provincial-centre, commune-centre, postal, online; hoặc "một cửa", "trung tâm tỉnh", "trung tâm xã", "bưu chính", "trực tuyến").`,
    );
  const receivingUnitCode = text(raw.receivingUnitCode);
  if (receivingUnitCode.length > 60) fail('receivingUnitCode', 'mã đơn vị tiếp nhận dài quá 60 ký tự.');
  const rc = channel(raw.returnChannel);
  if (rc === 'invalid') fail('returnChannel', `'${text(raw.returnChannel)}' không phải hình thức trả kết quả (1, 2 hoặc 3).`);
  const stateText = text(raw.state);
  const state = Number(stateText);
  if (!/^\d+$/.test(stateText) || state < 1 || state > 10) fail('state', `'${stateText}' không phải mã trạng thái của Cổng DVC (1–10).`);
  const dates: Partial<Record<'receivedOn' | 'dueOn' | 'resolvedOn' | 'returnedOn', string | null>> = {};
  for (const column of ['receivedOn', 'dueOn', 'resolvedOn', 'returnedOn'] as const) {
    const d = date(raw[column]);
    if (d === 'invalid') fail(column, `'${text(raw[column])}' không phải ngày (YYYY-MM-DD hoặc DD/MM/YYYY).`);
    else dates[column] = d;
  }
  if (dates.receivedOn === null) fail('receivedOn', 'thiếu ngày tiếp nhận.');
  const order: Array<['dueOn' | 'resolvedOn' | 'returnedOn', string]> = [
    ['dueOn', 'hạn trả'],
    ['resolvedOn', 'ngày giải quyết xong'],
    ['returnedOn', 'ngày trả kết quả'],
  ];
  for (const [column, what] of order) {
    if (dates.receivedOn && dates[column] && dates[column]! < dates.receivedOn)
      fail(column, `${what} ${dates[column]} trước ngày tiếp nhận ${dates.receivedOn}.`);
  }
  if (dates.resolvedOn && dates.returnedOn && dates.returnedOn < dates.resolvedOn)
    fail('returnedOn', `ngày trả kết quả ${dates.returnedOn} trước ngày giải quyết xong ${dates.resolvedOn}.`);
  if ((state === 9 || state === 10) && !dates.resolvedOn && problems.every((p) => p.column !== 'resolvedOn'))
    fail('resolvedOn', `trạng thái ${state} cần ngày giải quyết xong.`);
  if (state === 10 && !dates.returnedOn && problems.every((p) => p.column !== 'returnedOn'))
    fail('returnedOn', 'trạng thái 10 (đã trả kết quả) cần ngày trả kết quả.');
  const countText = text(raw.supplementCount) || '0';
  if (!/^\d{1,3}$/.test(countText)) fail('supplementCount', `'${countText}' không phải số lần yêu cầu bổ sung (số nguyên ≥ 0).`);
  const flags: Partial<Record<'digitized' | 'paidOnline' | 'electronicRouting' | 'apologyIssued', boolean>> = {};
  for (const column of ['digitized', 'paidOnline', 'electronicRouting', 'apologyIssued'] as const) {
    const t = text(raw[column]).toLowerCase();
    if (TRUE_WORDS.has(t)) flags[column] = true;
    else if (FALSE_WORDS.has(t)) flags[column] = false;
    else fail(column, `'${t}' không phải có/không (1/0, true/false, x).`);
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: {
      code,
      procedureCode,
      unitCode,
      applicantName,
      applicantPhone,
      channel: ch as 1 | 2 | 3,
      receivingPoint: point,
      receivingUnitCode: receivingUnitCode || null,
      state,
      receivedOn: dates.receivedOn!,
      dueOn: dates.dueOn ?? null,
      resolvedOn: dates.resolvedOn ?? null,
      returnedOn: dates.returnedOn ?? null,
      returnChannel: (rc as 1 | 2 | 3 | null) ?? null,
      supplementCount: Number(countText),
      digitized: flags.digitized!,
      paidOnline: flags.paidOnline!,
      electronicRouting: flags.electronicRouting!,
      apologyIssued: flags.apologyIssued!,
    },
  };
}
