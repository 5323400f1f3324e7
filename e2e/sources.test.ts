import { describe, expect, it } from 'vitest';
import { fixtureDossiers, form07 } from '../server/modules/sources/source-file-fixtures';
import { useBrowser } from './browser';
import { choose } from './select';

const b = useBrowser();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('a file source from a sample to reconciliation', () => {
  it('registers a source from a form-07 sample, saves the profile, takes the next file and reconciles March', async () => {
    const page = await b.page({ as: 'vanphong' });
    await page.goto(b.baseUrl + '/nguon-du-lieu');
    // The demo's pull source is listed with its schedule.
    await page.getByRole('row', { name: /Hệ thống thông tin giải quyết TTHC tỉnh \(mô phỏng\).*15 phút một lần/ }).waitFor();
    await b.screenshot(page, 'sources-list');
    await page.getByRole('button', { name: 'Thêm nguồn tệp' }).click();

    await page.getByLabel('Tên nguồn').fill('Sổ theo dõi hồ sơ xuất từ một cửa tỉnh');
    await page.getByLabel('Mã nguồn').fill('so-theo-doi-e2e');
    await choose(page, page.getByLabel('Cấp dữ liệu cho'), 'Sở Giáo dục và Đào tạo Hải Phòng', { search: 'Sở Giáo dục' });
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'so-theo-doi-thang-02.xlsx', mimeType: XLSX, buffer: await form07(fixtureDossiers(25, 'MAU')) });
    await page.getByRole('button', { name: 'so-theo-doi-thang-02.xlsx' }).waitFor();
    await page.getByRole('button', { name: 'Tiếp' }).click();

    // The header is found under the title block, two rows deep (merged cells).
    const pick = page.getByRole('button', { name: 'Dùng dòng 4 làm tiêu đề' });
    await pick.waitFor();
    expect(await page.getByLabel('2 dòng (ô gộp)').isChecked()).toBe(true);
    await b.screenshot(page, 'sources-header-row');
    await pick.click();

    // Columns matched from the header's words, merged cells joined with their sub-columns.
    const received = page.getByLabel('Trường / cột của nguồn: Ngày tiếp nhận');
    await received.waitFor();
    expect(await received.locator('xpath=ancestor::div[contains(@class, "ant-select")][1]').textContent()).toContain('Nhận hồ sơ / Ngày, giờ');
    await b.screenshot(page, 'sources-columns');
    await page.getByRole('button', { name: 'Kiểm tra 20 dòng' }).click();
    await page.getByText('20 dòng đầu đọc được, không có lỗi').waitFor();
    await page.getByRole('cell', { name: 'MAU-0001' }).waitFor();
    await b.screenshot(page, 'sources-preview');
    await page.getByRole('button', { name: 'Lưu nguồn' }).click();

    // The source's page: drop the next export.
    await page
      .getByRole('heading', { name: 'Sổ theo dõi hồ sơ xuất từ một cửa tỉnh' })
      .or(page.getByText('Sổ theo dõi hồ sơ xuất từ một cửa tỉnh').first())
      .waitFor();
    await page
      .locator('.ant-upload-drag input[type=file]')
      .setInputFiles({ name: 'so-theo-doi-thang-03.xlsx', mimeType: XLSX, buffer: await form07(fixtureDossiers(30), { broken: 'procedure' }) });
    const run = page.getByRole('row', { name: /Thành công.*so-theo-doi-thang-03\.xlsx\s*31\s*30\s*0\s*0\s*1/ });
    await run.waitFor({ timeout: 60_000 });
    await page.getByTestId('data-age').waitFor();
    await b.screenshot(page, 'sources-run');
    await run.click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByText('Dòng bị từ chối (1)').waitFor();
    await drawer.getByRole('row', { name: /Dòng 36.*TEP-LOI-4.*'Mã TTHC' \(mã thủ tục\).*9\.999999/ }).waitFor();
    await b.screenshot(page, 'sources-run-detail');
    await drawer.getByRole('button', { name: 'Close' }).or(drawer.locator('.ant-drawer-close')).first().click();

    // March: the source's report typed in, beside what cchc computed; the refused row explains the gap.
    await page.getByRole('tab', { name: 'Đối chiếu số liệu' }).click();
    await page.getByText('Chưa có số liệu nguồn báo cáo cho tháng này').waitFor();
    const form = page
      .getByRole('form', { name: 'Nhập số liệu nguồn báo cáo' })
      .or(page.locator('form').filter({ hasText: 'Nhập số liệu nguồn báo cáo' }))
      .first();
    await form.getByLabel('Tiếp nhận').fill('31');
    await form.getByLabel('Giải quyết xong').fill('20');
    await form.getByLabel('Trước và đúng hạn').fill('20');
    await form.getByLabel('Quá hạn').fill('0');
    await form.getByRole('button', { name: 'Lưu và đối chiếu' }).click();
    const line = page.getByRole('row', { name: /Tiếp nhận trong tháng\s*31\s*30\s*\+1.*TEP-LOI-4/ });
    await line.waitFor();
    await line.getByRole('button').first().click();
    await page.getByText(/TEP-LOI-4: không nhập được: 'Mã TTHC' \(mã thủ tục\): thủ tục '9\.999999' không có trong danh mục TTHC/).waitFor();
    await page.getByRole('row', { name: /Giải quyết xong trong tháng\s*20\s*20\s*0/ }).waitFor();
    await b.screenshot(page, 'sources-reconciliation');
  });

  it("shows a pull source's mapping with what the portal format says of each field, and makes a key for the province", async () => {
    const page = await b.page({ as: 'admin' });
    await page.goto(b.baseUrl + '/nguon-du-lieu');
    await page.getByRole('link', { name: 'Hệ thống thông tin giải quyết TTHC tỉnh (mô phỏng)' }).click();
    await page.getByRole('tab', { name: 'Cấu hình' }).click();
    await page.getByRole('row', { name: /Ngày tiếp nhận.*NgayTiepNhan \(ngày\).*yyyyMMddHHmmss/ }).waitFor();
    await page.getByRole('row', { name: /Luân chuyển điện tử.*Không tìm thấy trường luân chuyển/ }).waitFor();
    await b.screenshot(page, 'sources-pull-config');

    await page.goto(b.baseUrl + '/admin/khoa-truy-cap');
    await page.getByLabel('Tên khóa').fill('Hệ thống báo cáo của tỉnh');
    await choose(page, page.getByLabel('Phạm vi đơn vị'), 'Sở Giáo dục và Đào tạo Hải Phòng', { search: 'Sở Giáo dục' });
    await page.getByRole('button', { name: 'Tạo khóa' }).click();
    await page.getByText('Sao chép khóa ngay: khóa chỉ hiện một lần này.').waitFor();
    const key = (await page.locator('.ant-alert code').textContent())!.trim();
    expect(key).toMatch(/^cchc_/);
    const res = await fetch(`${b.baseUrl}/api/outbound/kpi766.csv?year=2025`, { headers: { authorization: `Bearer ${key}` } });
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    // A byte-order mark first, so Excel opens the Vietnamese text as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toBe('don_vi,ky,loai,ma,ten,gia_tri,ty_le,diem,diem_toi_da,trang_thai');
    await page.getByRole('row', { name: /Hệ thống báo cáo của tỉnh.*Sở Giáo dục và Đào tạo Hải Phòng/ }).waitFor();
  });
});
