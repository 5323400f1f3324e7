import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { useBrowser } from './browser';
import { choose } from './select';

const b = useBrowser();

describe('Bộ chỉ số 766 page', () => {
  it('shows the groups, points and explanations of the demo register, keeps the period in the URL and exports it', async () => {
    const page = await b.page({ as: 'vanphong' });
    await page.goto(b.baseUrl + '/ho-so/bo-chi-so-766');
    await page.getByTestId('kpi766-total').waitFor();
    expect(await page.getByText('Tiến độ giải quyết:').count()).toBeGreaterThan(0);
    // Complaints and surveys are not held here: shown as "chưa có dữ liệu", not as 0 points.
    expect(await page.getByText('Chưa có dữ liệu').count()).toBeGreaterThan(0);
    expect(await page.getByText(/Giải quyết đúng hạn: hồ sơ đúng hạn \d+\/\d+/).count()).toBe(1);
    await page.getByText('So sánh đơn vị trực thuộc').waitFor();
    await choose(page, page.getByLabel('Bộ trọng số'), 'Phiên bản đầu (5 nhóm)');
    await page.waitForURL(/weights=766-first/);
    await page.getByText('Bộ chỉ số 766 – phiên bản đầu (5 nhóm)', { exact: false }).first().waitFor();
    await b.screenshot(page, 'dossiers-kpi766');

    const href = await page.getByRole('link', { name: 'Xuất Excel' }).getAttribute('href');
    const file = await page.request.get(b.baseUrl + href);
    expect(file.status()).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await file.body()) as unknown as ArrayBuffer);
    expect(book.getWorksheet('Điểm chỉ số')!.getCell('A1').value).toMatch(/^Bộ chỉ số 766 – /);
    expect(book.getWorksheet('So sánh đơn vị')!.rowCount).toBeGreaterThan(4);
  });
});
