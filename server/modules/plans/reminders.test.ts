import { eq } from 'drizzle-orm';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { notifications } from '../../db/schema/index';
import { createMailer } from '../../mail/mailer';
import { vietnamDateOf } from '../../../domain/time/vietnam-date';
import { loadConfig } from '../../config';
import { runTaskReminders } from './reminders';
import { seedDemoPlans } from './test-support';

const t = useTestApp();

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server on a free port that keeps every message it receives. */
async function startSmtp(): Promise<{ server: SMTPServer; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port, received };
}

let running: SMTPServer | null = null;
afterEach(async () => {
  if (running) await new Promise<void>((resolve) => running!.close(() => resolve()));
  running = null;
});

/** The Subject of a raw message, decoded from RFC 2047 (B or Q) words. */
function subjectOf(raw: string): string {
  const header = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  const words = [...header.matchAll(/=\?utf-8\?(B|Q)\?([^?]*)\?=/gi)];
  if (!words.length) return header;
  const bytes = words.map(([, enc, text]) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ),
  );
  return Buffer.concat(bytes).toString('utf8');
}

describe('task reminders', () => {
  it('reminds the lead unit before, on the day and when overdue, by e-mail through a real SMTP server, once each', async () => {
    await seedDemoPlans(t);
    const smtp = await startSmtp();
    running = smtp.server;
    const mailer = createMailer({ host: '127.0.0.1', port: smtp.port, from: 'cchc@sgddt.example.vn', secure: false });

    // 2025-12-24 (Wednesday, Hà Nội time): the school's December task is due in 7 days, its Q3 task overdue.
    const now = new Date('2025-12-24T01:00:00Z');
    expect(vietnamDateOf(now)).toBe('2025-12-24');
    const first = await runTaskReminders(t.database.db, mailer, now, 7);
    expect(first.created).toBeGreaterThanOrEqual(2);
    const school = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.unitId, t.unitId('THPT-TP')));
    expect(school.map((n) => n.kind).sort()).toEqual(['task.due-soon', 'task.overdue']);
    expect(school.every((n) => n.emailedAt !== null)).toBe(true);

    const toSchool = smtp.received.filter((m) => m.to.includes('thpt.tranphu@sgddt.example.vn'));
    expect(toSchool).toHaveLength(2);
    expect(toSchool.map((m) => subjectOf(m.raw)).join(' | ')).toContain('quá hạn');

    const again = await runTaskReminders(t.database.db, mailer, new Date('2025-12-24T09:00:00Z'), 7);
    expect(again).toMatchObject({ created: 0, emailed: 0 });

    // On the day itself, a new reminder.
    const onDay = await runTaskReminders(t.database.db, mailer, new Date('2025-12-31T02:00:00Z'), 7);
    expect(onDay.created).toBeGreaterThanOrEqual(1);
    const kinds = (
      await t.database.db
        .select()
        .from(notifications)
        .where(eq(notifications.unitId, t.unitId('THPT-TP')))
    ).map((n) => n.kind);
    expect(kinds).toContain('task.due-today');
  });

  it('sends the Office a weekly digest on Mondays, visible in its notification list', async () => {
    await seedDemoPlans(t);
    const smtp = await startSmtp();
    running = smtp.server;
    const mailer = createMailer({ host: '127.0.0.1', port: smtp.port, from: 'cchc@sgddt.example.vn', secure: false });
    await runTaskReminders(t.database.db, mailer, new Date('2025-12-22T01:00:00Z'), 7); // a Monday
    const list = (await t.request({ method: 'GET', url: '/api/notifications', as: 'vanphong' })).json();
    const digest = list.items.find((n: { kind: string }) => n.kind === 'plans.weekly-digest');
    expect(digest.body).toContain('Kế hoạch công tác Cải cách hành chính nhà nước năm 2025');
    expect(smtp.received.some((m) => m.to.includes('vanphong@sgddt.example.vn'))).toBe(true);
  });

  it('reads the number of days before a deadline from the environment', () => {
    const daysBefore = (env: Record<string, string>) => loadConfig(env, { inMemoryDatabase: true }).taskReminderDaysBefore;
    expect(daysBefore({ TASK_REMINDER_DAYS_BEFORE: '3' })).toBe(3);
    // A wrong value stops the server with a message that says what to fix, instead of silently meaning 7.
    expect(() => daysBefore({ TASK_REMINDER_DAYS_BEFORE: 'abc' })).toThrow('TASK_REMINDER_DAYS_BEFORE="abc" không hợp lệ: cần số nguyên từ 0 đến 60');
    expect(daysBefore({})).toBe(7);
  });
});
