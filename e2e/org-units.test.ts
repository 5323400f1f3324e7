import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { choose } from './select';

// A department that has not recorded 2025's reform yet: the administrator records it.
const b = useBrowser({ reform: false });

describe('units over time', () => {
  it('an administrator dissolves a district office into two wards, previews what moves, confirms; the history keeps both structures, and the Office sees the old office’s report of last year and this year’s board of the wards', async () => {
    const page = await b.page({ as: 'admin' });
    await page.goto(b.baseUrl + '/admin/units');
    await page.getByText('Phòng Giáo dục và Đào tạo quận Lê Chân').first().click();
    await page.getByRole('button', { name: 'Giải thể (có đơn vị kế thừa)' }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByLabel('Ngày có hiệu lực').fill('01/07/2025');
    await drawer.getByLabel('Ngày có hiệu lực').press('Enter');
    await drawer.getByLabel('Số văn bản quyết định').fill('1669/NQ-UBTVQH15');
    await drawer.getByLabel('Cơ quan ban hành').fill('Ủy ban Thường vụ Quốc hội');
    await drawer.getByLabel('Mã').first().fill('P-LECHAN');
    await drawer.getByLabel('Tên đơn vị mới').first().fill('UBND phường Lê Chân');
    await drawer.getByRole('button', { name: 'Thêm đơn vị kế thừa' }).click();
    await drawer.getByLabel('Mã').nth(1).fill('P-ANBIEN');
    await drawer.getByLabel('Tên đơn vị mới').nth(1).fill('UBND phường An Biên');
    await choose(page, drawer.getByLabel('Trường THCS Chu Văn An'), 'UBND phường An Biên');
    await drawer.getByRole('button', { name: 'Xem trước' }).click();

    const preview = drawer.getByTestId('org-change-preview');
    await preview.getByText('Giải thể «Phòng Giáo dục và Đào tạo quận Lê Chân» từ ngày 01/07/2025').waitFor();
    await preview.getByRole('row', { name: /Trường THCS Chu Văn An.*UBND phường An Biên/ }).waitFor();
    const users = preview.getByTestId('preview-group-users');
    await users
      .getByRole('row', { name: /Bùi Thị Mai \(pgdlechan\)/ })
      .getByText('Cho xem lịch sử đơn vị cũ')
      .click();
    await preview.getByText('pgdlechan → Phòng Giáo dục và Đào tạo quận Lê Chân').waitFor();
    await b.screenshot(page, 'org-change-preview');
    await drawer.getByRole('button', { name: 'Xác nhận ghi thay đổi' }).click();
    await page.getByText('Đã ghi thay đổi tổ chức.').waitFor();

    // Today: the school hangs under its ward, the office is gone from the tree; its history says who carries it on.
    const tree = page.getByTestId('unit-tree');
    await tree.getByText('UBND phường An Biên').waitFor();
    expect(await tree.getByText('Phòng Giáo dục và Đào tạo quận Lê Chân').count()).toBe(0);
    await page.getByLabel('Cơ cấu tại ngày').fill('31/12/2024');
    await page.getByLabel('Cơ cấu tại ngày').press('Enter');
    await tree.getByText('Phòng Giáo dục và Đào tạo quận Lê Chân').click();
    const history = page.getByTestId('unit-history');
    await history.getByText('UBND phường Lê Chân').first().waitFor();
    expect(await history.textContent()).toContain('Đơn vị đang kế thừa hôm nay: UBND phường Lê Chân, UBND phường An Biên');
    await b.screenshot(page, 'org-unit-history');
    await page.getByRole('tab', { name: 'Thay đổi tổ chức đã ghi' }).click();
    await page
      .getByTestId('org-changes')
      .getByText(/01\/07\/2025 — Giải thể «Phòng Giáo dục và Đào tạo quận Lê Chân»/)
      .waitFor();
    await page.context().close();

    // The Office: last year's report of the old office is still there, under its own name, with what it said.
    const office = await b.page({ as: 'vanphong' });
    await office.goto(b.baseUrl + '/reports?year=2025');
    await office.getByText('Báo cáo CCHC quý I năm 2025').click();
    const oldOffice = office.getByRole('row', { name: /Phòng Giáo dục và Đào tạo quận Lê Chân/ });
    await oldOffice.getByText('Đúng hạn').waitFor();
    await oldOffice.getByRole('button', { name: 'Mở báo cáo' }).click();
    await office.getByRole('heading', { name: 'Báo cáo CCHC quý I năm 2025 — Phòng Giáo dục và Đào tạo quận Lê Chân' }).waitFor();
    await expect.poll(() => office.getByLabel('I. Công tác chỉ đạo, điều hành').inputValue()).toContain('ban hành kế hoạch CCHC năm 2025');
    await b.screenshot(office, 'org-change-old-office-report');

    // This year's period is opened for today's units: the wards report, the dissolved office no longer does.
    await office.goto(b.baseUrl + '/reports?year=2026');
    await office.getByRole('button', { name: 'Mở kỳ báo cáo' }).click();
    const dialog = office.getByRole('dialog');
    await choose(office, dialog.getByLabel('Mẫu báo cáo'), /Báo cáo công tác cải cách hành chính định kỳ/);
    await dialog.getByRole('button', { name: /OK|Đồng ý/ }).click();
    await office.getByText('Báo cáo CCHC quý I năm 2026').click();
    await office.getByRole('row', { name: /UBND phường Lê Chân/ }).waitFor();
    await office.getByRole('row', { name: /UBND phường An Biên/ }).waitFor();
    expect(await office.getByRole('row', { name: /Phòng Giáo dục và Đào tạo quận Lê Chân/ }).count()).toBe(0);
    await b.screenshot(office, 'org-change-wards-board');
    await office.context().close();
  });
});
