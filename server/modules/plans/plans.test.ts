import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { computeMetric } from '../../metrics/registry';
import { buildAppendixWorkbook } from './appendix-workbook';
import { buildFile, buildPlan, multipart } from '../../../test/factories';
import { seed003AppendixLines, seedDemoPlans } from './test-support';

const t = useTestApp();

const newPlan = (as = 'vanphong', unit = 'SGDDT', year = 2026) => buildPlan(t, { as, unitCode: unit, year });

async function importFile(planId: number, bytes: Buffer, what: 'import' | 'import/preview' = 'import', as = 'vanphong') {
  return t.request({ method: 'POST', url: `/api/plans/${planId}/${what}`, as, ...multipart({}, { name: 'phu-luc.xlsx', bytes }) });
}

describe('plans: life of a plan', () => {
  it('creates, submits, returns with a comment, revises and approves, recording who and when', async () => {
    const plan = await newPlan();
    expect(plan).toMatchObject({ status: 'draft', actions: ['submit'], canEdit: true, unitName: 'Sở Giáo dục và Đào tạo Hải Phòng' });
    const dup = await t.request({
      method: 'POST',
      url: '/api/plans',
      as: 'vanphong',
      payload: { unitId: t.unitId('SGDDT'), year: 2026, title: 'Kế hoạch thứ hai' },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toContain('đã có kế hoạch CCHC năm 2026');

    const go = (action: string, as: string, comment?: string) =>
      t.request({ method: 'POST', url: `/api/plans/${plan.id}/transition`, as, payload: { action, comment } });
    const submitted = await go('submit', 'vanphong');
    expect(submitted.json()).toMatchObject({ status: 'submitted', submittedBy: 'Nguyễn Thị Hạnh' });
    expect(submitted.json().submittedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const noComment = await go('return', 'lanhdao', '  ');
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.message).toContain('kèm ý kiến');
    expect((await go('return', 'lanhdao', 'Bổ sung chỉ tiêu số hóa')).json()).toMatchObject({ status: 'returned', returnComment: 'Bổ sung chỉ tiêu số hóa' });
    expect((await go('approve', 'lanhdao')).statusCode).toBe(409);
    await go('revise', 'vanphong');
    await go('submit', 'vanphong');
    const approved = (await go('approve', 'lanhdao')).json();
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Trần Văn Minh', actions: [] });

    const audit = await t.request({ method: 'GET', url: `/api/audit?entityType=plan&entityId=${plan.id}`, as: 'admin' });
    expect(
      audit
        .json()
        .items.map((e: { action: string }) => e.action)
        .reverse(),
    ).toEqual(['plan.created', 'plan.submit', 'plan.return', 'plan.revise', 'plan.submit', 'plan.approve']);
  });

  it("hangs a sub-unit's plan under the department's plan of the year", async () => {
    const dept = await newPlan('vanphong', 'SGDDT', 2026);
    const school = await newPlan('truong', 'THPT-TP', 2026);
    expect(school.parentPlanId).toBe(dept.id);
  });
});

describe('plans: importing an appendix', () => {
  it('previews then stores the 18 lines of the seed-003 appendix with units, areas and deadlines', async () => {
    const plan = await newPlan('vanphong', 'SGDDT', 2025);
    const bytes = await buildAppendixWorkbook('Nhiệm vụ CCHC năm 2025', seed003AppendixLines(), { withArea: true });
    const preview = await importFile(plan.id, bytes, 'import/preview');
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ accepted: true, errors: [] });
    expect(preview.json().rows).toHaveLength(18);
    expect((await t.request({ method: 'GET', url: `/api/plans/${plan.id}/tasks`, as: 'vanphong' })).json()).toHaveLength(0);

    const res = await importFile(plan.id, bytes);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ created: 18 });
    const tasks = (await t.request({ method: 'GET', url: `/api/plans/${plan.id}/tasks?asOf=2025-06-30`, as: 'vanphong' })).json();
    expect(tasks).toHaveLength(18);
    const first = tasks.find((x: { no: string }) => x.no === '1');
    expect(first).toMatchObject({ leadUnitId: t.unitId('VP'), deadline: '2025-01-15', areaKey: 'direction', outcome: 'open-overdue' });
    expect(tasks.find((x: { no: string }) => x.no === '4')).toMatchObject({ areaKey: 'procedures', deadline: null, outcome: 'open-no-deadline' });
    expect(tasks.find((x: { no: string }) => x.no === '17').leadUnitId).toBe(t.unitId('KHTC'));
    // "Các phòng Sở" lead the line as a whole: the department.
    expect(tasks.filter((x: { leadUnitId: number }) => x.leadUnitId === t.unitId('SGDDT'))).toHaveLength(1);
    const filtered = (await t.request({ method: 'GET', url: `/api/plans/${plan.id}/tasks?areaKey=organization`, as: 'vanphong' })).json();
    expect(filtered).toHaveLength(4);
  });

  it('answers a bad file with an error per row and column and stores nothing', async () => {
    const plan = await newPlan('vanphong', 'SGDDT', 2025);
    const lines = seed003AppendixLines().slice(0, 4);
    lines[1] = { ...lines[1], lead: 'Phòng Không Tồn Tại' };
    lines[2] = { ...lines[2], time: 'khi nào xong' };
    lines[3] = { ...lines[3], content: '' };
    const bytes = await buildAppendixWorkbook('Phụ lục lỗi', lines);
    const preview = (await importFile(plan.id, bytes, 'import/preview')).json();
    expect(preview.accepted).toBe(false);
    // Rows 1–5 are the title and the two header rows; data starts on row 6.
    expect(preview.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`)).toEqual(['7:Chủ trì', '8:Thời gian', '9:Nội dung']);
    expect(preview.errors[0].message).toContain('Dòng 7, cột \'Chủ trì\': không tìm thấy đơn vị "Phòng Không Tồn Tại"');
    const res = await importFile(plan.id, bytes);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.errors).toHaveLength(3);
    expect((await t.request({ method: 'GET', url: `/api/plans/${plan.id}/tasks`, as: 'vanphong' })).json()).toHaveLength(0);

    const notExcel = await importFile(plan.id, Buffer.from('STT,Nội dung\n1,abc'));
    expect(notExcel.statusCode).toBe(400);
    expect(notExcel.json().error.message).toContain('.xlsx');
  });
});

describe('plans: progress, statistics, targets', () => {
  it('a progress update with an evidence file and a done date moves the task between outcome classes', async () => {
    await seedDemoPlans(t);
    const plans = (await t.request({ method: 'GET', url: '/api/plans?year=2025', as: 'truong' })).json();
    const own = plans.find((p: { unitId: number }) => p.unitId === t.unitId('THPT-TP'));
    const before = (await t.request({ method: 'GET', url: `/api/plans/${own.id}/stats?asOf=2025-12-15`, as: 'truong' })).json();
    expect(before.total).toMatchObject({ assigned: 5, doneOnTime: 1, doneLate: 1, openWithin: 1, openOverdue: 1, openNoDeadline: 1 });

    const file = { id: await buildFile(t, { as: 'truong', unitCode: 'THPT-TP', name: 'Bien-ban.pdf' }) };
    const tasks = (await t.request({ method: 'GET', url: `/api/plans/${own.id}/tasks?outcome=open-overdue&asOf=2025-12-15`, as: 'truong' })).json();
    const task = tasks.find((x: { timeFrameText: string }) => x.timeFrameText === 'Quý III/2025');
    const progress = await t.request({
      method: 'POST',
      url: `/api/tasks/${task.id}/updates`,
      as: 'truong',
      payload: { progress: 90, note: 'Đã số hóa 90% hồ sơ', fileIds: [file.id] },
    });
    expect(progress.statusCode, progress.body).toBe(201);
    const done = await t.request({
      method: 'POST',
      url: `/api/tasks/${task.id}/updates`,
      as: 'truong',
      payload: { progress: 100, doneOn: '2025-10-20', note: 'Hoàn thành', doneProduct: 'Kho hồ sơ số' },
    });
    expect(done.json()).toMatchObject({ progress: 100, doneOn: '2025-10-20', outcome: 'done-late' });
    const noDate = await t.request({ method: 'POST', url: `/api/tasks/${task.id}/updates`, as: 'truong', payload: { progress: 100 } });
    expect(noDate.json().error.message).toContain('ngày hoàn thành');

    const after = (await t.request({ method: 'GET', url: `/api/plans/${own.id}/stats?asOf=2025-12-15`, as: 'truong' })).json();
    expect(after.total).toMatchObject({ doneLate: 2, openOverdue: 0 });
    expect(after.criterion8['8.1']).toMatchObject({ numerator: 3, denominator: 5 });
    const detail = (await t.request({ method: 'GET', url: `/api/tasks/${task.id}`, as: 'truong' })).json();
    expect(detail.updates.map((u: { kind: string }) => u.kind)).toEqual(['progress', 'done']);
    expect(detail.updates[0].files).toEqual([{ id: file.id, name: 'Bien-ban.pdf' }]);
  });

  it('counts by area, unit and source, evaluates targets and feeds the task metrics of the registry', async () => {
    await seedDemoPlans(t);
    const dept = (await t.request({ method: 'GET', url: '/api/plans?year=2025', as: 'vanphong' }))
      .json()
      .find((p: { unitId: number }) => p.unitId === t.unitId('SGDDT'));
    expect(dept).toMatchObject({ status: 'approved', taskCount: 18 });
    const stats = (await t.request({ method: 'GET', url: `/api/plans/${dept.id}/stats?asOf=2025-12-31`, as: 'vanphong' })).json();
    expect(stats.total).toMatchObject({ assigned: 18, done: 5, doneOnTime: 1, doneNoDeadline: 4, openNoDeadline: 13 });
    expect(stats.byArea.map((g: { key: string }) => g.key)).toEqual(['direction', 'procedures', 'organization', 'digital-government']);
    expect(stats.bySource).toEqual([expect.objectContaining({ key: 'self', label: 'Kế hoạch của đơn vị' })]);

    const targets = (await t.request({ method: 'GET', url: `/api/plans/${dept.id}/targets?asOf=2025-12-31`, as: 'vanphong' })).json();
    expect(targets.length).toBeGreaterThan(5);
    expect(targets.every((x: { evaluation: { explanation: string } }) => x.evaluation.explanation.length > 0)).toBe(true);

    const m = await computeMetric(t.database.db, 'tasks.doneOnTimeRate', {
      unitId: t.unitId('VP'),
      unitPath: `/${t.unitId('SGDDT')}/${t.unitId('VP')}/`,
      from: '2025-01-01',
      to: '2025-12-31',
      asOf: '2025-12-31',
    });
    expect(m).toMatchObject({ numerator: 1, denominator: 9 });
  });

  it('a typed target needs evidence and is judged against its value', async () => {
    const plan = await newPlan('vanphong', 'SGDDT', 2026);
    const target = (
      await t.request({
        method: 'POST',
        url: `/api/plans/${plan.id}/targets`,
        as: 'vanphong',
        payload: { code: 'CT-1', text: 'Tối thiểu 30% đơn vị được kiểm tra CCHC', comparison: '>=', value: 30, unit: '%' },
      })
    ).json();
    const file = { id: await buildFile(t, { as: 'vanphong', unitCode: 'SGDDT', name: 'kiem-tra.pdf' }) };
    const set = await t.request({
      method: 'PUT',
      url: `/api/plan-targets/${target.id}/value`,
      as: 'vanphong',
      payload: { value: 35, note: '7/20 đơn vị', evidenceFileId: file.id },
    });
    expect(set.json().evaluation).toMatchObject({ actual: 35, met: true });
    const computed = (
      await t.request({
        method: 'POST',
        url: `/api/plans/${plan.id}/targets`,
        as: 'vanphong',
        payload: { code: 'CT-2', text: 'Tỷ lệ nhiệm vụ đúng hạn', comparison: '>=', value: 80, unit: '%', metricKey: 'tasks.doneOnTimeRate' },
      })
    ).json();
    expect(computed.evaluation.met).toBeNull();
    const unknown = await t.request({
      method: 'POST',
      url: `/api/plans/${plan.id}/targets`,
      as: 'vanphong',
      payload: { code: 'CT-3', text: 'Chỉ số lạ', comparison: '>=', value: 1, unit: '%', metricKey: 'khong.co' },
    });
    expect(unknown.json().error.message).toContain('chưa tính chỉ số');
  });

  it('exports the plan, its tasks and the statistics to an Excel file that reads back', async () => {
    await seedDemoPlans(t);
    const dept = (await t.request({ method: 'GET', url: '/api/plans?year=2025', as: 'vanphong' }))
      .json()
      .find((p: { unitId: number }) => p.unitId === t.unitId('SGDDT'));
    const res = await t.request({ method: 'GET', url: `/api/plans/${dept.id}/export.xlsx?asOf=2025-12-31`, as: 'vanphong' });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Kế hoạch', 'Nhiệm vụ', 'Thống kê']);
    expect(wb.getWorksheet('Nhiệm vụ')!.rowCount).toBe(19);
    expect(wb.getWorksheet('Nhiệm vụ')!.getRow(2).getCell(2).text).toBe('Ban hành Kế hoạch CCHC năm 2025');
    const total = wb.getWorksheet('Thống kê')!.getRow(2);
    expect([total.getCell(1).text, total.getCell(2).value, total.getCell(3).value]).toEqual(['Tổng cộng', 18, 1]);
  });

  it('shows the Office which units sent their plan by 15/01', async () => {
    await seedDemoPlans(t);
    const res = (await t.request({ method: 'GET', url: '/api/plans/submissions?year=2025&deadline=15/01&asOf=2025-02-01', as: 'vanphong' })).json();
    const byUnit = (code: string) => res.rows.find((r: { unitId: number }) => r.unitId === t.unitId(code));
    expect(byUnit('PGD-LC').status).toBe('on-time');
    expect(byUnit('THPT-TP').status).toBe('late');
    expect(byUnit('PGD-NQ').status).toBe('missing');
    expect(byUnit('PGD-HB')).toMatchObject({ status: 'missing', planId: null });
    expect(res.rows.some((r: { unitId: number }) => r.unitId === t.unitId('VP'))).toBe(false);
  });
});

describe('plans: API description', () => {
  it('lists the plans and tasks routes in the OpenAPI description', async () => {
    const spec = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of [
      '/api/plans',
      '/api/plans/{id}/tasks',
      '/api/plans/{id}/stats',
      '/api/plans/{id}/import',
      '/api/plans/{id}/export.xlsx',
      '/api/tasks/mine',
      '/api/tasks/{id}/updates',
    ]) {
      expect(Object.keys(spec.paths), path).toContain(path);
    }
  });
});
