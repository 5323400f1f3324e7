// Reading exported reports as rows of cells: .xlsx streamed row by row (a 100,000-row export never sits in memory
// whole), .csv parsed as a stream with the separator Excel used (comma, semicolon or tab). A sample is read whole,
// to list its sheets. Merged cells read as their first cell only, in both paths, so a profile made from a sample
// sees the same header as every later file.
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { SheetCell } from '../../../domain/sources/index';
import { DomainError } from '../../errors';

export interface SheetRow {
  /** 1-based row number as the spreadsheet shows it (CSV: line number). */
  row: number;
  cells: SheetCell[];
}

/** The kinds of file a source reads, from the name. */
export function fileKind(name: string): 'xlsx' | 'csv' | null {
  if (/\.xlsx$/i.test(name)) return 'xlsx';
  if (/\.csv$/i.test(name)) return 'csv';
  return null;
}

function cellValue(cell: ExcelJS.Cell | { value: ExcelJS.CellValue }): SheetCell {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value as SheetCell;
  if ('result' in value) return (value.result ?? null) as SheetCell;
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return null;
  return null;
}

function rowCells(row: ExcelJS.Row): SheetCell[] {
  return (row.values as ExcelJS.CellValue[]).slice(1).map((value) => cellValue({ value }));
}

async function* csvSheet(stream: Readable): AsyncGenerator<SheetRow> {
  const parser = stream.pipe(parse({ bom: true, delimiter: [',', ';', '\t'], relax_column_count: true, relax_quotes: true, skip_empty_lines: false }));
  try {
    for await (const record of parser as AsyncIterable<string[]>) yield { row: parser.info.lines, cells: record.map((c) => (c.trim() === '' ? null : c)) };
  } catch (error) {
    throw new DomainError(
      'SOURCE_CSV_INVALID',
      `Tệp CSV không đọc được ở dòng ${parser.info.lines}: ${(error as Error).message}. Lưu lại tệp dạng CSV UTF-8.`,
      400,
    );
  }
}

async function* xlsxSheet(stream: Readable, sheetName: string | null): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  const seen: string[] = [];
  for await (const sheet of reader) {
    const name = (sheet as unknown as { name: string }).name;
    seen.push(name);
    const wanted = sheetName === null || name === sheetName;
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) if (wanted) yield { row: row.number, cells: rowCells(row) };
    if (wanted) return;
  }
  throw new DomainError(
    'SOURCE_SHEET_MISSING',
    `Tệp không có trang tính "${sheetName}" (các trang: ${seen.join(', ')}); sửa hồ sơ ánh xạ hoặc dùng đúng mẫu báo cáo.`,
    400,
  );
}

/** Rows of a file on disk, streamed. */
export function fileRows(path: string, name: string, sheetName: string | null): AsyncGenerator<SheetRow> {
  const kind = fileKind(name);
  if (!kind) throw new DomainError('SOURCE_FILE_TYPE', `Tệp "${name}" không phải .xlsx hoặc .csv.`, 400);
  const stream = createReadStream(path);
  return kind === 'xlsx' ? xlsxSheet(stream, sheetName) : csvSheet(stream);
}

/** The first `limit` rows of a sample file and its sheet names (the file is small: read whole). */
export async function sampleRows(
  bytes: Buffer,
  name: string,
  sheetName: string | null,
  limit: number,
): Promise<{ sheets: string[]; sheet: string | null; rows: SheetCell[][] }> {
  const kind = fileKind(name);
  if (!kind) throw new DomainError('SOURCE_FILE_TYPE', `Tệp "${name}" không phải .xlsx hoặc .csv.`, 400);
  if (kind === 'csv') {
    const rows: SheetCell[][] = [];
    for await (const r of csvSheet(Readable.from([bytes]))) {
      rows.push(r.cells);
      if (rows.length >= limit) break;
    }
    return { sheets: [], sheet: null, rows };
  }
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DomainError('SOURCE_XLSX_INVALID', `Tệp "${name}" không mở được như một bảng tính Excel (.xlsx); lưu lại tệp bằng Excel rồi thử lại.`, 400);
  }
  const sheets = book.worksheets.map((w) => w.name);
  const sheet = sheetName === null ? book.worksheets[0] : book.getWorksheet(sheetName);
  if (!sheet) throw new DomainError('SOURCE_SHEET_MISSING', `Tệp không có trang tính "${sheetName}" (các trang: ${sheets.join(', ')}).`, 400);
  const rows: SheetCell[][] = [];
  for (let r = 1; r <= Math.min(sheet.rowCount, limit); r++) {
    const row = sheet.getRow(r);
    const cells: SheetCell[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      // A merged cell's other cells echo its value here but are empty in the stream the runs read: keep them empty.
      cells.push(cell.isMerged && cell.master !== cell ? null : cellValue(cell));
    }
    rows.push(cells);
  }
  // A one-sheet export is read whatever its sheet is called next time (exports often name it by the period).
  return { sheets, sheet: sheets.length > 1 ? sheet.name : null, rows };
}
