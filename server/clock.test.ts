// Vietnam's day, end to end: at 23:59 in Vietnam (16:59 UTC) a deadline of today is not yet missed; at 00:01 the
// next morning (17:01 UTC, still "today" by the UTC date) it is. Every route that defaults to "today" agrees.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFeedback } from '../test/factories';
import { useTestApp } from '../test/harness';
import * as clock from './clock';

const t = useTestApp();

const DEADLINE = '2026-01-31';
const BEFORE_MIDNIGHT = '2026-01-31T16:59:00Z'; // 23:59 on 31/01 in Vietnam
const AFTER_MIDNIGHT = '2026-01-31T17:01:00Z'; // 00:01 on 01/02 in Vietnam, still 31/01 in UTC

// The whole test lives on the evening of the deadline (logins included: a session lasts hours, not months).
beforeEach(() => clock.setClock(clock.fixedClock(BEFORE_MIDNIGHT)));
afterEach(() => clock.setClock(null));

async function taskDueOnDeadline(): Promise<number> {
  const plan = await t.request({
    method: 'POST',
    url: '/api/plans',
    as: 'vanphong',
    payload: { unitId: t.unitId('SGDDT'), year: 2026, title: 'Kế hoạch CCHC năm 2026' },
  });
  expect(plan.statusCode, plan.body).toBe(201);
  const task = await t.request({
    method: 'POST',
    url: `/api/plans/${plan.json().id}/tasks`,
    as: 'vanphong',
    payload: { content: 'Ban hành kế hoạch tuyên truyền CCHC', areaKey: 'direction', leadUnitId: t.unitId('VP'), timeFrame: '31/01/2026' },
  });
  expect(task.statusCode, task.body).toBe(201);
  expect(task.json().deadline).toBe(DEADLINE);
  return task.json().id;
}

describe("Vietnam's day decides every deadline", () => {
  it('a task due today is within time at 23:59 and overdue at 00:01 Vietnam time, with no asOf given', async () => {
    const id = await taskDueOnDeadline();
    clock.setClock(clock.fixedClock(BEFORE_MIDNIGHT));
    expect(clock.today()).toBe(DEADLINE);
    expect((await t.request({ method: 'GET', url: `/api/tasks/${id}`, as: 'vanphong' })).json().task.outcome).toBe('open-within-time');

    clock.setClock(clock.fixedClock(AFTER_MIDNIGHT));
    expect(clock.today()).toBe('2026-02-01');
    expect((await t.request({ method: 'GET', url: `/api/tasks/${id}`, as: 'vanphong' })).json().task.outcome).toBe('open-overdue');
  });

  it('a task done at 23:59 on its deadline is on time; done at 00:01 the next day it is late', async () => {
    const id = await taskDueOnDeadline();
    clock.setClock(clock.fixedClock(BEFORE_MIDNIGHT));
    const onTime = await t.request({ method: 'POST', url: `/api/tasks/${id}/updates`, as: 'vanphong', payload: { progress: 100, doneOn: clock.today() } });
    expect(onTime.statusCode, onTime.body).toBe(201);
    expect((await t.request({ method: 'GET', url: `/api/tasks/${id}`, as: 'vanphong' })).json().task.outcome).toBe('done-on-time');

    const late = await taskDueOnDeadline2();
    clock.setClock(clock.fixedClock(AFTER_MIDNIGHT));
    const done = await t.request({ method: 'POST', url: `/api/tasks/${late}/updates`, as: 'vanphong', payload: { progress: 100, doneOn: clock.today() } });
    expect(done.statusCode, done.body).toBe(201);
    expect((await t.request({ method: 'GET', url: `/api/tasks/${late}`, as: 'vanphong' })).json().task.outcome).toBe('done-late');
  });

  it('refuses a completion date in the future by Vietnam time, and accepts today there', async () => {
    const id = await taskDueOnDeadline();
    clock.setClock(clock.fixedClock(AFTER_MIDNIGHT));
    const ok = await t.request({ method: 'POST', url: `/api/tasks/${id}/updates`, as: 'vanphong', payload: { progress: 100, doneOn: '2026-02-01' } });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('feedback registered at 00:01 Vietnam time is received that day', async () => {
    clock.setClock(clock.fixedClock(AFTER_MIDNIGHT));
    const created = await buildFeedback(t, { title: 'Giờ tiếp nhận hồ sơ', content: 'Đề nghị niêm yết rõ giờ tiếp nhận hồ sơ buổi chiều.' });
    expect(created.receivedOn).toBe('2026-02-01');
  });

  it('the overdue-task metric, with no asOf, counts the task only after midnight in Vietnam', async () => {
    await taskDueOnDeadline();
    const overdue = async () =>
      (await t.request({ method: 'GET', url: `/api/metrics/tasks.overdue?unitId=${t.unitId('SGDDT')}&from=2026-01-01&to=2026-12-31`, as: 'vanphong' })).json()
        .value;
    clock.setClock(clock.fixedClock(BEFORE_MIDNIGHT));
    expect(await overdue()).toBe(0);
    clock.setClock(clock.fixedClock(AFTER_MIDNIGHT));
    expect(await overdue()).toBe(1);
  });
});

async function taskDueOnDeadline2(): Promise<number> {
  const plans = (await t.request({ method: 'GET', url: '/api/plans?year=2026', as: 'vanphong' })).json();
  const task = await t.request({
    method: 'POST',
    url: `/api/plans/${plans[0].id}/tasks`,
    as: 'vanphong',
    payload: { content: 'Tổng hợp báo cáo CCHC tháng 01', areaKey: 'direction', leadUnitId: t.unitId('VP'), timeFrame: '31/01/2026' },
  });
  expect(task.statusCode, task.body).toBe(201);
  return task.json().id;
}
