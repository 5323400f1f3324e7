import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

// The demo's "today": late 2025, with the quarterly windows past and the yearly one open.
const b = useBrowser({ today: '2025-11-24' });
const Q3 = 'Báo cáo CCHC quý III năm 2025';

describe('periodic reports journeys', () => {
  it('a school sends its quarterly report; the Office sees the board change, returns it, aggregates and downloads Word and Excel', async () => {
    const school = await b.page({ as: 'truong' });
    await school.goto(b.baseUrl + '/reports?year=2025');
    await school.getByText(Q3).click();
    const row = school.getByRole('row', { name: /Trường THPT Trần Phú/ });
    await row.getByText('Chưa gửi, quá hạn').waitFor();
    await row.getByRole('button', { name: 'Mở báo cáo' }).click();
    await school.getByLabel('Số văn bản chỉ đạo, điều hành về CCHC đã ban hành').fill('5');
    await school.getByLabel('I. Công tác chỉ đạo, điều hành').fill('Nhà trường đã ban hành kế hoạch CCHC quý III và phân công rõ người, rõ việc.');
    await school.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect.poll(() => school.getByTestId('report-status').textContent()).toBe('Đã gửi');
    await b.screenshot(school, 'reports-school-sent');
    await school.context().close();

    const office = await b.page({ as: 'vanphong' });
    await office.goto(b.baseUrl + '/reports?year=2025');
    await office.getByText(Q3).click();
    const tp = office.getByRole('row', { name: /Trường THPT Trần Phú/ });
    await tp.getByText('Trễ hạn').waitFor();
    const before = await office.getByTestId('board-counts').textContent();
    await b.screenshot(office, 'reports-board');
    await tp.getByRole('button', { name: 'Mở báo cáo' }).click();
    await office.getByRole('button', { name: 'Trả lại để chỉnh sửa' }).click();
    await office.getByRole('dialog').getByLabel('Lý do trả lại').fill('Bổ sung số liệu tuyên truyền về CCHC trong quý III.');
    await office.getByRole('dialog').getByRole('button', { name: 'Trả lại để chỉnh sửa' }).click();
    await expect.poll(() => office.getByTestId('report-status').textContent()).toBe('Bị trả lại');
    await office.getByText('Quay lại bảng theo dõi').click();
    // A returned report no longer counts as sent: the school is back among the missing ones.
    await office
      .getByRole('row', { name: /Trường THPT Trần Phú/ })
      .getByText('Chưa gửi, quá hạn')
      .waitFor();
    const after = await office.getByTestId('board-counts').textContent();
    expect(after).not.toBe(before);
    expect(Number(/Trễ hạn (\d+)/.exec(after!)![1])).toBe(Number(/Trễ hạn (\d+)/.exec(before!)![1]) - 1);

    await office.getByText('Tổng hợp báo cáo của Sở').click();
    await office.getByText(/Đơn vị chưa gửi \(\d+\)/).waitFor();
    await office.getByRole('cell', { name: 'Số văn bản chỉ đạo, điều hành về CCHC đã ban hành' }).waitFor();
    await b.screenshot(office, 'reports-aggregate');
    const [word] = await Promise.all([office.waitForEvent('download'), office.getByText('Tải báo cáo Word').click()]);
    expect(word.suggestedFilename()).toBe(`${Q3}.docx`);
    const xml = await (await JSZip.loadAsync(readFileSync((await word.path())!))).file('word/document.xml')!.async('string');
    expect(xml).toContain('>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<');
    expect(xml).toContain('Trường THPT Trần Phú');
    const [excel] = await Promise.all([office.waitForEvent('download'), office.getByText('Tải bảng Excel').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await excel.path())!);
    expect(book.getWorksheet('Tổng hợp')!.getCell('A1').value).toBe(Q3);
    const missing = book.getWorksheet('Chưa gửi')!.getColumn(1).values.slice(2);
    expect(missing).toContain('Trường THPT Trần Phú');
    await office.context().close();
  });

  it('a leader opens the dashboard with every figure linking to its list', async () => {
    const page = await b.page({ as: 'lanhdao' });
    await page.goto(b.baseUrl + '/dashboard?year=2025');
    await page.getByText('Bảng điều hành của lãnh đạo Sở').waitFor();
    await page.getByTestId('tile-reports.missingCount').waitFor();
    await page.getByText('Tình hình gửi báo cáo định kỳ').waitFor();
    await page.locator('canvas').first().waitFor();
    await b.screenshot(page, 'reports-dashboard');
    await page.getByTestId('tile-reports.onTimeRate').click();
    await page.waitForURL(/\/reports/);
    // Targets met and at risk of the department's 2025 plan, read from the plans feature, open its targets tab.
    await page.goto(b.baseUrl + '/dashboard?year=2025');
    await page
      .getByTestId('tile-targets')
      .getByText(/Có nguy cơ không đạt \d+/)
      .waitFor();
    await page.getByTestId('tile-targets').click();
    await page.waitForURL(/\/plans\/\d+\?tab=targets/);
    await page.context().close();
  });

  it('the Office records an inspection, the school reports its recommendation done, and initiatives are searchable', async () => {
    const office = await b.page({ as: 'vanphong' });
    await office.goto(b.baseUrl + '/reports/inspections?year=2025');
    // 34 units of the department today (wards, the merged divisions and Hải Dương's schools since 2025).
    await office.getByText(/Đã kiểm tra 6\/34 đơn vị/).waitFor();
    await office
      .getByRole('row', { name: /Phòng Giáo dục và Đào tạo quận Hồng Bàng/ })
      .getByRole('button', { name: 'Ghi kết quả kiểm tra' })
      .click();
    const dialog = office.getByRole('dialog');
    await dialog.getByLabel('Ngày kiểm tra').fill('25/11/2025');
    await dialog.getByLabel('Ngày kiểm tra').press('Enter');
    await dialog.getByLabel('Đoàn kiểm tra').fill('Văn phòng Sở');
    await dialog.getByLabel('Kết quả').fill('Niêm yết TTHC chưa đầy đủ tại bộ phận một cửa.');
    await dialog.getByLabel('Kiến nghị (mỗi dòng một kiến nghị)').fill('Bổ sung niêm yết TTHC mới công bố.');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await office.getByText(/Đã kiểm tra 7\/34 đơn vị/).waitFor();
    await b.screenshot(office, 'reports-inspections');
    await office.context().close();

    const school = await b.page({ as: 'truong' });
    await school.goto(b.baseUrl + '/reports/inspections?year=2025');
    await school.getByRole('button', { name: 'Báo cáo đã khắc phục' }).click();
    await school.getByLabel('Kết quả khắc phục').fill('Đã công khai kết quả xử lý phản ánh trên trang của trường.');
    await school
      .getByRole('dialog')
      .getByRole('button', { name: /OK|Đồng ý/ })
      .click();
    await school.getByText('đã khắc phục', { exact: true }).waitFor();
    await school.goto(b.baseUrl + '/reports/initiatives?q=' + encodeURIComponent('liên lạc'));
    await school.getByRole('cell', { name: 'Sổ liên lạc điện tử kết nối phụ huynh và nhà trường' }).waitFor();
    expect(await school.getByRole('row').count()).toBe(2);
    await b.screenshot(school, 'reports-initiatives');
    await school.context().close();
  });
});
