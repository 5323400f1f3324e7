import type { Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { forbidden } from '../../errors';
import type { Mailer } from '../../mail/mailer';
import * as clock from '../../clock';
import { notificationRepository, type NotificationRow } from './notification.repository';

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
export async function notify(exec: Executor, n: NewNotification): Promise<NotificationRow | null> {
  return notificationRepository.insertUnlessKnown(exec, {
    userId: n.userId ?? null,
    unitId: n.unitId ?? null,
    kind: n.kind,
    title: n.title,
    body: n.body ?? '',
    link: n.link ?? null,
    dedupeKey: n.dedupeKey ?? null,
  });
}

/** Sends by e-mail the notifications not yet e-mailed, to their user or every active user of their unit with an address. */
export async function emailPendingNotifications(exec: Executor, mailer: Mailer): Promise<number> {
  if (!mailer.enabled) return 0;
  const pending = await notificationRepository.notEmailed(exec, 500);
  let sent = 0;
  for (const n of pending) {
    const recipients = await notificationRepository.recipientEmails(exec, { userId: n.userId, unitId: n.unitId });
    const to = recipients.filter((e): e is string => Boolean(e));
    if (to.length) {
      await mailer.send({ to, subject: `[CCHC] ${n.title}`, text: `${n.body}\n\n${n.link ? `Xem chi tiết: ${n.link}` : ''}`.trim() });
      sent++;
    }
    await notificationRepository.markEmailed(exec, n.id, clock.now());
  }
  return sent;
}

/** The actor's notifications: addressed to them or to their unit, newest first. */
export async function listMyNotifications(db: Db, actor: Actor, opts: { unreadOnly?: boolean } = {}) {
  const rows = await notificationRepository.inbox(db, actor, { unreadOnly: Boolean(opts.unreadOnly), limit: 200 });
  const unread = await notificationRepository.unreadCount(db, actor);
  return {
    unread,
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      link: r.link,
      createdAt: r.createdAt.toISOString(),
      readAt: r.readAt?.toISOString() ?? null,
    })),
  };
}

/** Marks notifications read; only one's own (or one's unit's) can be marked. */
export async function markRead(db: Db, actor: Actor, ids: number[]): Promise<void> {
  if (!ids.length) return;
  const rows = await notificationRepository.byIds(db, ids);
  for (const r of rows) {
    const own = r.userId === actor.userId || (r.userId === null && r.unitId === actor.unitId);
    if (!own) throw forbidden();
  }
  if (rows.length !== ids.length) throw forbidden();
  await notificationRepository.markRead(db, ids, clock.now());
}
