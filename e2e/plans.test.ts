import { describe, expect, it } from 'vitest';
import { buildAppendixWorkbook } from '../server/modules/plans/appendix-workbook';
import { PDF as EVIDENCE_PDF } from '../test/factories';
import { seed003AppendixLines } from '../server/modules/plans/test-support';
import { useBrowser } from './browser';

const b = useBrowser();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('plans journeys', () => {
  it('the Office creates a plan, a bad appendix shows its row errors and stores nothing, the seed-003 appendix imports, a progress update with evidence changes the statistics', async () => {
    const page = await b.page({ as: 'vanphong' });
    await page.goto(b.baseUrl + '/plans?year=2025');
    await page.getByText('Kế hoạch công tác Cải cách hành chính nhà nước năm 2025').first().waitFor();
    await page.getByText('Gửi muộn').first().waitFor(); // the 15/01 check: THPT Trần Phú sent late
    await b.screenshot(page, 'plans-list');

    await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên kế hoạch').fill('Kế hoạch CCHC năm 2025 của Văn phòng Sở');
    await dialog.getByRole('button', { name: /Lưu/ }).click();
    await page.getByTestId('plan-status').filter({ hasText: 'Dự thảo' }).waitFor();
    const planUrl = page.url();

    // A bad file: errors per row and column, the save button stays disabled, nothing is stored.
    const bad = seed003AppendixLines().slice(0, 3);
    bad[1] = { ...bad[1], lead: 'Phòng Không Tồn Tại' };
    bad[2] = { ...bad[2], time: 'khi nào xong' };
    await page.getByRole('button', { name: 'Nhập phụ lục từ Excel' }).click();
    let modal = page.getByRole('dialog');
    await modal
      .locator('input[type=file]')
      .setInputFiles({ name: 'phu-luc-loi.xlsx', mimeType: XLSX, buffer: await buildAppendixWorkbook('Phụ lục lỗi', bad) });
    await modal.getByText("Dòng 7, cột 'Chủ trì'").waitFor();
    await modal.getByText("Dòng 8, cột 'Thời gian'").waitFor();
    expect(await modal.getByRole('button', { name: 'Lưu tất cả' }).isDisabled()).toBe(true);
    await b.screenshot(page, 'plans-import-errors');
    await modal.getByRole('button', { name: 'Hủy' }).click();
    await page.getByText('Chưa có dữ liệu').first().waitFor();

    // The seed-003 appendix, laid out as printed.
    await page.getByRole('button', { name: 'Nhập phụ lục từ Excel' }).click();
    modal = page.getByRole('dialog');
    await modal
      .locator('input[type=file]')
      .setInputFiles({ name: 'phu-luc-2025.xlsx', mimeType: XLSX, buffer: await buildAppendixWorkbook('Nhiệm vụ CCHC năm 2025', seed003AppendixLines()) });
    await modal.getByText('18 dòng nhiệm vụ đọc được').waitFor();
    await b.screenshot(page, 'plans-import-preview');
    await modal.getByRole('button', { name: 'Lưu tất cả' }).click();
    await page.getByText('Đã nhập 18 nhiệm vụ.').waitFor();
    await expect.poll(() => page.locator('.ant-tabs .ant-table-tbody tr.ant-table-row').count()).toBe(18);
    await b.screenshot(page, 'plans-tasks');

    // Statistics before the update.
    const stat = (title: string) =>
      page.locator('[data-testid=stats-total] .ant-col', { hasText: title }).locator('.ant-statistic-content-value').textContent();
    await page.getByRole('tab', { name: 'Thống kê kết quả' }).click();
    await page.getByTestId('stats-total').waitFor();
    expect(await stat('Hoàn thành trong hạn')).toBe('0');
    expect(await stat('Chưa hoàn thành, quá hạn')).toBe('1');

    // Task 1 ("Trước ngày 15/01/2025") done on 10/01/2025 with an evidence file.
    await page.goto(planUrl + '?tab=tasks');
    await page.getByRole('cell', { name: 'Ban hành Kế hoạch CCHC năm 2025' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('Tiến độ (%)').fill('100');
    await drawer.getByLabel('Ngày hoàn thành').click();
    await drawer.getByLabel('Ngày hoàn thành').fill('10/01/2025');
    await drawer.getByLabel('Ngày hoàn thành').press('Enter');
    await drawer.getByLabel('Ghi chú').fill('Kế hoạch đã ban hành');
    await drawer.locator('input[type=file]').setInputFiles({ name: 'ke-hoach-da-ky.pdf', mimeType: 'application/pdf', buffer: EVIDENCE_PDF });
    await drawer.getByText('ke-hoach-da-ky.pdf').waitFor();
    await drawer.getByRole('button', { name: 'Lưu' }).click();
    await drawer.getByTestId('task-outcome').filter({ hasText: 'Hoàn thành trong hạn' }).waitFor();
    await drawer.getByRole('link', { name: /ke-hoach-da-ky\.pdf/ }).waitFor();
    await b.screenshot(page, 'plans-task-drawer');
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: 'Thống kê kết quả' }).click();
    await expect.poll(() => stat('Hoàn thành trong hạn')).toBe('1');
    expect(await stat('Chưa hoàn thành, quá hạn')).toBe('0');
    await page.locator('canvas').first().waitFor();
    await b.screenshot(page, 'plans-stats');

    await page.getByRole('tab', { name: 'Tiến độ năm' }).click();
    await page.getByTestId('timeline').waitFor();
    await b.screenshot(page, 'plans-timeline');
    await page.context().close();
  });

  it("a school sees its own tasks, what is overdue, and only its part of the department's plan", async () => {
    const page = await b.page({ as: 'truong' });
    await page.goto(b.baseUrl + '/plans/my-tasks');
    await page.getByTestId('mine-overdue').getByText('Số hóa hồ sơ học sinh, sổ điểm điện tử').waitFor();
    await b.screenshot(page, 'plans-my-tasks');
    const seen = await page.evaluate(async () => {
      const plans = (await (await fetch('/api/plans?year=2025')).json()) as Array<{ id: number; unitName: string }>;
      const dept = plans.find((p) => p.unitName.startsWith('Sở'))!;
      return ((await (await fetch(`/api/plans/${dept.id}/tasks`)).json()) as unknown[]).length;
    });
    expect(seen).toBe(2);
    await page.context().close();
  });
});
