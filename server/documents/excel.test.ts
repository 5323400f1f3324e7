import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addSheet, addTable, workbookBuffer, type ExcelColumn } from './excel';

interface Item {
  code: string;
  on: string | null;
  link: string;
}

const COLUMNS: ExcelColumn<Item>[] = [
  { header: 'STT', width: 6, value: (_, i) => i + 1 },
  { header: 'Mã', width: 20, value: (x) => x.code },
  { header: 'Ngày', value: (x) => x.on ?? '' },
  { header: 'Đường dẫn', width: 40, value: (x) => ({ text: x.code, hyperlink: x.link }) },
  { header: 'Ảnh', width: 12 },
];
const ITEMS: Item[] = [
  { code: 'PA-001', on: '07/02/2025', link: 'https://example.vn/1' },
  { code: 'PA-002', on: null, link: 'https://example.vn/2' },
];

async function readBack(book: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const read = new ExcelJS.Workbook();
  await read.xlsx.load((await workbookBuffer(book)) as unknown as ArrayBuffer);
  return read;
}

describe('Excel tables', () => {
  it('writes a sheet with a bold header, one row per item and the column widths', async () => {
    const book = new ExcelJS.Workbook();
    addSheet(book, 'Sổ theo dõi', COLUMNS, ITEMS);
    const sheet = (await readBack(book)).getWorksheet('Sổ theo dõi')!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).values).toEqual([undefined, 'STT', 'Mã', 'Ngày', 'Đường dẫn', 'Ảnh']);
    expect(sheet.getRow(1).getCell(5).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(1).font?.bold).toBeFalsy();
    expect(sheet.getRow(2).values).toEqual([undefined, 1, 'PA-001', '07/02/2025', { text: 'PA-001', hyperlink: 'https://example.vn/1' }]);
    expect(sheet.getRow(3).getCell(3).value).toBe('');
    // A column without a value stays empty for the caller to fill.
    expect(sheet.getRow(3).getCell(5).value).toBeNull();
    expect([1, 2, 3, 4, 5].map((n) => sheet.getColumn(n).width)).toEqual([6, 20, undefined, 40, 12]);
  });

  it('appends a table below title lines and returns its rows for the caller to finish', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Tổng hợp');
    sheet.addRow(['Báo cáo quý III']).font = { bold: true, size: 14 };
    const rows = addTable(sheet, COLUMNS.slice(0, 2), ITEMS);
    expect(rows.map((r) => r.number)).toEqual([3, 4]);
    rows[1].height = 30;
    sheet.addRow(['', 'Tổng']).font = { bold: true };
    const read = (await readBack(book)).getWorksheet('Tổng hợp')!;
    expect(
      read
        .getSheetValues()
        .slice(1)
        .map((r) => (r as unknown[]).slice(1)),
    ).toEqual([['Báo cáo quý III'], ['STT', 'Mã'], [1, 'PA-001'], [2, 'PA-002'], ['', 'Tổng']]);
    expect(read.getRow(1).getCell(1).font?.size).toBe(14);
    expect(read.getRow(2).getCell(2).font?.bold).toBe(true);
    expect(read.getRow(4).height).toBe(30);
    expect(read.getColumn(1).width).toBe(6);
  });

  it('writes an empty table as its header alone', async () => {
    const book = new ExcelJS.Workbook();
    addSheet(book, 'Trống', COLUMNS, []);
    const sheet = (await readBack(book)).getWorksheet('Trống')!;
    expect(sheet.rowCount).toBe(1);
    expect(sheet.getRow(1).getCell(1).value).toBe('STT');
  });
});
