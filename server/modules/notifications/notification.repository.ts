// Queries of notifications: creating one once per dedupe key, the e-mail queue, and the reader's inbox.
import { and, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { notifications, users } from '../../db/schema/index';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotificationRow = typeof notifications.$inferInsert;

// A reader's notifications: addressed to them, or to their unit and no one in particular.
function addressedTo(reader: { userId: number; unitId: number }): SQL | undefined {
  return or(eq(notifications.userId, reader.userId), and(isNull(notifications.userId), eq(notifications.unitId, reader.unitId)));
}

/** Queries of notifications. */
export const notificationRepository = {
  /** Inserts a notification unless one with the same dedupe key exists; returns it when inserted. */
  async insertUnlessKnown(exec: Executor, values: NewNotificationRow): Promise<NotificationRow | null> {
    const [row] = await exec.insert(notifications).values(values).onConflictDoNothing({ target: notifications.dedupeKey }).returning();
    return row ?? null;
  },
  /** Notifications not yet e-mailed, at most `limit`. */
  async notEmailed(exec: Executor, limit: number): Promise<NotificationRow[]> {
    return exec.select().from(notifications).where(isNull(notifications.emailedAt)).limit(limit);
  },
  /** The e-mail addresses (possibly empty) of the active user given, or else of every active user of the unit given. */
  async recipientEmails(exec: Executor, to: { userId: number | null; unitId: number | null }): Promise<Array<string | null>> {
    const rows = await exec
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.active, true), to.userId ? eq(users.id, to.userId) : eq(users.unitId, to.unitId ?? -1)));
    return rows.map((r) => r.email);
  },
  /** Records when a notification was e-mailed. */
  async markEmailed(exec: Executor, id: number, at: Date): Promise<void> {
    await exec.update(notifications).set({ emailedAt: at }).where(eq(notifications.id, id));
  },
  /** A reader's notifications, newest first, at most `limit`, unread only if asked. */
  async inbox(exec: Executor, reader: { userId: number; unitId: number }, opts: { unreadOnly: boolean; limit: number }): Promise<NotificationRow[]> {
    const mine = addressedTo(reader);
    return exec
      .select()
      .from(notifications)
      .where(opts.unreadOnly ? and(mine, isNull(notifications.readAt)) : mine)
      .orderBy(desc(notifications.id))
      .limit(opts.limit);
  },
  /** How many of a reader's notifications are unread. */
  async unreadCount(exec: Executor, reader: { userId: number; unitId: number }): Promise<number> {
    const [{ unread }] = await exec
      .select({ unread: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(addressedTo(reader), isNull(notifications.readAt)));
    return unread;
  },
  /** The notifications with these ids (those that exist). */
  async byIds(exec: Executor, ids: number[]): Promise<NotificationRow[]> {
    return exec.select().from(notifications).where(inArray(notifications.id, ids));
  },
  /** Marks read, at `at`, those of these notifications not read yet. */
  async markRead(exec: Executor, ids: number[], at: Date): Promise<void> {
    await exec
      .update(notifications)
      .set({ readAt: at })
      .where(and(inArray(notifications.id, ids), isNull(notifications.readAt)));
  },
};
