// A decision's appendix as rows of cells, whatever it came from (.docx tables, .xlsx sheets, pasted text), and
// the roles of its columns read from the header ("STT | Lĩnh vực/Tiêu chí/Tiêu chí thành phần | Điểm tối đa |
// Tài liệu kiểm chứng"). Readers in the server fill this shape; everything after it is pure.
import { fold } from './vi-text';

/** One cell: its paragraphs as written (markup such as <i> allowed; it is removed later). */
export type AppendixCell = { paragraphs: string[] };
/** One row, with where it is in the source ("Bảng 2, dòng 5") and whether a new table or page starts with it. */
export type AppendixRow = { cells: AppendixCell[]; where: string; tableStart?: boolean };
/** The rows of the appendix in order, across all its tables. */
export type AppendixTable = { rows: AppendixRow[] };

/** What a column holds. */
export type ColumnRole = 'stt' | 'content' | 'max' | 'units' | 'evidence' | 'scoring';
export type Columns = Partial<Record<ColumnRole, number>>;

const cellText = (c: AppendixCell | undefined) =>
  (c?.paragraphs ?? [])
    .join(' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Text of a cell of a row (markup removed), '' when absent. */
export function textAt(row: AppendixRow, index: number | undefined): string {
  return index === undefined ? '' : cellText(row.cells[index]);
}

function roleOf(header: string): ColumnRole | null {
  const h = fold(header).replace(/\s+/g, ' ').trim();
  if (/^(stt|tt|so tt|so thu tu)\.?$/.test(h)) return 'stt';
  if (/kiem chung/.test(h)) return 'evidence';
  if (/tu cham|tu danh gia|tham dinh|dat duoc/.test(h)) return null;
  if (/diem toi da|diem chuan|thang diem|^diem$|^so diem/.test(h)) return 'max';
  if (/cach (tinh|cham)|huong dan cham|phuong phap (tinh|cham)|cach danh gia/.test(h)) return 'scoring';
  if (/linh vuc|tieu chi|noi dung/.test(h)) return 'content';
  if (/don vi|phan cong|chu tri|trach nhiem|thuc hien/.test(h)) return 'units';
  return null;
}

/** The column roles a header row names, or null when the row is not a header (it has no STT and no content column). */
export function readHeader(row: AppendixRow): Columns | null {
  const cols: Columns = {};
  row.cells.forEach((c, i) => {
    const role = roleOf(cellText(c));
    if (role && cols[role] === undefined) cols[role] = i;
  });
  return cols.stt !== undefined && cols.content !== undefined ? cols : null;
}

/** Splits pasted text cells into paragraphs at italic/paragraph boundaries ("</i> <i>", "</p><p>"). */
function paragraphsOf(cell: string): string[] {
  return cell
    .split(/<\/i>\s*<i>|<\/p>\s*<p>|<br\s*\/?>/i)
    .map((p) => p.trim())
    .filter(Boolean);
}

const CODE_FIRST = /^(\d+(?:\.\d+)*\.?|[IVXLC]+\.?)\s+(.+)$/;
// A heading of the document's body ("III. NHIỆM VỤ CỤ THỂ") or its end ("Nơi nhận:") ends the appendix.
const BODY_AFTER = /^(?:[IVXLC]+\.\s+\p{Lu}|Nơi nhận\s*:)/u;

/**
 * Reads pasted text in the layout of seed 004: tab-separated columns, a header row starting with "STT",
 * scoring sentences on lines whose STT cell is empty, a blank line and a repeated header at a page break.
 * Lines before the first header are the decision's body and are skipped.
 */
export function appendixFromText(text: string): AppendixTable {
  const rows: AppendixRow[] = [];
  let started = false;
  let breakPending = false;
  text.split(/\r?\n/).forEach((line, i) => {
    const where = `Dòng ${i + 1}`;
    if (!line.trim()) {
      breakPending = started;
      return;
    }
    let cells: string[];
    if (line.includes('\t')) cells = line.split('\t');
    else if (line.includes(' | '))
      cells = line
        .replace(/^\s*\|/, '')
        .replace(/\|\s*$/, '')
        .split('|');
    else {
      const m = CODE_FIRST.exec(line.trim());
      cells = m ? [m[1], m[2]] : ['', line];
    }
    const row: AppendixRow = { cells: cells.map((c) => ({ paragraphs: paragraphsOf(c) })), where };
    if (!started) {
      if (!readHeader(row)) return;
      started = true;
    } else if (!line.includes('\t') && !line.includes(' | ') && BODY_AFTER.test(line.trim())) {
      started = false;
      return;
    }
    if (breakPending) row.tableStart = true;
    breakPending = false;
    rows.push(row);
  });
  return { rows };
}
