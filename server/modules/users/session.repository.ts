import { and, eq, gt, lt } from 'drizzle-orm';
import { createHash, randomBytes } from 'node:crypto';
import type { Executor } from '../../db/client';
import { sessions } from '../../db/schema/index';
import * as clock from '../../clock';

/** The id stored in the database is the SHA-256 of the cookie token: a stolen table does not give usable cookies. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a session and returns the token for the cookie. */
export async function createSession(exec: Executor, userId: number, ttlHours: number, meta: { ip?: string; userAgent?: string }): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await exec.insert(sessions).values({
    id: sessionIdOf(token),
    userId,
    expiresAt: new Date(clock.now().getTime() + ttlHours * 3_600_000),
    ip: meta.ip ?? null,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return token;
}

/** The user id of a live session, or null. */
export async function findLiveSession(exec: Executor, token: string): Promise<{ userId: number } | null> {
  const [row] = await exec
    .select({ userId: sessions.userId })
    .from(sessions)
    .where(and(eq(sessions.id, sessionIdOf(token)), gt(sessions.expiresAt, clock.now())));
  return row ?? null;
}

export async function deleteSession(exec: Executor, token: string): Promise<void> {
  await exec.delete(sessions).where(eq(sessions.id, sessionIdOf(token)));
}

export async function deleteSessionsOfUser(exec: Executor, userId: number): Promise<void> {
  await exec.delete(sessions).where(eq(sessions.userId, userId));
}

/** Removes the sessions past their expiry (the scheduler runs it hourly, server/modules/foundation.ts). */
export async function deleteExpiredSessions(exec: Executor): Promise<void> {
  await exec.delete(sessions).where(lt(sessions.expiresAt, clock.now()));
}
