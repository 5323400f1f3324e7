import { describe, expect, it } from 'vitest';
import { OWN_DATA_APPENDIX } from '../domain/rules/import/fixtures/own-data-appendix';
import { useBrowser } from './browser';
import { choose } from './select';

const b = useBrowser();

// "20,83" → 20.83: the page writes numbers the Vietnamese way.
const viNumber = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'));

describe('a percentage the system measures fills an imported criterion', () => {
  it('offers the inspected share with its definition, binds it, publishes, and the self-assessment shows the percentage and scores the share', async () => {
    const page = await b.page({ as: 'vanphong' });
    await page.goto(b.baseUrl + '/bo-chi-so/nhap');
    await page.getByLabel('Mã bộ chỉ số').fill('SGDDT-NOI-BO');
    await page.getByLabel('Năm áp dụng').fill('2025');
    await page.getByLabel('Tên bộ chỉ số').fill('Bộ tiêu chí CCHC nội bộ (thử)');
    await page.getByRole('radio', { name: 'Dán nội dung bảng' }).check();
    await page.getByRole('textbox', { name: 'Nội dung bảng' }).fill(OWN_DATA_APPENDIX);
    await page.getByRole('button', { name: 'Đọc phụ lục' }).click();
    await page.waitForURL(/\/bo-chi-so\/nhap\/\d+$/);

    // 1.2 counts units inspected, which the system has only as a percentage: one share input replaces the two counts.
    const offer = page.getByTestId('binding-1.2-tyLe');
    await offer.waitFor();
    const offered = (await offer.textContent())!;
    expect(offered).toContain('inspections.unitsInspectedRate');
    expect(offered).toContain('Tỷ lệ (%)');
    expect(offered).toContain('Tỷ lệ phòng, đơn vị trực thuộc được kiểm tra CCHC trong kỳ trên tổng số phòng, đơn vị trực thuộc đang hoạt động');
    expect(offered).toContain('giá trị chia cho 100 (96,5% → tỷ lệ 0,965)');
    // Feedback handled on time stays two counts: the system counts both.
    const counts = page.locator('[data-testid^="binding-2.2-"]');
    expect(await counts.count()).toBe(2);
    expect((await counts.allTextContents()).every((text) => text.includes('Số đếm') && !text.includes('chia cho 100'))).toBe(true);
    await b.screenshot(page, 'framework-import-bindings');
    await offer.getByRole('button', { name: 'Gắn' }).click();
    await offer.waitFor({ state: 'detached' });
    await page.getByTestId('import-ready').waitFor();

    // The per-criterion editor shows the share input and the percentage it takes.
    await page
      .getByRole('row', { name: /^1\.2 / })
      .getByRole('button', { name: 'Sửa theo tiêu chí' })
      .click();
    const form = page.getByTestId('criterion-form-1.2');
    await form.waitFor();
    expect(await form.getByLabel('Khóa').first().inputValue()).toBe('tyLe');
    await form.getByText('(inspections.unitsInspectedRate, %)').waitFor();
    await page.getByRole('button', { name: 'Đóng trình sửa' }).click();

    await page.getByRole('button', { name: 'Ban hành phiên bản' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Số quyết định').fill('15/QĐ-SGDĐT');
    await dialog.getByLabel('Ngày ký').fill('2025-01-10');
    await dialog.getByRole('button', { name: 'Ban hành phiên bản' }).click();
    await page.waitForURL(/\/bo-chi-so\?ma=SGDDT-NOI-BO&phienban=1$/);

    // The department's 2025 self-assessment measures the share from the inspections of 2025.
    await page.goto(b.baseUrl + '/bo-chi-so/danh-gia');
    await page.getByRole('button', { name: 'Mở đợt đánh giá' }).click();
    const open = page.getByRole('dialog');
    await choose(page, open.getByLabel('Bộ chỉ số'), 'SGDDT-NOI-BO');
    await choose(page, open.getByLabel('Đơn vị'), 'Sở Giáo dục và Đào tạo Hải Phòng', { search: 'Sở Giáo dục' });
    await open.getByLabel('Năm').fill('2025');
    await open.getByRole('button', { name: 'Mở đợt đánh giá' }).click();
    await page.waitForURL(/\/bo-chi-so\/danh-gia\/\d+$/);
    await page.getByRole('cell', { name: '1.2', exact: true }).click();
    const panel = page.getByTestId('criterion-1.2');
    const measured = panel.locator('.ant-list-item').first();
    await measured.waitFor();
    const line = (await measured.textContent())!;
    // "…: 25% (Kiểm tra CCHC: 6/24 … (25% → tỷ lệ 0,25))": shown as the percentage, read by the rule as the share.
    const m = line.match(/: ([\d.,]+)% \(.*\(([\d.,]+)% → tỷ lệ ([\d,]+)\)\)$/);
    expect(m, line).not.toBeNull();
    const [shown, percent, share] = [viNumber(m![1]), viNumber(m![2]), viNumber(m![3])];
    expect(shown).toBe(percent);
    expect(share).toBeCloseTo(percent / 100, 4);
    expect(percent).toBeGreaterThan(0);
    // The decision's bands: from 30% → 1, from 20% to under 30% → 0,5, under 20% → 0.
    const expected = percent >= 30 ? '1' : percent >= 20 ? '0,5' : '0';
    // The self score beside the measure ("0,5/1 — …"), and the same in the table behind the drawer.
    await expect.poll(() => panel.locator('.ant-descriptions-item-content').first().locator('b').textContent()).toBe(expected);
    expect(
      await page
        .getByRole('row', { name: /^1\.2 / })
        .locator('td')
        .nth(3)
        .textContent(),
    ).toBe(expected);
    await b.screenshot(page, 'framework-import-bindings-assessment');
    await page.context().close();
  });
});
