import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { useBrowser } from './browser';
import { choose } from './select';

const b = useBrowser();

describe('procedure catalogue form and import', () => {
  it('adds and edits a procedure by form, then imports a workbook after a preview that names a bad cell', async () => {
    const page = await b.page({ as: 'vanphong' });
    // The filter keeps the new rows on the first page of the table.
    await page.goto(b.baseUrl + '/thu-tuc?q=9.1000');
    await page.getByRole('button', { name: 'Thêm thủ tục' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mã TTHC').fill('9.100001');
    await dialog.getByLabel('Thủ tục').fill('Xác nhận hoàn thành chương trình bồi dưỡng');
    await dialog.getByLabel('Lĩnh vực').fill('Văn bằng, chứng chỉ');
    await choose(page, dialog.getByLabel('Đơn vị giải quyết'), 'Phòng Quản lý chất lượng', { search: 'Quản lý chất lượng' });
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const row = page.getByRole('row', { name: /9\.100001/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('5 ngày làm việc');

    await row.getByRole('button', { name: 'Sửa thủ tục' }).click();
    await page.getByRole('dialog').getByLabel('Thời hạn', { exact: true }).fill('7');
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('row', { name: /9\.100001.*7 ngày làm việc/ }).waitFor();

    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Danh mục TTHC');
    sheet.addRow([
      'Mã TTHC',
      'Tên thủ tục',
      'Lĩnh vực',
      'Cấp thực hiện',
      'Thời hạn',
      'Phí, lệ phí (đồng)',
      'DVC trực tuyến',
      'Mức độ (cũ)',
      'Đơn vị giải quyết',
      'Mã đơn vị',
      'Kênh tiếp nhận',
      'Công khai',
    ]);
    sheet.addRow([
      '9.100002',
      'Cấp giấy chứng nhận bồi dưỡng thường xuyên',
      'Bồi dưỡng',
      'Tỉnh',
      '3 ngày làm việc',
      0,
      'Một phần',
      '',
      '',
      'TCCB',
      '1, 2',
      'Có',
    ]);
    sheet.addRow(['9.100003', 'Thủ tục sai thời hạn', 'Bồi dưỡng', 'Tỉnh', 'sớm', 0, 'Không', '', '', 'TCCB', '1', 'Có']);
    await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Nhập danh mục TTHC từ Excel' });
    const input = importDialog.locator('input[type=file]');
    await input.setInputFiles({
      name: 'danh-muc.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    });
    await importDialog.getByText("Dòng 3, cột 'Thời hạn'").waitFor();
    expect(await importDialog.getByRole('button', { name: /Ghi \d+ thay đổi/ }).isDisabled()).toBe(true);
    await b.screenshot(page, 'dossiers-procedure-import');

    sheet.getRow(3).getCell(5).value = '4 ngày làm việc';
    await input.setInputFiles({
      name: 'danh-muc-2.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    });
    await importDialog.getByRole('button', { name: /Ghi 2 thay đổi/ }).click();
    await importDialog.waitFor({ state: 'hidden' });
    await page.getByRole('row', { name: /9\.100003.*4 ngày làm việc/ }).waitFor();
    await page.getByRole('row', { name: /9\.100002/ }).waitFor();
  });
});
