import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { notifications, users } from '../../db/schema/index';
import { forbidden } from '../../errors';
import type { Mailer } from '../../mail/mailer';
import * as clock from '../../clock';

export interface NewNotification {
  /** A user, or a unit whose active users all see it. */
  userId?: number | null;
  unitId?: number | null;
  kind: string;
  title: string;
  body?: string;
  link?: string | null;
  /** Same key → same notification: a second call does nothing (reminders run often). */
  dedupeKey?: string;
}

/** Creates a notification unless one with the same dedupe key exists; returns it when new. */
export async function notify(exec: Executor, n: NewNotification): Promise<typeof notifications.$inferSelect | null> {
  const [row] = await exec
    .insert(notifications)
    .values({ userId: n.userId ?? null, unitId: n.unitId ?? null, kind: n.kind, title: n.title, body: n.body ?? '', link: n.link ?? null, dedupeKey: n.dedupeKey ?? null })
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning();
  return row ?? null;
}

/** Sends by e-mail the notifications not yet e-mailed, to their user or every active user of their unit with an address. */
export async function emailPendingNotifications(exec: Executor, mailer: Mailer): Promise<number> {
  if (!mailer.enabled) return 0;
  const pending = await exec.select().from(notifications).where(isNull(notifications.emailedAt)).limit(500);
  let sent = 0;
  for (const n of pending) {
    const recipients = await exec
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.active, true), n.userId ? eq(users.id, n.userId) : eq(users.unitId, n.unitId ?? -1)));
    const to = recipients.map((r) => r.email).filter((e): e is string => Boolean(e));
    if (to.length) {
      await mailer.send({ to, subject: `[CCHC] ${n.title}`, text: `${n.body}\n\n${n.link ? `Xem chi tiết: ${n.link}` : ''}`.trim() });
      sent++;
    }
    await exec.update(notifications).set({ emailedAt: clock.now() }).where(eq(notifications.id, n.id));
  }
  return sent;
}

/** The actor's notifications: addressed to them or to their unit, newest first. */
export async function listMyNotifications(db: Db, actor: Actor, opts: { unreadOnly?: boolean } = {}) {
  const mine = or(eq(notifications.userId, actor.userId), and(isNull(notifications.userId), eq(notifications.unitId, actor.unitId)));
  const rows = await db
    .select()
    .from(notifications)
    .where(opts.unreadOnly ? and(mine, isNull(notifications.readAt)) : mine)
    .orderBy(desc(notifications.id))
    .limit(200);
  const [{ unread }] = await db.select({ unread: sql<number>`count(*)::int` }).from(notifications).where(and(mine, isNull(notifications.readAt)));
  return {
    unread,
    items: rows.map((r) => ({ id: r.id, kind: r.kind, title: r.title, body: r.body, link: r.link, createdAt: r.createdAt.toISOString(), readAt: r.readAt?.toISOString() ?? null })),
  };
}

/** Marks notifications read; only one's own (or one's unit's) can be marked. */
export async function markRead(db: Db, actor: Actor, ids: number[]): Promise<void> {
  if (!ids.length) return;
  const rows = await db.select().from(notifications).where(inArray(notifications.id, ids));
  for (const r of rows) {
    const own = r.userId === actor.userId || (r.userId === null && r.unitId === actor.unitId);
    if (!own) throw forbidden();
  }
  if (rows.length !== ids.length) throw forbidden();
  await db.update(notifications).set({ readAt: clock.now() }).where(and(inArray(notifications.id, ids), isNull(notifications.readAt)));
}
