import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { seedDemoPlans } from './test-support';

const t = useTestApp();

async function readBook(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}
const cells = (ws: ExcelJS.Worksheet) =>
  ws
    .getSheetValues()
    .filter(Boolean)
    .map((r) => (r as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v))));

describe('plans: department-wide progress', () => {
  it("rolls up the department's plan and its sub-units' plans, per plan, and a school sees only its part", async () => {
    await seedDemoPlans(t);
    const res = await t.request({ method: 'GET', url: '/api/plans/progress?year=2025&asOf=2025-12-15', as: 'vanphong' });
    expect(res.statusCode, res.body).toBe(200);
    const all = res.json();
    expect(all).toMatchObject({ year: 2025, asOf: '2025-12-15' });
    // The department's plan comes first; the sub-units' plans follow, and together they make the total.
    expect(all.byPlan[0].label).toMatch(/^Sở/);
    expect(all.byPlan.length).toBeGreaterThan(1);
    const sum = (k: string) => all.byPlan.reduce((n: number, g: { summary: Record<string, number> }) => n + g.summary[k], 0);
    for (const k of ['assigned', 'doneOnTime', 'doneLate', 'openOverdue', 'openNoDeadline']) expect(sum(k)).toBe(all.total[k]);
    expect(all.byArea.reduce((n: number, g: { summary: { assigned: number } }) => n + g.summary.assigned, 0)).toBe(all.total.assigned);
    const deptOnly = (await t.request({ method: 'GET', url: `/api/plans/${all.byPlan[0].key}/stats?asOf=2025-12-15`, as: 'vanphong' })).json();
    expect(all.byPlan[0].summary).toEqual(deptOnly.total);

    const school = (await t.request({ method: 'GET', url: '/api/plans/progress?year=2025&asOf=2025-12-15', as: 'truong' })).json();
    expect(school.total.assigned).toBeLessThan(all.total.assigned);
    expect(school.byPlan.map((g: { label: string }) => g.label)).not.toContain('PGD Lê Chân');
    expect((await t.request({ method: 'GET', url: '/api/plans/progress?year=abc', as: 'truong' })).statusCode).toBe(400);
  });

  it('exports the department-wide statistics and "my unit\'s tasks" to Excel files that read back', async () => {
    await seedDemoPlans(t);
    const all = (await t.request({ method: 'GET', url: '/api/plans/progress?year=2025&asOf=2025-12-15', as: 'vanphong' })).json();
    const file = await t.request({ method: 'GET', url: '/api/plans/progress/export.xlsx?year=2025&asOf=2025-12-15', as: 'vanphong' });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('tien-do-cchc-2025-2025-12-15.xlsx');
    const book = await readBook(file.rawPayload);
    const rows = cells(book.getWorksheet('Thống kê toàn ngành')!);
    expect(rows[0][0]).toBe('Tiến độ thực hiện nhiệm vụ CCHC năm 2025 (tính đến 15/12/2025)');
    expect(rows.find((r) => r[0] === 'Tổng cộng')?.slice(1, 3)).toEqual([String(all.total.assigned), String(all.total.doneOnTime)]);
    expect(rows.some((r) => r[0] === 'Theo kế hoạch của đơn vị')).toBe(true);

    const mine = (await t.request({ method: 'GET', url: '/api/tasks/mine?asOf=2025-12-15', as: 'truong' })).json();
    const mineFile = await t.request({ method: 'GET', url: '/api/tasks/mine/export.xlsx?asOf=2025-12-15', as: 'truong' });
    expect(mineFile.statusCode).toBe(200);
    const mineBook = await readBook(mineFile.rawPayload);
    expect(mineBook.worksheets.map((w) => w.name)).toEqual(['Quá hạn', 'Sắp đến hạn (14 ngày)', 'Tất cả']);
    const overdue = cells(mineBook.getWorksheet('Quá hạn')!);
    expect(mine.overdue.length).toBeGreaterThan(0);
    expect(overdue.length - 1).toBe(mine.overdue.length);
    expect(overdue.slice(1).map((r) => r[1])).toEqual(mine.overdue.map((x: { content: string }) => x.content));
    expect(overdue.slice(1).every((r) => r[11] === 'Chưa hoàn thành, quá hạn')).toBe(true);
    expect(cells(mineBook.getWorksheet('Tất cả')!).length - 1).toBe(mine.all.length);
  });
});
