import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const b = useBrowser();

describe('what-if scoring', () => {
  it('scores typed figures for 3.4.2 and 7.3 without storing anything', async () => {
    const page = await b.page({ as: 'vanphong' });
    await page.goto(b.baseUrl + '/bo-chi-so/cham-thu?code=HP-SGDDT-2023');
    await page.getByRole('switch', { name: 'Chỉ hiện tiêu chí đã nhập' }).waitFor();
    await page.getByLabel('3.4.2 ', { exact: false }).first().waitFor();
    const onTime = page.locator('input[aria-label^="3.4.2"]').nth(0);
    const total = page.locator('input[aria-label^="3.4.2"]').nth(1);
    await onTime.fill('96');
    await total.fill('100');
    await page.locator('input[aria-label^="7.3"]').first().fill('60');
    await page.getByRole('button', { name: /Tính điểm/ }).click();
    const row342 = page.getByRole('row', { name: /3\.4\.2/ });
    await expect.poll(() => row342.textContent()).toContain('1,44');
    expect(await page.getByRole('row', { name: /^7\.3/ }).first().textContent()).toContain('0,3');
    await page.getByRole('switch', { name: 'Chỉ hiện tiêu chí đã nhập' }).click();
    expect(await page.locator('tbody tr.ant-table-row').count()).toBe(2);
    await b.screenshot(page, 'frameworks-what-if');
    await page.context().close();
  });
});
