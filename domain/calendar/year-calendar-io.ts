/**
 * A year's calendar entries (days off, make-up days, Saturdays worked) to and from CSV ('date,kind,name')
 * and JSON, so an administrator can prepare the year in a spreadsheet. Errors name the line and column.
 */
import { isIsoDate } from '../time/iso-date';
import { CALENDAR_DAY_KINDS, type CalendarDay, type CalendarDayKind } from './holidays';

export type YearCalendarParseResult = { ok: true; days: CalendarDay[] } | { ok: false; errors: string[] };

export interface YearCalendarParseOptions {
  /** When given, every date must fall in this year. */
  year?: number;
}

const COLUMNS = ['date', 'kind', 'name'] as const;
type Column = (typeof COLUMNS)[number];
const KIND_HELP = 'holiday (nghỉ lễ), makeup (nghỉ bù) hoặc workday (đi làm)';
const MAX_NAME_LENGTH = 200;
// Enough for every day of a year several times over; more is a wrong file, not a calendar.
const MAX_ROWS = 2000;

/** Checks one entry; `where(column)` gives the place to name in messages ("Dòng 3, cột 'date'"). */
function checkEntry(
  raw: Record<Column, unknown>,
  where: (column: Column) => string,
  options: YearCalendarParseOptions,
  seen: Map<string, string>,
  errors: string[],
): CalendarDay | null {
  const before = errors.length;
  const date = typeof raw.date === 'string' ? raw.date.trim() : raw.date;
  const kind = typeof raw.kind === 'string' ? raw.kind.trim().toLowerCase() : raw.kind;
  const name = typeof raw.name === 'string' ? raw.name.trim() : raw.name;
  if (typeof date !== 'string' || !isIsoDate(date)) {
    errors.push(`${where('date')}: '${String(date ?? '')}' không phải ngày hợp lệ (dạng YYYY-MM-DD).`);
  } else if (options.year !== undefined && Number(date.slice(0, 4)) !== options.year) {
    errors.push(`${where('date')}: '${date}' không thuộc năm ${options.year}.`);
  } else if (seen.has(date)) {
    errors.push(`${where('date')}: ngày '${date}' đã có ở ${seen.get(date)}; mỗi ngày chỉ được một dòng.`);
  } else {
    seen.set(date, where('date').split(',')[0].toLowerCase());
  }
  if (typeof kind !== 'string' || !(CALENDAR_DAY_KINDS as readonly string[]).includes(kind)) {
    errors.push(`${where('kind')}: '${String(kind ?? '')}' không hợp lệ; chọn ${KIND_HELP}.`);
  }
  if (typeof name !== 'string' || name === '') {
    errors.push(`${where('name')}: không được để trống (ghi lý do, ví dụ "Tết Nguyên đán", "Làm bù ngày 27/01").`);
  } else if (name.length > MAX_NAME_LENGTH) {
    errors.push(`${where('name')}: dài ${name.length} ký tự, tối đa ${MAX_NAME_LENGTH}.`);
  }
  if (errors.length > before) return null;
  return { date: date as string, kind: kind as CalendarDayKind, name: name as string };
}

