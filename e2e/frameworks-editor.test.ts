import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const b = useBrowser();

describe('PAR framework editor by criterion', () => {
  it('edits a criterion, adds a sub-criterion, saves a new version, and pins a server error to its node', async () => {
    const page = await b.page({ as: 'admin' });
    await page.goto(b.baseUrl + '/bo-chi-so?ma=HP-SGDDT-2023');
    await page.getByRole('button', { name: 'Sửa theo tiêu chí' }).click();

    // 7.1.4: a new title and a higher maximum, then the parents' maxima summed up (7.1: 2 → 2,5; area 7: 10,8 → 11,3).
    await page.getByTestId('tree-7.1.4').click();
    const form714 = page.getByTestId('criterion-form-7.1.4');
    await form714.getByLabel('Tên tiêu chí').fill('Tỷ lệ văn bản điện tử ký số cá nhân (sửa đổi 2024)');
    await form714.getByLabel('Điểm tối đa').fill('1.5');
    await form714.getByRole('button', { name: 'Cộng lại điểm tối đa các mục cha' }).click();
    await expect.poll(() => page.getByTestId('tree-7.1').textContent()).toContain('(2.5)');
    await expect.poll(() => page.getByTestId('tree-7').textContent()).toContain('(11.3)');

    // 7.3 is split: its first sub-criterion takes over the rule and the maximum.
    await page.getByTestId('tree-7.3').click();
    await page.getByRole('button', { name: 'Thêm mục con' }).click();
    const form731 = page.getByTestId('criterion-form-7.3.1');
    await form731.getByLabel('Tên tiêu chí').fill('Tin chỉ đạo điều hành trên Cổng thông tin');
    expect(await form731.getByLabel('Quy tắc chấm').locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').textContent()).toContain('Theo khoảng');
    await b.screenshot(page, 'frameworks-editor');
    await page.getByRole('button', { name: 'Lưu thành phiên bản mới' }).click();
    await page.getByText('Đã lưu phiên bản 2').waitFor();

    // The saved version is the one shown, with the edits.
    await page.getByRole('cell', { name: 'Tỷ lệ văn bản điện tử ký số cá nhân (sửa đổi 2024)' }).waitFor();
    await page.getByRole('cell', { name: '7.3.1', exact: true }).waitFor();
    expect(
      await page
        .getByRole('row', { name: /^7\.1\.4 / })
        .locator('td')
        .nth(2)
        .textContent(),
    ).toBe('1.5');
    expect(page.url()).toContain('phienban=2');

    // A sub-criterion maximum above its parent's: the server refuses, and the message shows at 7.3.
    await page.getByRole('button', { name: 'Sửa theo tiêu chí' }).click();
    await page.getByTestId('tree-7.3.1').click();
    await page.getByTestId('criterion-form-7.3.1').getByLabel('Điểm tối đa').fill('0.8');
    await page.getByRole('button', { name: 'Lưu thành phiên bản mới' }).click();
    const nodeErrors = page.getByTestId('criterion-form-7.3').getByTestId('node-errors');
    await nodeErrors.waitFor();
    expect(await nodeErrors.textContent()).toContain('điểm tối đa 0.5 khác tổng điểm tối đa các mục con (0.8)');
    expect(await page.getByTestId('tree-7.3').textContent()).toContain('!');
    expect(await page.getByTestId('editor-errors').textContent()).toContain('7.3');
    await b.screenshot(page, 'frameworks-editor-error');
    await page.context().close();
  });
});
