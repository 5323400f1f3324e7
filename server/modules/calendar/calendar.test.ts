import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { queryRows } from '../../db/client';

const t = useTestApp();

describe('calendar API', () => {
  it('lists Tết 2025 and computes a due date across it, explained', async () => {
    const holidays = await t.request({ method: 'GET', url: '/api/calendar/holidays?year=2025' });
    expect(holidays.statusCode).toBe(200);
    const dates = holidays.json().map((d: { date: string }) => d.date);
    expect(dates).toContain('2025-01-29'); // mùng 1 Tết Ất Tỵ
    expect(dates).toContain('2025-04-07'); // Giỗ Tổ 10/3 âm lịch
    const due = await t.request({ method: 'GET', url: '/api/calendar/due-date?start=2025-01-24&days=5' });
    expect(due.json().due > '2025-02-02').toBe(true);
    expect(due.json().explanation).toContain('Tết');
  });

  it('lets the administrator add a day off, which moves due dates, and audits it', async () => {
    const before = (await t.request({ method: 'GET', url: '/api/calendar/due-date?start=2031-01-01&days=1' })).json().due;
    const set = await t.request({
      method: 'POST',
      url: '/api/calendar/days',
      as: 'admin',
      payload: { date: before, kind: 'holiday', name: 'Nghỉ theo quyết định của UBND' },
    });
    expect(set.statusCode).toBe(200);
    const after = (await t.request({ method: 'GET', url: '/api/calendar/due-date?start=2031-01-01&days=1' })).json().due;
    expect(after > before).toBe(true);
    const audit = await queryRows<{ action: string }>(t.database.db, sql`select action from audit_log where action = 'calendar.day-set'`);
    expect(audit).toHaveLength(1);
    const exported = await t.request({ method: 'GET', url: '/api/calendar/years/2031/export', as: 'admin' });
    expect(exported.body).toContain(`${before},holiday,Nghỉ theo quyết định của UBND`);
  });

  it('refuses a bad year file naming the line and column, and changes nothing', async () => {
    const res = await t.request({
      method: 'PUT',
      url: '/api/calendar/years/2031',
      as: 'admin',
      payload: { format: 'csv', content: 'date,kind,name\n2031-02-30,holiday,Sai\n' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/Dòng 2, cột 'date'/);
  });
});
