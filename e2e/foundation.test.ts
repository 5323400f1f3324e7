import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { choose } from './select';

const b = useBrowser();

describe('foundation journeys', () => {
  it('a CCHC officer logs in and sees the home page with name, role and unit', async () => {
    const page = await b.page();
    await page.goto(b.baseUrl + '/');
    await b.screenshot(page, 'login');
    await page.getByLabel('Tên đăng nhập').fill('vanphong');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('không đúng');
    await page.getByLabel('Mật khẩu').fill('Demo@2025');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Xin chào, Nguyễn Thị Hạnh').waitFor();
    const header = await page.locator('.app-header').textContent();
    // The demo is today's structure: the Office merged into Phòng Tổ chức - Hành chính on 01/03/2025.
    expect(header).toContain('Phòng Tổ chức - Hành chính');
    expect(header).toContain('Cán bộ CCHC');
    await b.screenshot(page, 'home');
    // The English switch changes the menu.
    await page.getByTestId('lang-switch').click();
    await page.getByText('Hello, Nguyễn Thị Hạnh').waitFor();
    await page.getByTestId('lang-switch').click();
    await page.getByText('Xin chào, Nguyễn Thị Hạnh').waitFor();
    await page.context().close();
  });

  it('an administrator creates a unit and a user who can then log in', async () => {
    const page = await b.page({ as: 'admin' });
    await page.goto(b.baseUrl + '/admin/units');
    // District offices ended on 01/07/2025; primary schools now belong to a ward.
    await page.getByText('UBND phường Lê Chân').first().click();
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mã').fill('TH-NVT');
    await dialog.getByLabel('Tên đơn vị').fill('Trường Tiểu học Nguyễn Văn Trỗi');
    await dialog.getByRole('button', { name: /Lưu/ }).click();
    await page.getByText('Trường Tiểu học Nguyễn Văn Trỗi').first().waitFor();
    await b.screenshot(page, 'admin-units');

    await page.goto(b.baseUrl + '/admin/users');
    await page.getByRole('button', { name: 'Thêm tài khoản' }).click();
    const form = page.getByRole('dialog');
    await form.getByLabel('Tên đăng nhập').fill('th.nvt');
    await form.getByLabel('Họ và tên').fill('Lý Thị Thu');
    await choose(page, form.getByLabel('Vai trò'), 'Cán bộ đơn vị (trường, Phòng GD&ĐT)');
    await choose(page, form.getByLabel('Đơn vị'), 'Trường Tiểu học Nguyễn Văn Trỗi', { search: 'Nguyễn Văn Trỗi' });
    await form.getByLabel('Mật khẩu ban đầu').fill('BatDau2026');
    await form.getByRole('button', { name: /Lưu/ }).click();
    await page.getByRole('cell', { name: 'th.nvt' }).waitFor();
    await b.screenshot(page, 'admin-users');

    await page.goto(b.baseUrl + '/admin/audit');
    await page.getByRole('cell', { name: 'user.created' }).first().waitFor();
    await b.screenshot(page, 'admin-audit');
    await page.context().close();

    // The new user logs in and must change the password first.
    const fresh = await b.page();
    await fresh.goto(b.baseUrl + '/');
    await fresh.getByLabel('Tên đăng nhập').fill('th.nvt');
    await fresh.getByLabel('Mật khẩu').fill('BatDau2026');
    await fresh.getByRole('button', { name: 'Đăng nhập' }).click();
    await fresh.getByText('Bạn cần đổi mật khẩu').waitFor();
    await fresh.context().close();
  });

  it('a school user is refused an administration page and has no admin menu', async () => {
    const page = await b.page({ as: 'truong' });
    expect(await page.getByRole('menuitem', { name: /Quản trị/ }).count()).toBe(0);
    await page.goto(b.baseUrl + '/admin/users');
    await page.getByText('Không có quyền truy cập').waitFor();
    await b.screenshot(page, 'forbidden');
    // The API refuses too, whatever the page shows.
    const status = await page.evaluate(async () => (await fetch('/api/users')).status);
    expect(status).toBe(403);
    await page.context().close();
  });
});
