/**
 * Reads the "Thời gian (thực hiện)" column of plan appendices ("Quý II, III hằng năm", "Trước ngày
 * 15/01/2025", "Cả năm 2025", "Thường xuyên"…) into a structured time frame with a deadline.
 * Per DOMAIN.md, "thường xuyên" and a whole year ("cả năm", "năm 2025", "hằng năm") carry no deadline.
 */
import { addDays, formatViDate, isIsoDate, lastDayOfMonth, type IsoDate } from '../time/iso-date';

export type TimeFrameKind = 'date' | 'month' | 'quarter' | 'half' | 'year' | 'ongoing' | 'range' | 'text';

/** A parsed time frame; `deadline` is the last day the task may be finished on, null when it has none. */
export interface TimeFrame {
  readonly kind: TimeFrameKind;
  /** Normalised Vietnamese label, e.g. "Quý II/2025"; for unparsed text, the text itself. */
  readonly label: string;
  readonly start?: IsoDate;
  readonly deadline: IsoDate | null;
  /** Set when the text says the frame repeats every year ("hằng năm"); dates are then the plan year's. */
  readonly recurring?: true;
  /** Why the frame is only partly understood, for the user to check. */
  readonly warning?: string;
  /** The text as written in the source. */
  readonly source: string;
}

export interface TimeFrameOptions {
  /**
   * Whether "trước ngày 15/01" allows the 15th itself. The Office reads it as "no later than" (true,
   * default); a strict reading (false) moves the deadline one day earlier.
   */
  readonly beforeIsInclusive?: boolean;
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ROMAN_OUT = ['', 'I', 'II', 'III', 'IV'];

function firstDayOfMonth(year: number, month: number): IsoDate {
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

function quarterNumber(token: string): number | null {
  const t = token.toLowerCase();
  const n = /^\d$/.test(t) ? Number(t) : ROMAN[t];
  return n !== undefined && n >= 1 && n <= 4 ? n : null;
}

/** Lower-cased, composed, without markdown emphasis, page-break spaces or a trailing full stop. */
function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;,]+$/, '')
    .toLowerCase()
    .replace(/qúy/g, 'quý') // old tone placement, same word
    .replace(/hàng năm/g, 'hằng năm')
    .replace(/\s*[–—]\s*/g, '-')
    .replace(/\s*-\s*/g, '-');
}

function textFrame(source: string, warning: string): TimeFrame {
  return { kind: 'text', label: source.replace(/\s+/g, ' ').trim(), deadline: null, warning, source };
}

const YEAR_SUFFIX = String.raw`(?:\s*\/\s*|\s+năm\s+)(\d{4})`;

