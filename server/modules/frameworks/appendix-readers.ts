// Readers of a decision's appendix into rows of cells (domain/rules/import): Word tables from the document XML
// (merged cells, page breaks, repeated headers), Excel sheets (merged cells) and pasted text. A file that is not
// what its name says gets a Vietnamese message, never a stack trace.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { appendixFromText, type AppendixCell, type AppendixRow, type AppendixTable } from '../../../domain/rules/import/index';
import { DomainError } from '../../errors';

/** The kinds of source the importer reads. */
export type AppendixSourceKind = 'docx' | 'xlsx' | 'text';

const unreadable = (what: string) =>
  new DomainError('APPENDIX_UNREADABLE', `Không đọc được tệp ${what}: cần tệp Word (.docx), Excel (.xlsx) hoặc dán nội dung bảng phụ lục.`, 400, {
    field: 'file',
  });

type CellDraft = { paragraphs: string[]; span: number; mergedAbove: boolean; para: string };

/** Reads every table of a .docx body, in order; a table after a page break (or after another table) starts a page. */
export async function appendixFromDocx(bytes: Uint8Array, name: string): Promise<AppendixTable> {
  let xml: string;
  try {
    const zip = await JSZip.loadAsync(bytes);
    const part = zip.file('word/document.xml');
    if (!part) throw new Error('no document part');
    xml = await part.async('string');
  } catch {
    throw unreadable(`"${name}" (không phải tệp Word .docx hợp lệ)`);
  }
  const rows: AppendixRow[] = [];
  const parser = new SaxesParser();
  let tableDepth = 0;
  let tableNo = 0;
  let rowNo = 0;
  let breakSeen = false;
  let row: { cells: CellDraft[]; pageBreak: boolean } | null = null;
  let cell: CellDraft | null = null;
  let inText = false;
  parser.on('opentag', (tag) => {
    const attr = (k: string) => tag.attributes[k] as string | undefined;
    switch (tag.name) {
      case 'w:tbl':
        tableDepth++;
        if (tableDepth === 1) {
          tableNo++;
          rowNo = 0;
        }
        break;
      case 'w:tr':
        if (tableDepth === 1) row = { cells: [], pageBreak: false };
        break;
      case 'w:tc':
        if (tableDepth === 1) cell = { paragraphs: [], span: 1, mergedAbove: false, para: '' };
        break;
      case 'w:gridSpan':
        if (cell && tableDepth === 1) cell.span = Math.max(1, Number(attr('w:val') ?? 1));
        break;
      case 'w:vMerge':
        // <w:vMerge/> or val="continue" continues the cell above; val="restart" starts a merged block.
        if (cell && tableDepth === 1 && attr('w:val') !== 'restart') cell.mergedAbove = true;
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:tab':
        if (cell) cell.para += ' ';
        break;
      case 'w:br':
        if (attr('w:type') === 'page') {
          if (row) row.pageBreak = true;
          else breakSeen = true;
        } else if (cell) cell.para += ' ';
        break;
      case 'w:lastRenderedPageBreak':
      case 'w:pageBreakBefore':
        if (row) row.pageBreak = true;
        else breakSeen = true;
        break;
    }
  });
  parser.on('text', (t) => {
    if (inText && cell) cell.para += t;
  });
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:p':
        if (cell) {
          if (cell.para.trim()) cell.paragraphs.push(cell.para.trim());
          cell.para = '';
        }
        break;
      case 'w:tc':
        if (tableDepth === 1 && cell && row) {
          row.cells.push(cell);
          cell = null;
        }
        break;
      case 'w:tr':
        if (tableDepth === 1 && row) {
          rowNo++;
          const cells: AppendixCell[] = [];
          for (const c of row.cells) {
            // A cell merged with the one above belongs to the row that opened the block: its STT must not repeat.
            cells.push({ paragraphs: c.mergedAbove ? [] : c.paragraphs });
            for (let i = 1; i < c.span; i++) cells.push({ paragraphs: [] });
          }
          const tableStart = (rowNo === 1 && tableNo > 1) || breakSeen || row.pageBreak;
          rows.push({ cells, where: `Bảng ${tableNo}, dòng ${rowNo}`, ...(tableStart ? { tableStart: true } : {}) });
          breakSeen = false;
          row = null;
        }
        break;
      case 'w:tbl':
        tableDepth--;
        break;
    }
  });
  try {
    parser.write(xml).close();
  } catch {
    throw unreadable(`"${name}" (nội dung XML của tài liệu bị hỏng)`);
  }
  return { rows };
}

/** Reads every sheet of an .xlsx; cells merged into another show once, in the block's first cell. */
export async function appendixFromXlsx(bytes: Uint8Array, name: string): Promise<AppendixTable> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw unreadable(`"${name}" (không phải tệp Excel .xlsx hợp lệ)`);
  }
  const rows: AppendixRow[] = [];
  book.worksheets.forEach((sheet, s) => {
    sheet.eachRow({ includeEmpty: false }, (r, n) => {
      const cells: AppendixCell[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const cell = r.getCell(c);
        const own = !cell.isMerged || cell.master.address === cell.address;
        const text = own ? cell.text.trim() : '';
        cells.push({
          paragraphs: text
            ? text
                .split(/\r?\n/)
                .map((p) => p.trim())
                .filter(Boolean)
            : [],
        });
      }
      const tableStart = s > 0 && isFirst(sheet, n);
      rows.push({ cells, where: `Trang tính "${sheet.name}", dòng ${n}`, ...(tableStart ? { tableStart: true } : {}) });
    });
  });
  return { rows };
}

// The first non-empty row of a sheet.
function isFirst(sheet: ExcelJS.Worksheet, n: number): boolean {
  for (let i = 1; i < n; i++) if (sheet.getRow(i).hasValues) return false;
  return true;
}

/** Reads a source by kind. */
export async function readAppendix(kind: AppendixSourceKind, payload: { bytes?: Uint8Array; text?: string }, name: string): Promise<AppendixTable> {
  if (kind === 'text') return appendixFromText(payload.text ?? '');
  if (!payload.bytes || payload.bytes.length === 0) throw unreadable(`"${name}" (tệp rỗng)`);
  return kind === 'docx' ? appendixFromDocx(payload.bytes, name) : appendixFromXlsx(payload.bytes, name);
}
