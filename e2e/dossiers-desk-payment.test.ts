import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { fillReceipt } from './desk';
import { choose } from './select';

const b = useBrowser();

async function save(drawer: Locator) {
  await drawer.getByRole('button', { name: /Lưu/ }).click();
}

describe('desk steps: payment, extension and rejection at receipt', () => {
  it('requests the fee, records it paid online, extends the time limit and resolves the dossier', async () => {
    const page = await b.page({ as: 'motcua' });
    const dialog = await fillReceipt(page, b.baseUrl, 'Cấp giấy chứng nhận tập huấn nghiệp vụ kiểm định', 'Hoàng Minh Châu', '0905 333 9876');
    await choose(page, dialog.getByLabel('Hình thức tiếp nhận'), 'Trực tuyến');
    await save(dialog);

    const drawer = page.locator('.ant-drawer');
    await drawer.getByTestId('dossier-state').getByText('Được tiếp nhận').waitFor();
    const code = (await drawer.locator('.ant-drawer-title').textContent())!.trim();
    // Only the steps the life cycle allows from "received": no payment recorded before it was asked for.
    expect(await drawer.getByRole('button', { name: 'Ghi nhận đã nộp phí' }).count()).toBe(0);

    await drawer.getByRole('button', { name: 'Yêu cầu nộp phí, lệ phí' }).click();
    expect(await drawer.getByLabel('Số tiền phải nộp (đồng)').inputValue()).toMatch(/^50[.,]?000$/);
    await drawer.getByLabel('Ghi chú').fill('Lệ phí cấp giấy chứng nhận');
    await save(drawer);
    await drawer.getByTestId('dossier-state').getByText('Yêu cầu thực hiện nghĩa vụ tài chính').waitFor();
    await drawer.getByText(/50\.000 đồng \(Lệ phí cấp giấy chứng nhận\)/).waitFor();
    await drawer.getByText('Tạm dừng chờ thực hiện nghĩa vụ tài chính').waitFor();
    expect(await drawer.getByRole('button', { name: 'Gia hạn giải quyết' }).count()).toBe(0);

    await drawer.getByRole('button', { name: 'Ghi nhận đã nộp phí' }).click();
    await drawer.getByText('Thanh toán trực tuyến', { exact: true }).click();
    await save(drawer);
    await drawer.getByTestId('dossier-state').getByText('Đang xử lý').waitFor();
    await drawer.getByText('Đã thanh toán trực tuyến', { exact: true }).waitFor();

    // A working day three working days after the due date in force, from the server's own calendar.
    const { dueOn } = await (await page.request.get(`${b.baseUrl}/api/dossiers/${encodeURIComponent(code)}`)).json();
    const { due: newDue } = await (await page.request.get(`${b.baseUrl}/api/calendar/due-date?start=${dueOn}&days=3`)).json();
    const newDueVi = newDue.split('-').reverse().join('/');
    await drawer.getByRole('button', { name: 'Gia hạn giải quyết' }).click();
    await drawer.getByLabel('Lý do / nội dung').fill('Cần xác minh danh sách học viên với đơn vị tổ chức tập huấn');
    const input = drawer.getByLabel('Hạn giải quyết mới', { exact: true });
    await input.click();
    await input.fill(newDueVi);
    await input.press('Tab');
    await save(drawer);
    await drawer.getByText(`Gia hạn đến ${newDueVi}: Cần xác minh danh sách học viên với đơn vị tổ chức tập huấn`, { exact: false }).waitFor();
    await drawer.locator('.ant-descriptions-item-content', { hasText: newDueVi }).first().waitFor();

    await drawer.getByRole('button', { name: 'Đã xử lý xong' }).click();
    await save(drawer);
    await drawer.getByTestId('dossier-state').getByText('Đã xử lý xong').waitFor();
    await drawer.getByText('Trước hạn', { exact: true }).waitFor();
    await b.screenshot(page, 'dossiers-paid-online-extended');
    await page.context().close();
  });

  it('refuses a dossier at receipt and hands out form 03 as a Word file', async () => {
    const page = await b.page({ as: 'motcua' });
    const dialog = await fillReceipt(page, b.baseUrl, 'Chỉnh sửa nội dung văn bằng', 'Lý Văn Hải', '0906 444 1122');
    await dialog.getByText('Từ chối tiếp nhận', { exact: true }).click();
    await dialog.getByLabel('Lý do từ chối tiếp nhận').fill('Văn bằng do cơ sở ngoài tỉnh cấp, không thuộc thẩm quyền của Sở');
    await b.screenshot(page, 'dossiers-receive-reject');
    await save(dialog);

    const drawer = page.locator('.ant-drawer');
    await drawer.getByTestId('dossier-state').getByText('Không được tiếp nhận').waitFor();
    const code = (await drawer.locator('.ant-drawer-title').textContent())!.trim();
    await drawer.getByText(/Từ chối tiếp nhận: Văn bằng do cơ sở ngoài tỉnh cấp/).waitFor();
    expect(await drawer.getByRole('link', { name: 'Giấy tiếp nhận, hẹn trả' }).count()).toBe(0);
    expect(await drawer.getByRole('button', { name: 'Chuyển xử lý' }).count()).toBe(0);

    const [download] = await Promise.all([page.waitForEvent('download'), drawer.getByRole('link', { name: 'Phiếu từ chối' }).first().click()]);
    expect(download.suggestedFilename()).toBe(`03-rejection-${code}.docx`);
    const zip = await JSZip.loadAsync(await readFile((await download.path())!));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(xml).toContain('không thuộc thẩm quyền của Sở');
    await b.screenshot(page, 'dossiers-rejected-at-receipt');
    await page.context().close();
  });
});