/** Parses one "Thời gian" cell of a plan of `planYear`; never throws, unknown text comes back as kind 'text' with a warning. */
export function parseTimeFrame(source: string, planYear: number, options: TimeFrameOptions = {}): TimeFrame {
  const inclusive = options.beforeIsInclusive ?? true;
  let t = normalise(source);
  if (t === '') return textFrame(source, 'Chưa ghi thời gian thực hiện: nhiệm vụ không có hạn.');

  const recurring = /hằng năm/.test(t);
  if (recurring) t = t.replace(/\s*\(?hằng năm\)?\s*/g, ' ').trim();
  const rec = recurring ? ({ recurring: true } as const) : {};
  const recLabel = recurring ? ' (hằng năm)' : '';

  if (recurring && t === '') return { kind: 'year', label: 'Hằng năm', deadline: null, recurring: true, source };

  // Ongoing work has no end: "Thường xuyên", "Thường xuyên trong năm 2022", "Định kỳ và đột xuất".
  if (/^(thường xuyên|liên tục)(?=\s|$)/.test(t)) return { kind: 'ongoing', label: 'Thường xuyên', deadline: null, ...rec, source };
  if (/^định kỳ(?=\s|$)/.test(t)) {
    const label = /đột xuất/.test(t) ? 'Định kỳ và đột xuất' : 'Định kỳ';
    return { kind: 'ongoing', label, deadline: null, ...rec, source };
  }

  let m = /^(?:cả năm|trong năm|năm)(?:\s+(\d{4}))?$/.exec(t);
  if (m) {
    const y = m[1] ? Number(m[1]) : planYear;
    return { kind: 'year', label: `Cả năm ${y}`, start: `${y}-01-01`, deadline: null, ...rec, source };
  }

  m = new RegExp(String.raw`^(?:6|sáu) tháng (đầu|cuối) năm(?:\s+(\d{4}))?$`).exec(t);
  if (m) {
    const y = m[2] ? Number(m[2]) : planYear;
    const first = m[1] === 'đầu';
    return {
      kind: 'half',
      label: `6 tháng ${m[1]} năm ${y}`,
      start: first ? `${y}-01-01` : `${y}-07-01`,
      deadline: first ? `${y}-06-30` : `${y}-12-31`,
      ...rec,
      source,
    };
  }

  // A date, optionally after "trước (ngày)", "đến ngày", "chậm nhất (ngày)", "hạn", "ngày".
  m =
    /^(trước ngày|trước|chậm nhất ngày|chậm nhất|đến ngày|hạn|ngày)?\s*(\d{1,2})\s*(?:\/|-|\.|\s+tháng\s+)\s*(\d{1,2})(?:\s*(?:\/|-|\.|\s+năm\s+)\s*(\d{4}))?$/.exec(
      t,
    );
  if (m) {
    const y = m[4] ? Number(m[4]) : planYear;
    const iso = `${y}-${m[3].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
    if (!isIsoDate(iso)) return textFrame(source, `Ngày "${source.trim()}" không tồn tại: nhiệm vụ không có hạn cho đến khi sửa.`);
    const before = m[1] !== undefined && /trước|chậm nhất/.test(m[1]);
    const deadline = before && !inclusive ? addDays(iso, -1) : iso;
    const label = `${before ? 'Trước ngày' : 'Ngày'} ${formatViDate(iso)}${recLabel}`;
    return { kind: 'date', label, deadline, ...rec, source };
  }

  m = new RegExp(String.raw`^(?:từ\s+)?(?:trong\s+)?tháng\s+(\d{1,2})(?:\s*(?:-|đến|tới)\s*(?:tháng\s+)?(\d{1,2}))?(?:${YEAR_SUFFIX})?$`).exec(t);
  if (m) {
    const y = m[3] ? Number(m[3]) : planYear;
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    if (from < 1 || to > 12 || from > to) return textFrame(source, `Tháng trong "${source.trim()}" không hợp lệ.`);
    const range = from !== to;
    return {
      kind: range ? 'range' : 'month',
      label: `${range ? `Tháng ${from}-${to}` : `Tháng ${from}`}/${y}${recLabel}`,
      start: firstDayOfMonth(y, from),
      deadline: lastDayOfMonth(y, to),
      ...rec,
      source,
    };
  }

  // Quarters: "Quý I", "Quý 3", "Quý II/2025", "Quý II-III", "Quý II, III", "Quý II và quý III".
  m = new RegExp(String.raw`^(?:trong\s+)?quý\s+([ivx]+|\d)(?:\s*(-|,|và|đến|tới)\s*(?:quý\s+)?([ivx]+|\d))?(?:${YEAR_SUFFIX})?$`).exec(t);
  if (m) {
    const y = m[4] ? Number(m[4]) : planYear;
    const from = quarterNumber(m[1]);
    const to = m[3] ? quarterNumber(m[3]) : from;
    if (from === null || to === null || from > to) return textFrame(source, `Quý trong "${source.trim()}" không hợp lệ.`);
    const range = from !== to;
    // A list "Quý I, III" is read as the span I–III: the last quarter named is when it must be done.
    const gap = range && m[2] === ',' && to - from > 1;
    return {
      kind: range ? 'range' : 'quarter',
      label: `${range ? `Quý ${ROMAN_OUT[from]}-${ROMAN_OUT[to]}` : `Quý ${ROMAN_OUT[from]}`}/${y}${recLabel}`,
      start: firstDayOfMonth(y, from * 3 - 2),
      deadline: lastDayOfMonth(y, to * 3),
      ...rec,
      ...(gap ? { warning: `"${source.trim()}" nêu các quý không liền nhau; hạn tính theo quý cuối cùng.` } : {}),
      source,
    };
  }

  return textFrame(source, `Không đọc được thời gian "${source.replace(/\s+/g, ' ').trim()}": nhiệm vụ được coi là không có hạn, cần nhập hạn cụ thể nếu có.`);
}
