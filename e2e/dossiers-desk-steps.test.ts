import { describe, it } from 'vitest';
import { useBrowser } from './browser';
import { fillReceipt } from './desk';

const b = useBrowser();

describe('desk steps: withdrawal and stop', () => {
  it('records an applicant withdrawing a dossier and then stopping it, with the reason in the history', async () => {
    const page = await b.page({ as: 'motcua' });
    const dialog = await fillReceipt(page, b.baseUrl, 'Chỉnh sửa nội dung văn bằng', 'Phan Văn Tú', '0903 222 1357');
    await dialog.getByRole('button', { name: /Lưu/ }).click();

    const drawer = page.locator('.ant-drawer');
    await drawer.getByTestId('dossier-state').getByText('Được tiếp nhận').waitFor();
    await drawer.getByRole('button', { name: 'Công dân rút hồ sơ' }).click();
    await drawer.getByRole('button', { name: /Lưu/ }).click();
    await drawer.getByTestId('dossier-state').getByText('Công dân yêu cầu rút hồ sơ').waitFor();

    await drawer.getByRole('button', { name: 'Dừng xử lý' }).click();
    await drawer.getByLabel('Lý do / nội dung').fill('Công dân đã rút hồ sơ, dừng giải quyết');
    await drawer.getByRole('button', { name: /Lưu/ }).click();
    await drawer.getByTestId('dossier-state').getByText('Dừng xử lý').waitFor();
    await drawer.getByText(/Công dân đã rút hồ sơ, dừng giải quyết/).waitFor();
    await b.screenshot(page, 'dossiers-withdrawn-stopped');
  });
});
