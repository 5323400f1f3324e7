// The table every Excel export writes: a bold header row, one row per item, set column widths.
// Title lines above a table and totals below it stay with the export that needs them.
import ExcelJS from 'exceljs';

/** One column of a table: its header, its width in characters (Excel's default when left out), and what each item shows. */
export interface ExcelColumn<T> {
  header: string;
  width?: number;
  /** Left out for a column the caller fills in another way (a picture, say). */
  value?: (item: T, index: number) => ExcelJS.CellValue;
}

/**
 * Appends the table below whatever the sheet already holds: the header row in bold, then one row
 * per item. Widths apply to the whole column, title lines above included. Returns the item rows.
 */
export function addTable<T>(sheet: ExcelJS.Worksheet, columns: readonly ExcelColumn<T>[], items: readonly T[]): ExcelJS.Row[] {
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  const rows = items.map((item, index) => sheet.addRow(columns.map((c) => c.value?.(item, index))));
  columns.forEach((c, i) => {
    if (c.width !== undefined) sheet.getColumn(i + 1).width = c.width;
  });
  return rows;
}

/** A new sheet holding just the table. */
export function addSheet<T>(book: ExcelJS.Workbook, name: string, columns: readonly ExcelColumn<T>[], items: readonly T[]): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name);
  addTable(sheet, columns, items);
  return sheet;
}

/** The .xlsx file's bytes. */
export async function workbookBuffer(book: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await book.xlsx.writeBuffer());
}
