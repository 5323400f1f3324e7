import { addDays, formatViDate } from '../domain/time/iso-date';
import { vietnamDateOf } from '../domain/time/vietnam-date';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { fillReceipt } from './desk';

const b = useBrowser();

function viDaysAgo(n: number): string {
  return formatViDate(addDays(vietnamDateOf(new Date()), -n));
}

/** Types a date into an Ant Design date picker found by its label. */
async function typeDate(page: Page, scope: ReturnType<Page['getByRole']> | Page, label: string, value: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  // Tab commits the typed date without submitting the surrounding form (Enter would).
  await input.press('Tab');
}

describe('one-stop desk journey', () => {
  it('receives a dossier, requests a supplement, returns it late with an apology, and the citizen finds it', async () => {
    const page = await b.page({ as: 'motcua' });
    const dialog = await fillReceipt(page, b.baseUrl, 'Chỉnh sửa nội dung văn bằng', 'Đỗ Thị Lan', '0903 111 2468');
    await typeDate(page, dialog, 'Ngày tiếp nhận', viDaysAgo(30));
    await b.screenshot(page, 'dossiers-receive');
    await dialog.getByRole('button', { name: /Lưu/ }).click();

    const drawer = page.locator('.ant-drawer');
    await drawer.getByTestId('dossier-state').getByText('Được tiếp nhận').waitFor();
    const code = (await drawer.locator('.ant-drawer-title').textContent())!.trim();

    await drawer.getByRole('button', { name: 'Yêu cầu bổ sung' }).click();
    await typeDate(page, drawer, 'Ngày', viDaysAgo(28));
    await drawer.getByLabel('Lý do / nội dung').fill('Bổ sung bản sao giấy khai sinh có chứng thực');
    await drawer.getByRole('button', { name: /Lưu/ }).click();
    await drawer.getByTestId('dossier-state').getByText('Yêu cầu bổ sung giấy tờ').waitFor();

    await drawer.getByRole('button', { name: 'Nhận hồ sơ bổ sung' }).click();
    await typeDate(page, drawer, 'Ngày', viDaysAgo(26));
    await drawer.getByRole('button', { name: /Lưu/ }).click();
    await drawer.getByTestId('dossier-state').getByText('Đang xử lý').waitFor();

    await drawer.getByRole('button', { name: 'Đã xử lý xong' }).click();
    await drawer.getByRole('button', { name: /Lưu/ }).click();
    await drawer.getByTestId('dossier-state').getByText('Đã xử lý xong').waitFor();
    await drawer.getByText('Trễ hạn', { exact: true }).waitFor();
    await drawer.getByText('Cần văn bản xin lỗi').waitFor();

    await drawer.getByRole('button', { name: 'Viết văn bản xin lỗi' }).click();
    await drawer.getByLabel('Lý do / nội dung').fill('Phải xác minh sổ gốc tại trường cũ');
    await typeDate(page, drawer, 'Ngày hẹn trả mới', viDaysAgo(-2));
    await drawer.getByLabel('Người ký').fill('Phó Giám đốc Nguyễn Văn Hùng');
    await drawer.getByRole('button', { name: /Lưu/ }).click();
    await drawer.getByText(/Xin lỗi vì chậm trả kết quả/).waitFor();
    await expect.poll(() => drawer.getByText('Cần văn bản xin lỗi').count()).toBe(0);

    await drawer.getByRole('button', { name: 'Trả kết quả' }).click();
    await drawer.getByRole('button', { name: /Lưu/ }).click();
    await drawer.getByTestId('dossier-state').getByText('Đã trả kết quả').waitFor();
    await b.screenshot(page, 'dossiers-returned-late');
    await page.context().close();

    const citizen = await b.page();
    await citizen.goto(b.baseUrl + '/cong-khai/tra-cuu-ho-so');
    await citizen.getByLabel('Mã hồ sơ').fill(code);
    await citizen.getByLabel('4 số cuối điện thoại').fill('2468');
    await citizen.getByRole('button', { name: 'Tra cứu' }).click();
    await citizen.getByTestId('public-state').getByText('Đã trả kết quả').waitFor();
    const text = await citizen.locator('body').textContent();
    expect(text).toContain('Yêu cầu bổ sung: Bổ sung bản sao giấy khai sinh');
    expect(text).not.toContain('Đỗ Thị Lan');
    await b.screenshot(citizen, 'dossiers-public-lookup');
    await citizen.context().close();
  });

  it('shows the dashboard and the administrator calendar with Tết', async () => {
    const page = await b.page({ as: 'admin' });
    await page.goto(b.baseUrl + '/ho-so/bang-dieu-khien');
    await page.locator('canvas').first().waitFor();
    await b.screenshot(page, 'dossiers-dashboard');
    await page.goto(b.baseUrl + '/admin/lich?year=2025');
    await page.getByRole('cell', { name: 'Tết Nguyên đán' }).first().waitFor();
    await b.screenshot(page, 'dossiers-calendar');
    await page.context().close();
  });
});
