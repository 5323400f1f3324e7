import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const b = useBrowser({ today: '2025-11-24' });

async function downloadBook(page: Page): Promise<{ name: string; book: ExcelJS.Workbook }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('Tải bảng Excel').click()]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await download.path())!);
  return { name: download.suggestedFilename(), book };
}

/** A row's cells from column A on (ExcelJS keeps an empty slot 0). */
const rowOf = (book: ExcelJS.Workbook, sheet: string, row: number) => (book.getWorksheet(sheet)!.getRow(row).values as unknown[]).slice(1);

describe('external indices page', () => {
  it('a leader follows each index over the years; the Office corrects a sub-indicator and sees the error on its cell', async () => {
    const leader = await b.page({ as: 'lanhdao' });
    await leader.goto(b.baseUrl + '/reports/external-indices?index=PAR&year=2021');
    await leader.getByText('PAR Index qua các năm').waitFor();
    // Seed 002: 2021, 97.65 points, 02/18, with the areas' ranks.
    await leader.getByRole('row', { name: /2021.*02\/18/ }).waitFor();
    await leader.getByRole('row', { name: /Cải cách thủ tục hành chính.*11\/18/ }).waitFor();
    expect(await leader.locator('canvas').count()).toBeGreaterThan(0);
    expect(await leader.getByRole('button', { name: 'Sửa chỉ số thành phần' }).count()).toBe(0);
    await b.screenshot(leader, 'reports-external-par');
    // The Excel file of the shown index: one sheet a year, each compared with the year before.
    const par = await downloadBook(leader);
    expect(par.name).toBe('Chỉ số bên ngoài PAR Index.xlsx');
    expect(par.book.worksheets.map((w) => w.name)).toEqual(['PAR 2021', 'PAR 2022', 'PAR 2023', 'PAR 2024']);
    expect(rowOf(par.book, 'PAR 2024', 4)).toEqual([
      'PAR',
      'PAR Index (chỉ số chung)',
      93.8,
      undefined,
      '02/18',
      92.3,
      1.5,
      '02/18',
      0,
      expect.stringContaining('minh họa'),
    ]);
    await leader.getByText('SIPAS', { exact: true }).click();
    await leader.getByRole('row', { name: /2021.*15\/21/ }).waitFor();
    expect(leader.url()).toContain('index=SIPAS');
    // The button follows the index shown; SIPAS's aspects are compared one by one (illustrative 2023 → 2024 figures).
    const sipas = await downloadBook(leader);
    expect(sipas.name).toBe('Chỉ số bên ngoài SIPAS.xlsx');
    expect(sipas.book.getWorksheet('SIPAS 2024')!.getCell('A2').value).toBe('So sánh với năm 2023');
    expect(rowOf(sipas.book, 'SIPAS 2024', 4).slice(0, 9)).toEqual(['SIPAS', 'SIPAS (chỉ số chung)', 88.3, undefined, '06/21', 86.9, 1.4, '08/21', 2]);
    expect(rowOf(sipas.book, 'SIPAS 2024', 6)).toEqual(['TTHC', 'Thủ tục hành chính', 89.1, 100, undefined, 87.7, 1.4]);
    await leader.context().close();

    const office = await b.page({ as: 'vanphong' });
    await office.goto(b.baseUrl + '/reports/external-indices?index=PAR&year=2024');
    await office.getByRole('button', { name: 'Sửa chỉ số thành phần' }).click();
    const dialog = office.getByRole('dialog');
    await dialog.getByLabel('Thứ hạng').nth(2).fill('19');
    await dialog.getByRole('button', { name: 'Lưu bảng' }).click();
    await dialog.getByText("Dòng 3, cột 'Thứ hạng': hạng 19 vượt quá số đơn vị xếp hạng (18).").first().waitFor();
    await b.screenshot(office, 'reports-external-edit-error');
    await dialog.getByLabel('Thứ hạng').nth(2).fill('5');
    await dialog.getByRole('button', { name: 'Lưu bảng' }).click();
    await office.getByText('Đã lưu chỉ số thành phần.').waitFor();
    await office.getByRole('row', { name: /Cải cách thủ tục hành chính.*05\/18/ }).waitFor();
  });
});
