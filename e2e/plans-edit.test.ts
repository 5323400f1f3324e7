import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { choose } from './select';

const b = useBrowser();

describe('plans: editing tasks and targets', () => {
  it('the Office adds, edits and deletes a task and a target of a draft plan', async () => {
    const page = await b.page({ as: 'vanphong' });
    await page.goto(b.baseUrl + '/plans?year=2027');
    await page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên kế hoạch').fill('Kế hoạch CCHC năm 2027 của Văn phòng Sở');
    await dialog.getByRole('button', { name: /Lưu/ }).click();
    await page.getByTestId('plan-status').filter({ hasText: 'Dự thảo' }).waitFor();

    // Add a task, then edit its time frame and priority from the drawer.
    await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nội dung').fill('Rà soát quy chế làm việc của Văn phòng');
    await choose(page, dialog.getByLabel('Lĩnh vực'), 'Thể chế');
    // The unit tree is a virtual list: search first so the node is rendered.
    // Since 01/03/2025 the Office's work is led by the merged Phòng Tổ chức - Hành chính (demo structure of today).
    await choose(page, dialog.getByLabel('Chủ trì'), 'Phòng Tổ chức - Hành chính', { search: 'Tổ chức - Hành chính' });
    await dialog.getByLabel('Thời gian').fill('Quý II/2027');
    await dialog.getByRole('button', { name: /Lưu/ }).click();
    await page.getByRole('cell', { name: 'Rà soát quy chế làm việc của Văn phòng' }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByText('30/06/2027').waitFor();
    await drawer.getByRole('button', { name: 'Sửa nhiệm vụ' }).click();
    const form = page.locator('.ant-modal', { hasText: 'Sửa nhiệm vụ' });
    await form.getByLabel('Thời gian').fill('Tháng 9/2027');
    await form.getByRole('button', { name: /Lưu/ }).click();
    await drawer.getByText('30/09/2027').waitFor();
    await b.screenshot(page, 'plans-task-edit');

    await drawer.getByRole('button', { name: 'Xoá' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xoá' }).click();
    await page.getByText('Đã xoá nhiệm vụ.').waitFor();
    await page.getByText('Chưa có dữ liệu').first().waitFor();

    // A target bound to a metric the system computes, then edited and deleted.
    await page.getByRole('tab', { name: 'Chỉ tiêu' }).click();
    await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    const tf = page.locator('.ant-modal', { hasText: 'Thêm chỉ tiêu' });
    await tf.getByLabel('Mã', { exact: true }).fill('CT1');
    await tf.getByLabel('Chỉ tiêu', { exact: true }).fill('Tỷ lệ nhiệm vụ hoàn thành đúng hạn');
    await tf.getByLabel('Giá trị chỉ tiêu').fill('90');
    await tf.getByRole('button', { name: /Lưu/ }).click();
    await page.getByRole('cell', { name: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn' }).waitFor();
    await page.getByRole('button', { name: 'Sửa' }).click();
    const ef = page.locator('.ant-modal', { hasText: 'Sửa chỉ tiêu' });
    await ef.getByLabel('Chỉ tiêu', { exact: true }).fill('Tỷ lệ nhiệm vụ hoàn thành đúng hạn (sửa)');
    await ef.getByRole('button', { name: /Lưu/ }).click();
    await page.getByRole('cell', { name: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn (sửa)' }).waitFor();
    await b.screenshot(page, 'plans-targets-edit');
    await page.getByRole('button', { name: 'Xoá' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xoá' }).click();
    await expect.poll(() => page.getByRole('cell', { name: /Tỷ lệ nhiệm vụ hoàn thành đúng hạn/ }).count()).toBe(0);
    await page.context().close();
  });

  it('the department-wide progress page rolls up every plan of the year, with charts and an Excel export; a school exports its tasks', async () => {
    const page = await b.page({ as: 'vanphong' });
    await page.goto(b.baseUrl + '/plans/progress?year=2025&asOf=2025-12-15');
    await page.getByTestId('stats-total').waitFor();
    await page.locator('canvas').first().waitFor();
    await page.getByText('Theo kế hoạch của đơn vị').waitFor();
    await b.screenshot(page, 'plans-progress');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Xuất Excel/ }).click()]);
    expect(download.suggestedFilename()).toBe('tien-do-cchc-2025-2025-12-15.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
    const assigned = await page.locator('[data-testid=stats-total] .ant-col', { hasText: 'Được giao' }).locator('.ant-statistic-content-value').textContent();
    const total = wb
      .getWorksheet('Thống kê toàn ngành')!
      .getSheetValues()
      .find((r) => Array.isArray(r) && r[1] === 'Tổng cộng') as unknown[];
    expect(String(total[2])).toBe(assigned);
    await page.context().close();

    const school = await b.page({ as: 'truong' });
    await school.goto(b.baseUrl + '/plans/my-tasks');
    await school.getByTestId('mine-all').waitFor();
    const [mine] = await Promise.all([school.waitForEvent('download'), school.getByRole('link', { name: /Xuất Excel/ }).click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await mine.path())!)) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Quá hạn', 'Sắp đến hạn (14 ngày)', 'Tất cả']);
    await school.context().close();
  });

  it('the Office cancels a task by an adjustment of the plan (reason required), it leaves the statistics, stays listed and is restored', async () => {
    const page = await b.page({ as: 'vanphong' });
    await page.goto(b.baseUrl + '/plans?year=2025');
    const { planId, task } = await page.evaluate(async () => {
      const plan = ((await (await fetch('/api/plans?year=2025')).json()) as Array<{ id: number; unitName: string }>).find((p) => p.unitName.startsWith('Sở'))!;
      const tasks = (await (await fetch(`/api/plans/${plan.id}/tasks`)).json()) as Array<{ id: number; content: string; doneOn: string | null }>;
      return { planId: plan.id, task: tasks.find((x) => x.doneOn === null)! };
    });
    const assigned = () => page.locator('[data-testid=stats-total] .ant-col', { hasText: 'Được giao' }).locator('.ant-statistic-content-value').textContent();
    await page.goto(`${b.baseUrl}/plans/${planId}?tab=stats`);
    await page.getByTestId('stats-total').waitFor();
    const before = Number(await assigned());

    await page.goto(`${b.baseUrl}/plans/${planId}?tab=tasks&task=${task.id}`);
    const drawer = page.locator('.ant-drawer');
    await drawer.getByRole('button', { name: 'Hủy nhiệm vụ' }).click();
    const dialog = page.locator('.ant-modal', { hasText: 'Hủy nhiệm vụ theo điều chỉnh kế hoạch' });
    await dialog.getByRole('button', { name: 'Hủy nhiệm vụ' }).click();
    await dialog.getByText('Nhập lý do hủy nhiệm vụ (ít nhất 5 ký tự).').waitFor();
    await dialog.getByLabel('Lý do hủy').fill('Nhiệm vụ gộp vào nhiệm vụ số 3 theo điều chỉnh kế hoạch');
    await dialog.getByLabel('Số quyết định điều chỉnh kế hoạch').fill('123/QĐ-SGDĐT');
    await dialog.getByRole('button', { name: 'Hủy nhiệm vụ' }).click();
    await page.getByText('Đã hủy nhiệm vụ.').waitFor();
    await drawer.getByTestId('task-cancellation').filter({ hasText: 'Nhiệm vụ gộp vào nhiệm vụ số 3' }).waitFor();
    expect(await drawer.getByTestId('task-cancellation').textContent()).toContain('Quyết định số 123/QĐ-SGDĐT');
    await b.screenshot(page, 'plans-task-cancelled');
    await page.keyboard.press('Escape');

    // Still in the table, greyed and filterable; out of the statistics.
    await choose(page, page.getByLabel('Tình trạng'), 'Chỉ nhiệm vụ đã hủy');
    await expect.poll(() => new URL(page.url()).searchParams.get('state')).toBe('cancelled');
    const row = page.locator('.ant-table-row', { hasText: task.content });
    await row.getByTestId('task-cancelled').waitFor();
    await expect.poll(() => page.locator('.ant-table-row').count()).toBe(1);
    await b.screenshot(page, 'plans-tasks-cancelled-filter');
    await page.getByRole('tab', { name: 'Thống kê' }).click();
    await expect.poll(async () => Number(await assigned())).toBe(before - 1);

    await page.goto(`${b.baseUrl}/plans/${planId}?tab=tasks&state=cancelled&task=${task.id}`);
    await drawer.getByRole('button', { name: 'Khôi phục' }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByText('Đã khôi phục nhiệm vụ.').waitFor();
    await drawer.getByTestId('task-outcome').waitFor();
    await page.keyboard.press('Escape');
    await page.getByText('Chưa có dữ liệu').first().waitFor();
    await page.getByRole('tab', { name: 'Thống kê' }).click();
    await expect.poll(async () => Number(await assigned())).toBe(before);
    await page.context().close();
  });

  it('area names follow the language, and the task table filters by priority (kept in the URL)', async () => {
    const page = await b.page({ as: 'vanphong' });
    const id = await page
      .goto(b.baseUrl + '/plans?year=2025')
      .then(() =>
        page.evaluate(
          async () =>
            ((await (await fetch('/api/plans?year=2025')).json()) as Array<{ id: number; unitName: string }>).find((p) => p.unitName.startsWith('Sở'))!.id,
        ),
      );
    await page.goto(`${b.baseUrl}/plans/${id}?tab=tasks`);
    await page.getByRole('cell', { name: 'Chỉ đạo, điều hành' }).first().waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('cell', { name: 'Direction and management of administrative reform' }).first().waitFor();
    await choose(page, page.getByLabel('Priority').first(), 'High');
    await expect.poll(() => new URL(page.url()).searchParams.get('priority')).toBe('high');
    await b.screenshot(page, 'plans-tasks-english-priority');
    await page.context().close();
  });
});