function sortDays(days: CalendarDay[]): CalendarDay[] {
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Splits one CSV line (RFC 4180 quotes, no line breaks inside fields); null when a quote is left open. */
function splitCsvLine(line: string, delimiter: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  if (quoted) return null;
  fields.push(field);
  return fields;
}

/** Reads 'date,kind,name' lines (header first; ';' also accepted, as Excel writes it in some locales). */
export function parseYearCalendarCsv(text: string, options: YearCalendarParseOptions = {}): YearCalendarParseResult {
  // Excel adds a byte-order mark; Windows files end lines with CR LF.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  if (headerIndex < 0) return { ok: false, errors: ["Tệp rỗng: cần dòng tiêu đề 'date,kind,name' và các dòng ngày."] };
  const headerLine = lines[headerIndex];
  const delimiter = headerLine.includes(';') && !headerLine.includes(',') ? ';' : ',';
  const header = (splitCsvLine(headerLine, delimiter) ?? []).map((h) => h.trim().toLowerCase());
  const headerErrors: string[] = [];
  for (const column of COLUMNS) {
    if (!header.includes(column)) headerErrors.push(`Dòng ${headerIndex + 1}: thiếu cột '${column}' (tiêu đề cần: date,kind,name).`);
  }
  for (const h of header) {
    if (!(COLUMNS as readonly string[]).includes(h)) headerErrors.push(`Dòng ${headerIndex + 1}: cột '${h}' không được hỗ trợ (chỉ có date, kind, name).`);
  }
  if (headerErrors.length > 0) return { ok: false, errors: headerErrors };
  if (lines.length - headerIndex - 1 > MAX_ROWS) {
    return { ok: false, errors: [`Tệp có quá nhiều dòng (tối đa ${MAX_ROWS} dòng ngày).`] };
  }

  const errors: string[] = [];
  const days: CalendarDay[] = [];
  const seen = new Map<string, string>();
  for (let i = headerIndex + 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const lineNo = i + 1;
    const fields = splitCsvLine(lines[i], delimiter);
    if (fields === null) {
      errors.push(`Dòng ${lineNo}: dấu ngoặc kép (") mở mà chưa đóng.`);
      continue;
    }
    if (fields.length !== header.length) {
      errors.push(
        `Dòng ${lineNo}: có ${fields.length} cột, cần ${header.length} (${header.join(delimiter)}); tên có dấu "${delimiter}" cần đặt trong ngoặc kép.`,
      );
      continue;
    }
    const raw = Object.fromEntries(header.map((h, j) => [h, fields[j]])) as Record<Column, string>;
    const day = checkEntry(raw, (column) => `Dòng ${lineNo}, cột '${column}'`, options, seen, errors);
    if (day) days.push(day);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, days: sortDays(days) };
}

function csvField(value: string): string {
  const flat = value.replace(/\r?\n/g, ' ');
  return /[",;]/.test(flat) ? `"${flat.replace(/"/g, '""')}"` : flat;
}

/** Writes entries as 'date,kind,name' CSV, sorted by date, with a header line. */
export function yearCalendarToCsv(days: readonly CalendarDay[]): string {
  const rows = sortDays([...days]).map((d) => [d.date, d.kind, csvField(d.name)].join(','));
  return ['date,kind,name', ...rows].join('\n') + '\n';
}

/** Writes a year's entries as JSON: { "year": 2025, "days": [{ "date", "kind", "name" }] }. */
export function yearCalendarToJson(year: number, days: readonly CalendarDay[]): string {
  const sorted = sortDays(days.map((d) => ({ date: d.date, kind: d.kind, name: d.name })));
  return JSON.stringify({ year, days: sorted }, null, 2);
}

/** Reads JSON written by yearCalendarToJson, or a bare array of entries; errors name the entry and field. */
export function parseYearCalendarJson(text: string, options: YearCalendarParseOptions = {}): YearCalendarParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [`Tệp không phải JSON hợp lệ: ${(error as Error).message}`] };
  }
  let list: unknown = data;
  let year = options.year;
  if (!Array.isArray(data)) {
    const obj = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
    list = obj.days;
    if (obj.year !== undefined) {
      if (!Number.isInteger(obj.year)) return { ok: false, errors: [`Trường 'year': '${String(obj.year)}' không phải năm hợp lệ.`] };
      if (year !== undefined && obj.year !== year) {
        return { ok: false, errors: [`Trường 'year': tệp là lịch năm ${String(obj.year)}, không phải năm ${year}.`] };
      }
      year = obj.year as number;
    }
  }
  if (!Array.isArray(list)) return { ok: false, errors: ['Cần một mảng các ngày, hoặc đối tượng { "year": …, "days": [...] }.'] };
  if (list.length > MAX_ROWS) return { ok: false, errors: [`Tệp có quá nhiều ngày (tối đa ${MAX_ROWS}).`] };

  const errors: string[] = [];
  const days: CalendarDay[] = [];
  const seen = new Map<string, string>();
  list.forEach((item: unknown, i) => {
    const where = (column: Column) => `Mục ${i + 1}, trường '${column}'`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      errors.push(`Mục ${i + 1}: cần một đối tượng { "date", "kind", "name" }.`);
      return;
    }
    const day = checkEntry(item as Record<Column, unknown>, where, { year }, seen, errors);
    if (day) days.push(day);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, days: sortDays(days) };
}
