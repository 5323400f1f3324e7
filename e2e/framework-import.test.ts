import { describe, expect, it } from 'vitest';
import { seed004Docx } from '../server/modules/frameworks/appendix-fixtures';
import { useBrowser } from './browser';
import { choose } from './select';

const b = useBrowser();

describe('a PAR framework imported from its decision', () => {
  it('uploads the appendix, reviews the flagged criteria, closes 7.3’s gap in the editor, publishes a new version with its decision number and opens a self-assessment on it', async () => {
    const page = await b.page({ as: 'vanphong' });
    await page.goto(b.baseUrl + '/bo-chi-so');
    await page.getByRole('button', { name: 'Nhập từ quyết định' }).click();
    await page.waitForURL(/\/bo-chi-so\/nhap$/);

    // The appendix of QĐ 3087/QĐ-UBND as seed 004 quotes it, as a Word file.
    await page.getByLabel('Mã bộ chỉ số').fill('HP-SO-NGANH');
    await page.getByLabel('Năm áp dụng').fill('2023');
    await page.getByLabel('Tên bộ chỉ số').fill('Bộ chỉ số CCHC các sở, ban, ngành (QĐ 3087/QĐ-UBND)');
    await page.locator('input[type=file]').setInputFiles({
      name: 'Ke-hoach-CNTT-2023.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await seed004Docx(),
    });
    await page.getByText('Ke-hoach-CNTT-2023.docx').waitFor();
    await page.getByRole('button', { name: 'Đọc phụ lục' }).click();
    await page.waitForURL(/\/bo-chi-so\/nhap\/\d+$/);

    // Publishing waits on the gap the seed leaves at exactly 200 posts.
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('giá trị đúng bằng 200 không thuộc khoảng nào');
    expect(await page.getByRole('button', { name: 'Ban hành phiên bản' }).isDisabled()).toBe(true);

    // Only the criteria to review: the assumed complement of 3.4.1, the gap of 7.3, the three without a rule.
    await page.getByRole('switch', { name: 'Chỉ hiện tiêu chí cần xem lại' }).click();
    const review = page.getByTestId('import-review');
    await expect.poll(async () => (await review.locator('tbody tr td:first-child').allTextContents()).join(' ')).toBe('3.4.1 7.1.1 7.1.2 7.1.5 7.3');
    const row73 = review.getByRole('row', { name: /^7\.3 / });
    expect(await row73.textContent()).toContain('Trên 200 tin, bài/năm đạt 0,5');
    expect(await row73.textContent()).toContain('Nhận ra một phần');
    await b.screenshot(page, 'framework-import-review');

    // The officer closes the gap as decision 0006 reads it: "Từ 52 – 199" reaches 200.
    await row73.getByRole('button', { name: 'Sửa theo tiêu chí' }).click();
    const form = page.getByTestId('criterion-form-7.3');
    await form.waitFor();
    const secondMax = form.getByPlaceholder('Đến').nth(1);
    expect(await secondMax.inputValue()).toBe('199');
    await secondMax.fill('200');
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await page.getByText('Đã lưu bản nháp').first().waitFor();
    await page.getByRole('button', { name: 'Đóng trình sửa' }).click();
    await page.getByTestId('import-ready').waitFor();

    // The demo already holds HP-SO-NGANH v1 (QĐ 3087 as seed 004 quotes it): this decision amends it from 2023.
    await page.getByRole('button', { name: 'Ban hành phiên bản' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Ngày ký').fill('2022-09-21');
    await dialog.getByLabel('Số quyết định').fill('3087/QĐ-UBND (bản Word)');
    expect(await dialog.getByLabel('Có hiệu lực từ').inputValue()).toBe('2023-01-01');
    await dialog.getByRole('button', { name: 'Ban hành phiên bản' }).click();
    await page.waitForURL(/\/bo-chi-so\?ma=HP-SO-NGANH&phienban=2$/);
    await expect
      .poll(() => page.getByTestId('framework-decision').textContent())
      .toBe('Quyết định 3087/QĐ-UBND (bản Word) ngày 2022-09-21, hiệu lực 2023-01-01 – nay, sửa đổi phiên bản 1');
    await page.getByRole('button', { name: 'So sánh phiên bản' }).click();
    await expect.poll(() => page.getByTestId('compare-result').textContent()).toContain('v1 (3087/QĐ-UBND, 23,55) → v2 (3087/QĐ-UBND (bản Word), 23,55)');
    await page.keyboard.press('Escape');
    await b.screenshot(page, 'framework-import-published');

    // A self-assessment of the department for 2023 opens on the version in force.
    await page.goto(b.baseUrl + '/bo-chi-so/danh-gia');
    await page.getByRole('button', { name: 'Mở đợt đánh giá' }).click();
    const open = page.getByRole('dialog');
    await choose(page, open.getByLabel('Bộ chỉ số'), 'HP-SO-NGANH');
    await choose(page, open.getByLabel('Đơn vị'), 'Sở Giáo dục và Đào tạo Hải Phòng', { search: 'Sở Giáo dục' });
    await open.getByLabel('Năm').fill('2023');
    await open.getByRole('button', { name: 'Mở đợt đánh giá' }).click();
    await page.waitForURL(/\/bo-chi-so\/danh-gia\/\d+$/);
    await page.getByText('(HP-SO-NGANH v2)').waitFor();
    await page.getByRole('row', { name: /^7\.3 / }).waitFor();
    await page.getByRole('row', { name: /^8\.2 / }).waitFor();
    await b.screenshot(page, 'framework-import-assessment');
    await page.context().close();
  });
});
