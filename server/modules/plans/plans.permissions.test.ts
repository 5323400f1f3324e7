import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { seedDemoPlans } from './test-support';

const t = useTestApp();

/** Scope checks on real records (the permission matrix covers the role checks). */
async function deptPlan() {
  await seedDemoPlans(t);
  const plans = (await t.request({ method: 'GET', url: '/api/plans?year=2025', as: 'vanphong' })).json();
  return {
    dept: plans.find((p: { unitId: number }) => p.unitId === t.unitId('SGDDT')),
    school: plans.find((p: { unitId: number }) => p.unitId === t.unitId('THPT-TP')),
    lechan: plans.find((p: { unitId: number }) => p.unitId === t.unitId('PGD-LC')),
  };
}

describe('plans: who sees and changes what', () => {
  it("a school sees its own plan and only the department's tasks it leads or joins", async () => {
    const { dept, school, lechan } = await deptPlan();
    const visible = (await t.request({ method: 'GET', url: '/api/plans?year=2025', as: 'truong' })).json().map((p: { id: number }) => p.id);
    expect(visible).toEqual(expect.arrayContaining([dept.id, school.id]));
    expect(visible).not.toContain(lechan.id);
    const tasks = (await t.request({ method: 'GET', url: `/api/plans/${dept.id}/tasks`, as: 'truong' })).json();
    // Seed 003 lines 2 and 3 name "các đơn vị giáo dục/liên quan" as coordinating (the demo school stands for them).
    expect(tasks.map((x: { no: string }) => x.no)).toEqual(['2', '3']);
    expect(tasks[0]).toMatchObject({ canUpdate: false, canNote: true });
    expect((await t.request({ method: 'GET', url: `/api/plans/${lechan.id}`, as: 'truong' })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: `/api/plans/${lechan.id}/tasks`, as: 'truong' })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: `/api/plans/${lechan.id}/export.xlsx`, as: 'truong' })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: `/api/plans/${dept.id}/targets`, as: 'truong' })).statusCode).toBe(403);
  });

  it('only the lead unit updates progress; a coordinating unit adds notes; others are refused', async () => {
    const { dept } = await deptPlan();
    const tasks = (await t.request({ method: 'GET', url: `/api/plans/${dept.id}/tasks`, as: 'vanphong' })).json();
    const coordinated = tasks.find((x: { no: string }) => x.no === '2'); // lead TCCB, the school coordinates
    const other = tasks.find((x: { no: string }) => x.no === '15'); // lead TCCB, the school is not involved
    const progress = await t.request({ method: 'POST', url: `/api/tasks/${coordinated.id}/updates`, as: 'truong', payload: { progress: 70 } });
    expect(progress.statusCode).toBe(403);
    const note = await t.request({
      method: 'POST',
      url: `/api/tasks/${coordinated.id}/updates`,
      as: 'truong',
      payload: { note: 'Trường đã gửi phiếu khảo sát' },
    });
    expect(note.statusCode, note.body).toBe(201);
    expect((await t.request({ method: 'POST', url: `/api/tasks/${other.id}/updates`, as: 'truong', payload: { note: 'x' } })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: `/api/tasks/${other.id}`, as: 'truong' })).statusCode).toBe(403);
    const lead = await t.request({ method: 'POST', url: `/api/tasks/${other.id}/updates`, as: 'tccb', payload: { progress: 75, note: 'Đã rà soát' } });
    expect(lead.json()).toMatchObject({ progress: 75, canUpdate: true });
    // A division outside the lead unit cannot report progress on it.
    expect((await t.request({ method: 'POST', url: `/api/tasks/${other.id}/updates`, as: 'gdtrh', payload: { progress: 80 } })).statusCode).toBe(403);
  });

  it('only the Office and leaders approve; a school cannot approve or edit the department plan', async () => {
    const { dept, school } = await deptPlan();
    expect((await t.request({ method: 'POST', url: `/api/plans/${school.id}/transition`, as: 'truong', payload: { action: 'approve' } })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: `/api/plans/${school.id}/transition`, as: 'tccb', payload: { action: 'approve' } })).statusCode).toBe(403);
    const ok = await t.request({ method: 'POST', url: `/api/plans/${school.id}/transition`, as: 'lanhdao', payload: { action: 'approve' } });
    expect(ok.json().status).toBe('approved');
    const add = await t.request({
      method: 'POST',
      url: `/api/plans/${dept.id}/tasks`,
      as: 'truong',
      payload: { content: 'Việc trái phép', areaKey: 'direction', leadUnitId: t.unitId('THPT-TP'), timeFrame: 'Quý IV/2025' },
    });
    expect(add.statusCode).toBe(403);
    // An approved plan takes new tasks only from the Office (tasks assigned during the year).
    const byOffice = await t.request({
      method: 'POST',
      url: `/api/plans/${dept.id}/tasks`,
      as: 'vanphong',
      payload: { content: 'Nhiệm vụ UBND thành phố giao bổ sung', areaKey: 'procedures', leadUnitId: t.unitId('VP'), timeFrame: 'Quý IV/2025', source: 'city' },
    });
    expect(byOffice.statusCode, byOffice.body).toBe(201);
    expect(byOffice.json()).toMatchObject({ deadline: '2025-12-31', source: 'city' });
    const approvedSchool = await t.request({
      method: 'POST',
      url: `/api/plans/${school.id}/tasks`,
      as: 'truong',
      payload: { content: 'Thêm sau phê duyệt', areaKey: 'direction', leadUnitId: t.unitId('THPT-TP'), timeFrame: '' },
    });
    expect(approvedSchool.statusCode).toBe(409);
  });

  it("my unit's tasks: what is due soon and what is overdue", async () => {
    await deptPlan();
    const mine = (await t.request({ method: 'GET', url: '/api/tasks/mine?asOf=2025-12-20&days=14', as: 'truong' })).json();
    expect(mine.overdue.map((x: { timeFrameText: string }) => x.timeFrameText)).toEqual(['Quý III/2025']);
    expect(mine.dueSoon.map((x: { timeFrameText: string }) => x.timeFrameText)).toEqual(['Tháng 12/2025']);
    // Its own five tasks and the two department tasks it coordinates.
    expect(mine.all.length).toBe(7);
  });
});
