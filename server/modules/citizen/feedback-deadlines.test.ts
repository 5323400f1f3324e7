// The four feedback deadlines (refuse 2, ask for more 5, handle 15, publish 2 working days) in the
// at-risk/overdue lists and in the reminders, on the real database and its working calendar.
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildFeedback } from '../../../test/factories';
import { useTestApp } from '../../../test/harness';
import { addDays } from '../../../domain/time/iso-date';
import { feedback, notifications } from '../../db/schema/index';
import { loadWorkingCalendar } from '../calendar/calendar.service';
import * as clock from '../../clock';
import { remindFeedbackDeadlines } from './feedback.reminders';

const t = useTestApp();

async function register(receivedOn: string, title = 'Hỏi thủ tục chuyển trường') {
  return (await buildFeedback(t, { title, receivedOn })) as { id: number; deadlines: Array<{ step: string; state: string }> };
}

const ids = (res: { json(): { items: Array<{ id: number }> } }) => res.json().items.map((f) => f.id);

describe('at-risk and overdue lists of every feedback step', () => {
  it('lists a new feedback at risk of missing the 2-day refusal decision, and only by that step', async () => {
    const calendar = await loadWorkingCalendar(t.database.db);
    const today = clock.today();
    // Received one working day ago: one working day is left of the two to accept or refuse.
    let receivedOn = addDays(today, -1);
    while (calendar.workingDaysBetween(receivedOn, today) < 1) receivedOn = addDays(receivedOn, -1);
    const created = await register(receivedOn);
    expect(created.deadlines[0]).toMatchObject({ step: 'refuse', state: 'at-risk' });

    expect(ids(await t.request({ method: 'GET', url: '/api/feedback?due=at-risk', as: 'vanphong' }))).toEqual([created.id]);
    expect(ids(await t.request({ method: 'GET', url: '/api/feedback?due=at-risk&step=refuse', as: 'vanphong' }))).toEqual([created.id]);
    expect((await t.request({ method: 'GET', url: '/api/feedback?due=at-risk&step=handle', as: 'vanphong' })).json().total).toBe(0);

    // Routing is the decision: the refusal and ask-for-more deadlines stop running.
    const routed = await t.request({ method: 'POST', url: `/api/feedback/${created.id}/route`, as: 'vanphong', payload: { unitId: t.unitId('THPT-TP') } });
    expect(routed.json().deadlines.map((d: { step: string }) => d.step)).toEqual(['handle']);
    expect((await t.request({ method: 'GET', url: '/api/feedback?due=at-risk', as: 'vanphong' })).json().total).toBe(0);
  });

  it('lists an answer not published within 2 working days as overdue and reminds the Office, once a day', async () => {
    const created = await register(addDays(clock.today(), -3), 'Phản ánh về lịch tiếp dân');
    await t.request({ method: 'POST', url: `/api/feedback/${created.id}/route`, as: 'vanphong', payload: { unitId: t.unitId('THPT-TP') } });
    const answered = await t.request({
      method: 'POST',
      url: `/api/feedback/${created.id}/answer`,
      as: 'truong',
      payload: { answer: 'Nhà trường tiếp dân sáng thứ Hai.' },
    });
    expect(answered.json().deadlines.map((d: { step: string }) => d.step)).toEqual(['publish']);
    // The answer was given some time ago and never published (a past state written directly).
    await t.database.db
      .update(feedback)
      .set({ answeredOn: addDays(clock.today(), -20), publishBy: addDays(clock.today(), -15) })
      .where(eq(feedback.id, created.id));

    const overdue = await t.request({ method: 'GET', url: '/api/feedback?due=overdue&step=publish', as: 'vanphong' });
    expect(ids(overdue)).toEqual([created.id]);
    expect(overdue.json().items[0].deadlines[0].explanation).toContain('Công khai kết quả xử lý');
    // The school answered on time, so it is not on any handling list.
    expect((await t.request({ method: 'GET', url: '/api/feedback?due=overdue&step=handle', as: 'truong' })).json().total).toBe(0);

    expect(await remindFeedbackDeadlines(t.app, new Date())).toBe(1);
    expect(await remindFeedbackDeadlines(t.app, new Date())).toBe(0);
    const [note] = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, 'feedback.overdue')));
    expect(note).toMatchObject({ unitId: t.unitId('SGDDT'), link: `/phan-anh/${created.id}` });
    expect(note.title).toContain('công khai kết quả');
  });

  it('runs no deadline while waiting for the citizen to add information', async () => {
    const created = await register(addDays(clock.today(), -30));
    const asked = await t.request({
      method: 'POST',
      url: `/api/feedback/${created.id}/request-more`,
      as: 'vanphong',
      payload: { reason: 'Ghi rõ tên trường.' },
    });
    expect(asked.json().deadlines).toEqual([]);
    expect((await t.request({ method: 'GET', url: '/api/feedback?due=overdue', as: 'vanphong' })).json().total).toBe(0);
    expect(await remindFeedbackDeadlines(t.app, new Date())).toBe(0);
  });

  it('refuses an unknown step in the list filter', async () => {
    expect((await t.request({ method: 'GET', url: '/api/feedback?due=overdue&step=later', as: 'vanphong' })).statusCode).toBe(400);
  });
});
