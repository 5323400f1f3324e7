import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { buildPlan, buildTask } from '../../../test/factories';
import { seedDemoPlans } from './test-support';

const t = useTestApp();

async function draftPlanWithTask() {
  const plan = await buildPlan(t);
  return { plan, task: await buildTask(t, plan.id) };
}

const audit = async (entityType: string, id: number) =>
  (await t.request({ method: 'GET', url: `/api/audit?entityType=${entityType}&entityId=${id}`, as: 'admin' }))
    .json()
    .items.map((e: { action: string }) => e.action);

describe('plans: editing and deleting tasks', () => {
  it('edits a task of a draft plan, reading a new time frame into the deadline, with audit', async () => {
    const { task } = await draftPlanWithTask();
    expect(task).toMatchObject({ deadline: '2026-03-31', canEdit: true });
    const res = await t.request({
      method: 'PATCH',
      url: `/api/tasks/${task.id}`,
      as: 'vanphong',
      payload: { timeFrame: 'Tháng 6/2026', priority: 'high', source: 'city', coordinatingUnitIds: [t.unitId('TCCB')] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      deadline: '2026-06-30',
      timeFrameText: 'Tháng 6/2026',
      priority: 'high',
      source: 'city',
      content: 'Rà soát thủ tục hành chính',
      coordinatingUnitIds: [t.unitId('TCCB')],
    });
    const bad = await t.request({ method: 'PATCH', url: `/api/tasks/${task.id}`, as: 'vanphong', payload: { timeFrame: 'khi nào xong' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('Không đọc được thời gian "khi nào xong"');
    expect(await audit('plan_task', task.id)).toContain('task.edited');
  });

  it('deletes a task without history; refuses one with progress reports and keeps it', async () => {
    const { plan, task } = await draftPlanWithTask();
    const second = (
      await t.request({
        method: 'POST',
        url: `/api/plans/${plan.id}/tasks`,
        as: 'vanphong',
        payload: { content: 'Nhiệm vụ thứ hai', areaKey: 'direction', leadUnitId: t.unitId('VP'), timeFrame: 'Thường xuyên' },
      })
    ).json();
    expect(
      (await t.request({ method: 'POST', url: `/api/tasks/${second.id}/updates`, as: 'vanphong', payload: { progress: 30, note: 'Đang làm' } })).statusCode,
    ).toBe(201);
    const refused = await t.request({ method: 'DELETE', url: `/api/tasks/${second.id}`, as: 'vanphong' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'TASK_HAS_UPDATES' });
    expect(refused.json().error.message).toContain('1 lần cập nhật');
    expect((await t.request({ method: 'GET', url: `/api/tasks/${second.id}`, as: 'vanphong' })).statusCode).toBe(200);

    expect((await t.request({ method: 'DELETE', url: `/api/tasks/${task.id}`, as: 'vanphong' })).statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: `/api/tasks/${task.id}`, as: 'admin' })).statusCode).toBe(404);
    expect(await audit('plan_task', task.id)).toEqual(expect.arrayContaining(['task.created', 'task.deleted']));
  });

  it('a submitted plan is frozen for its unit; an approved plan changes only by the Office; others are refused', async () => {
    await seedDemoPlans(t);
    const plans = (await t.request({ method: 'GET', url: '/api/plans?year=2025', as: 'vanphong' })).json();
    const school = plans.find((p: { unitId: number }) => p.unitId === t.unitId('THPT-TP')); // submitted
    const dept = plans.find((p: { unitId: number }) => p.unitId === t.unitId('SGDDT')); // approved
    const deptTasks = (await t.request({ method: 'GET', url: `/api/plans/${dept.id}/tasks`, as: 'vanphong' })).json();
    const schoolTasks = (await t.request({ method: 'GET', url: `/api/plans/${school.id}/tasks`, as: 'truong' })).json();
    expect(schoolTasks.length).toBeGreaterThan(0);
    const frozen = await t.request({ method: 'PATCH', url: `/api/tasks/${schoolTasks[0].id}`, as: 'truong', payload: { priority: 'high' } });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().error.message).toContain('đề nghị trả lại');

    const coordinated = deptTasks.find((x: { no: string }) => x.no === '2'); // the school coordinates it
    expect((await t.request({ method: 'PATCH', url: `/api/tasks/${coordinated.id}`, as: 'truong', payload: { priority: 'high' } })).statusCode).toBe(403);
    expect((await t.request({ method: 'DELETE', url: `/api/tasks/${coordinated.id}`, as: 'truong' })).statusCode).toBe(403);
    const byOffice = await t.request({ method: 'PATCH', url: `/api/tasks/${coordinated.id}`, as: 'vanphong', payload: { product: 'Báo cáo rà soát' } });
    expect(byOffice.statusCode, byOffice.body).toBe(200);
    expect(byOffice.json().product).toBe('Báo cáo rà soát');
  });
});

describe('plans: editing and deleting targets', () => {
  it('edits a target and its evaluation follows; deletes it; both audited', async () => {
    const { plan } = await draftPlanWithTask();
    const created = await t.request({
      method: 'POST',
      url: `/api/plans/${plan.id}/targets`,
      as: 'vanphong',
      payload: { code: 'CT1', text: 'Tỷ lệ nhiệm vụ hoàn thành', comparison: '>=', value: 80, unit: '%', metricKey: 'tasks.doneRate' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const edited = await t.request({
      method: 'PATCH',
      url: `/api/plan-targets/${id}`,
      as: 'vanphong',
      payload: { value: 0, comparison: '>=', text: 'Tỷ lệ nhiệm vụ hoàn thành (sửa)' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ value: 0, text: 'Tỷ lệ nhiệm vụ hoàn thành (sửa)', metricKey: 'tasks.doneRate' });
    const unknown = await t.request({ method: 'PATCH', url: `/api/plan-targets/${id}`, as: 'vanphong', payload: { metricKey: 'khong.co' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('chưa tính chỉ số "khong.co"');
    expect((await t.request({ method: 'PATCH', url: `/api/plan-targets/${id}`, as: 'truong', payload: { value: 1 } })).statusCode).toBe(403);
    expect((await t.request({ method: 'DELETE', url: `/api/plan-targets/${id}`, as: 'vanphong' })).statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: `/api/plans/${plan.id}/targets`, as: 'vanphong' })).json()).toEqual([]);
    expect(await audit('plan_target', id)).toEqual(expect.arrayContaining(['target.created', 'target.edited', 'target.deleted']));
  });
});
