import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { notifications } from '../../db/schema/index';
import { createMailer } from '../../mail/mailer';
import { computeMetric } from '../../metrics/registry';
import { runTaskReminders } from './reminders';
import * as clock from '../../clock';
import { seedDemoPlans } from './test-support';

const t = useTestApp();
const CANCEL = { reason: 'Điều chỉnh kế hoạch: nhiệm vụ gộp vào nhiệm vụ số 3', decisionNo: '123/QĐ-SGDĐT', decisionDate: '2025-06-02' };

async function deptPlan() {
  await seedDemoPlans(t);
  const plan = (await t.request({ method: 'GET', url: '/api/plans?year=2025', as: 'vanphong' }))
    .json()
    .find((p: { unitId: number }) => p.unitId === t.unitId('SGDDT'));
  const tasks = (await t.request({ method: 'GET', url: `/api/plans/${plan.id}/tasks`, as: 'vanphong' })).json();
  return { plan, tasks };
}

const audit = async (id: number) =>
  (await t.request({ method: 'GET', url: `/api/audit?entityType=plan_task&entityId=${id}`, as: 'admin' }))
    .json()
    .items.map((e: { action: string }) => e.action);

describe('plans: cancelling a task by an adjustment of the plan', () => {
  it('cancels with a reason and decision, keeps the history, refuses progress, restores; both audited', async () => {
    const { tasks } = await deptPlan();
    const task = tasks.find((x: { no: string }) => x.no === '2');
    const noted = await t.request({ method: 'POST', url: `/api/tasks/${task.id}/updates`, as: 'vanphong', payload: { progress: 40, note: 'Đang rà soát' } });
    expect(noted.statusCode, noted.body).toBe(201);

    const noReason = await t.request({ method: 'POST', url: `/api/tasks/${task.id}/cancel`, as: 'vanphong', payload: { reason: '' } });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Nhập lý do hủy nhiệm vụ');

    const res = await t.request({ method: 'POST', url: `/api/tasks/${task.id}/cancel`, as: 'vanphong', payload: CANCEL });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      cancellation: { on: clock.today(), reason: CANCEL.reason, decisionNo: CANCEL.decisionNo, decisionDate: CANCEL.decisionDate },
      canUpdate: false,
      canEdit: true,
    });
    expect((await t.request({ method: 'POST', url: `/api/tasks/${task.id}/cancel`, as: 'vanphong', payload: CANCEL })).statusCode).toBe(409);

    const detail = (await t.request({ method: 'GET', url: `/api/tasks/${task.id}`, as: 'vanphong' })).json();
    expect(detail.updates.map((u: { note: string }) => u.note)).toContain('Đang rà soát');
    const progress = await t.request({ method: 'POST', url: `/api/tasks/${task.id}/updates`, as: 'vanphong', payload: { progress: 60 } });
    expect(progress.statusCode).toBe(409);
    expect(progress.json().error).toMatchObject({ code: 'TASK_CANCELLED' });

    const restored = await t.request({ method: 'POST', url: `/api/tasks/${task.id}/restore`, as: 'vanphong' });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json()).toMatchObject({ cancellation: null, canUpdate: true, progress: 40 });
    expect((await t.request({ method: 'POST', url: `/api/tasks/${task.id}/restore`, as: 'vanphong' })).statusCode).toBe(409);
    expect(await audit(task.id)).toEqual(expect.arrayContaining(['task.cancelled', 'task.restored']));
  });

  it('refuses a school, another unit and a leader without edit rights (403), and a frozen plan (409)', async () => {
    const { tasks } = await deptPlan();
    const coordinated = tasks.find((x: { no: string }) => x.no === '2'); // the school coordinates it: it sees it, may not change it
    for (const as of ['truong', 'pgdlechan', 'lanhdao']) {
      const res = await t.request({ method: 'POST', url: `/api/tasks/${coordinated.id}/cancel`, as, payload: CANCEL });
      expect(res.statusCode, `${as}: ${res.body}`).toBe(403);
    }
    await t.request({ method: 'POST', url: `/api/tasks/${coordinated.id}/cancel`, as: 'vanphong', payload: CANCEL });
    expect((await t.request({ method: 'POST', url: `/api/tasks/${coordinated.id}/restore`, as: 'truong' })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: `/api/tasks/${coordinated.id}/restore`, as: 'pgdlechan' })).statusCode).toBe(403);

    const school = (await t.request({ method: 'GET', url: '/api/plans?year=2025', as: 'truong' }))
      .json()
      .find((p: { unitId: number }) => p.unitId === t.unitId('THPT-TP'));
    const own = (await t.request({ method: 'GET', url: `/api/plans/${school.id}/tasks`, as: 'truong' })).json()[0];
    const frozen = await t.request({ method: 'POST', url: `/api/tasks/${own.id}/cancel`, as: 'truong', payload: CANCEL });
    expect(frozen.statusCode).toBe(409); // submitted: frozen until returned
  });

  it('leaves the plan count, statistics, criterion 8, metrics and "my tasks" but stays listed and filterable', async () => {
    const { plan, tasks } = await deptPlan();
    const asOf = clock.today();
    const vpPath = `/${t.unitId('SGDDT')}/${t.unitId('VP')}/`;
    const metric = () =>
      computeMetric(t.database.db, 'tasks.assigned', { unitId: t.unitId('VP'), unitPath: vpPath, from: '2025-01-01', to: '2025-12-31', asOf });
    const stats = async () => (await t.request({ method: 'GET', url: `/api/plans/${plan.id}/stats`, as: 'vanphong' })).json();
    const before = await stats();
    const metricBefore = (await metric()).value as number;
    const progressBefore = (await t.request({ method: 'GET', url: `/api/plans/progress?year=2025`, as: 'vanphong' })).json();
    const vpTask = tasks.find((x: { leadUnitId: number; doneOn: string | null }) => x.leadUnitId === t.unitId('VP') && x.doneOn === null);

    expect(
      (await t.request({ method: 'POST', url: `/api/tasks/${vpTask.id}/cancel`, as: 'vanphong', payload: { reason: 'Không còn phù hợp với quy định mới' } }))
        .statusCode,
    ).toBe(200);

    const after = await stats();
    expect(after.total.assigned).toBe(before.total.assigned - 1);
    expect(after.total.open).toBe(before.total.open - 1);
    expect(after.criterion8['8.1'].denominator).toBe(before.criterion8['8.1'].denominator - 1);
    expect((await metric()).value).toBe(metricBefore - 1);
    const listed = (await t.request({ method: 'GET', url: '/api/plans?year=2025', as: 'vanphong' })).json().find((p: { id: number }) => p.id === plan.id);
    expect(listed.taskCount).toBe(17);
    const progress = (await t.request({ method: 'GET', url: `/api/plans/progress?year=2025`, as: 'vanphong' })).json();
    expect(progress.total.assigned).toBe(progressBefore.total.assigned - 1);

    const all = (await t.request({ method: 'GET', url: `/api/plans/${plan.id}/tasks`, as: 'vanphong' })).json();
    expect(all).toHaveLength(18);
    const cancelled = (await t.request({ method: 'GET', url: `/api/plans/${plan.id}/tasks?state=cancelled`, as: 'vanphong' })).json();
    expect(cancelled.map((x: { id: number }) => x.id)).toEqual([vpTask.id]);
    expect((await t.request({ method: 'GET', url: `/api/plans/${plan.id}/tasks?state=active`, as: 'vanphong' })).json()).toHaveLength(17);
    const byOutcome = (await t.request({ method: 'GET', url: `/api/plans/${plan.id}/tasks?outcome=${vpTask.outcome}`, as: 'vanphong' })).json();
    expect(byOutcome.map((x: { id: number }) => x.id)).not.toContain(vpTask.id);

    const mine = (await t.request({ method: 'GET', url: `/api/tasks/mine?days=90`, as: 'vanphong' })).json();
    expect([...mine.overdue, ...mine.dueSoon].map((x: { id: number }) => x.id)).not.toContain(vpTask.id);
  });

  it('sends no reminder about a cancelled task, and the Office digest does not count it', async () => {
    const plan = (
      await t.request({
        method: 'POST',
        url: '/api/plans',
        as: 'vanphong',
        payload: { unitId: t.unitId('SGDDT'), year: 2026, title: 'Kế hoạch CCHC năm 2026' },
      })
    ).json();
    const add = async (content: string) =>
      (
        await t.request({
          method: 'POST',
          url: `/api/plans/${plan.id}/tasks`,
          as: 'vanphong',
          payload: { content, areaKey: 'procedures', leadUnitId: t.unitId('THPT-TP'), timeFrame: 'Tháng 3/2026' },
        })
      ).json();
    const kept = await add('Rà soát quy chế một cửa');
    const dropped = await add('Tổ chức hội thi tìm hiểu CCHC');
    expect(
      (await t.request({ method: 'POST', url: `/api/tasks/${dropped.id}/cancel`, as: 'vanphong', payload: { reason: 'Hội thi chuyển sang năm sau' } }))
        .statusCode,
    ).toBe(200);

    // In-app notifications only (no SMTP configured): e-mail delivery is proved in reminders.test.ts.
    await runTaskReminders(t.database.db, createMailer(null), new Date('2026-04-06T01:00:00Z'), 7); // a Monday
    const rows = await t.database.db.select().from(notifications);
    const links = rows.map((n) => n.link);
    expect(links).toContain(`/plans/${plan.id}?task=${kept.id}`);
    expect(links).not.toContain(`/plans/${plan.id}?task=${dropped.id}`);
    const digest = rows.find((n) => n.kind === 'plans.weekly-digest');
    expect(digest?.body).toContain('Kế hoạch CCHC năm 2026: 1 nhiệm vụ, 0 đã hoàn thành, 1 quá hạn');
    expect(
      await t.database.db
        .select()
        .from(notifications)
        .where(eq(notifications.unitId, t.unitId('THPT-TP'))),
    ).toHaveLength(1);
  });

  it('lists the cancelled task in the Excel export with "Đã hủy", the reason and the decision', async () => {
    const { plan, tasks } = await deptPlan();
    const task = tasks.find((x: { no: string }) => x.no === '2');
    await t.request({ method: 'POST', url: `/api/tasks/${task.id}/cancel`, as: 'vanphong', payload: CANCEL });
    const res = await t.request({ method: 'GET', url: `/api/plans/${plan.id}/export.xlsx`, as: 'vanphong' });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Nhiệm vụ')!;
    expect(sheet.rowCount).toBe(19);
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const row = sheet.getRow(1 + tasks.indexOf(task) + 1);
    expect(row.getCell(2).text).toBe(task.content);
    expect(row.getCell(header.indexOf('Kết quả')).text).toBe('Đã hủy');
    expect(row.getCell(header.indexOf('Lý do hủy')).text).toBe(
      `Hủy ngày ${clock.today().split('-').reverse().join('/')}: ${CANCEL.reason}; theo quyết định số 123/QĐ-SGDĐT ngày 02/06/2025`,
    );
    const total = wb.getWorksheet('Thống kê')!.getRow(2);
    expect(total.getCell(2).value).toBe(17);
  });
});
