import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { PDF } from '../test/factories';
import { choose } from './select';

const b = useBrowser();

async function openCriterion(page: Page, code: string) {
  await page.getByRole('cell', { name: code, exact: true }).click();
  return page.getByTestId(`criterion-${code}`);
}

async function fillWithEvidence(page: Page, code: string, values: Record<string, string>, fileName: string) {
  const panel = await openCriterion(page, code);
  for (const [label, value] of Object.entries(values)) await panel.getByLabel(label, { exact: true }).fill(value);
  await panel.getByRole('button', { name: 'Lưu số liệu' }).click();
  await page.getByText('Đã lưu').first().waitFor();
  await panel.locator('input[type=file]').setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: PDF });
  await panel.getByRole('link', { name: fileName }).waitFor();
  await page.locator('.ant-drawer-close').click();
  await panel.waitFor({ state: 'detached' });
}

describe('PAR Index self-assessment journey', () => {
  it('fills two criteria with evidence, submits, appraises one lower, publishes, and turns lost points into a task', async () => {
    // The Office opens the department's 2024 assessment.
    const office = await b.page({ as: 'vanphong' });
    await office.goto(b.baseUrl + '/bo-chi-so/danh-gia');
    await office.getByRole('button', { name: 'Mở đợt đánh giá' }).click();
    const dialog = office.getByRole('dialog');
    await choose(office, dialog.getByLabel('Bộ chỉ số'), 'HP-SGDDT-2023');
    await choose(office, dialog.getByLabel('Đơn vị'), 'Sở Giáo dục và Đào tạo Hải Phòng', { search: 'Sở Giáo dục' });
    await dialog.getByLabel('Năm').fill('2024');
    await dialog.getByRole('button', { name: 'Mở đợt đánh giá' }).click();
    await office.waitForURL(/\/bo-chi-so\/danh-gia\/\d+$/);
    const url = office.url();

    // A division fills 7.3 (it is every division's criterion) with evidence; the Office fills 7.1.4.
    const division = await b.page({ as: 'tccb' });
    await division.goto(url);
    await fillWithEvidence(
      division,
      '7.3',
      { 'Số tin, bài chỉ đạo điều hành đăng trên Cổng thông tin điện tử trong năm': '120' },
      'Danh sách tin bài 2024.pdf',
    );
    // Columns: code, title, max, self score…: the self score of 7.3 is 120 posts → band 52–199 → 0,3.
    await expect
      .poll(() =>
        division
          .getByRole('row', { name: /^7\.3 / })
          .locator('td')
          .nth(3)
          .textContent(),
      )
      .toBe('0,3');
    await b.screenshot(division, 'frameworks-division-filled');
    await division.context().close();

    await fillWithEvidence(office, '7.1.4', { 'Số văn bản điện tử được ký số cá nhân': '850', 'Tổng số văn bản điện tử': '1000' }, 'Sổ văn bản ký số.pdf');
    await office.getByRole('button', { name: 'Nộp thẩm định' }).click();
    await office.getByRole('button', { name: 'Xác nhận' }).click();
    await office.getByText('Đang thẩm định').first().waitFor();
    const selfTotal = await office.getByTestId('self-total').textContent();

    // The council appraises 7.3 lower with a comment, then publishes.
    const council = await b.page({ as: 'thamdinh' });
    await council.goto(url);
    const panel = await openCriterion(council, '7.3');
    await panel.getByLabel('Điểm thẩm định').fill('0.2');
    await panel.getByLabel('Nhận xét').fill('Chỉ 40 tin là tin chỉ đạo điều hành.');
    await panel.getByRole('button', { name: 'Chấm thẩm định' }).click();
    await panel.locator('.ant-descriptions').getByText('Chỉ 40 tin là tin chỉ đạo điều hành.', { exact: false }).waitFor();
    await b.screenshot(council, 'frameworks-appraisal');
    await council.locator('.ant-drawer-close').click();
    await council.getByRole('button', { name: 'Công bố kết quả' }).click();
    await council.getByRole('button', { name: 'Xác nhận' }).click();
    await council.getByText('Đã công bố').first().waitFor();
    const appraisedTotal = await council.getByTestId('appraised-total').textContent();
    expect(Number(selfTotal!.replace(',', '.')) - Number(appraisedTotal!.replace(',', '.'))).toBeCloseTo(0.1, 2);
    await council.context().close();

    // The Office sees where points were lost and turns 7.3 into a task of the current plan.
    await office.goto(url + '?tab=lost');
    const lost = office.getByTestId('lost-points');
    const row = lost.getByRole('row', { name: /^7\.3 / });
    await row.waitFor();
    expect(await row.textContent()).toContain('Hội đồng chấm 0,2 (tự chấm 0,3)');
    await b.screenshot(office, 'frameworks-lost-points');
    await row.getByRole('button', { name: 'Tạo nhiệm vụ' }).click();
    await row.getByText(/Đã tạo nhiệm vụ #\d+/).waitFor();
    const taskId = Number((await row.getByText(/Đã tạo nhiệm vụ #\d+/).textContent())!.match(/#(\d+)/)![1]);
    const tasks = await office.evaluate(async () => {
      const plans = (await (await fetch('/api/plans')).json()) as Array<{ id: number; year: number; unitId: number }>;
      const lists = await Promise.all(
        plans.map(async (p) => (await (await fetch(`/api/plans/${p.id}/tasks`)).json()) as Array<{ id: number; content: string }>),
      );
      return lists.flat();
    });
    expect(tasks.find((task) => task.id === taskId)?.content).toContain('Nâng điểm tiêu chí 7.3');
    await office.context().close();
  });
});
