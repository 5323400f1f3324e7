// Reading import files as streams, one row at a time, so a 100,000-row file never sits in memory whole.
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import type { Readable } from 'node:stream';
import { DomainError } from '../../errors';
import type { ImportRowInput } from './dossier-import.service';

/** Rows of a CSV file (header line = column names of IMPORT.md); row numbers are the file's line numbers. */
export async function* csvRows(stream: Readable): AsyncGenerator<ImportRowInput> {
  const parser = stream.pipe(
    parse({
      columns: (header: string[]) => header.map((h) => h.replace(/^\uFEFF/, '').trim()),
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }),
  );
  try {
    for await (const record of parser as AsyncIterable<Record<string, unknown>>) {
      // The header is line 1; info.lines is not available per record in async iteration, so count records.
      yield { row: parser.info.lines, raw: record };
    }
  } catch (error) {
    throw new DomainError(
      'IMPORT_CSV_INVALID',
      `Tệp CSV không đọc được ở dòng ${parser.info.lines}: ${(error as Error).message}. Lưu lại tệp dạng CSV UTF-8, phân cách bằng dấu phẩy.`,
      400,
    );
  }
}

function cellValue(value: ExcelJS.CellValue): unknown {
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    if ('result' in value) return value.result;
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return value.text;
  }
  return value;
}

/** Rows of the first worksheet of an .xlsx file, streamed; row 1 holds the column names. */
export async function* excelRows(stream: Readable): AsyncGenerator<ImportRowInput> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  for await (const sheet of reader) {
    let header: string[] | null = null;
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellValue);
      if (!header) {
        header = values.map((v) => String(v ?? '').trim());
        continue;
      }
      if (values.every((v) => v === null || v === undefined || String(v).trim() === '')) continue;
      yield { row: row.number, raw: Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])) };
    }
    return; // only the first sheet is data; others may hold instructions
  }
}
