import type { ChangePasswordRequest, LoginRequest, Me } from '../../../contracts/auth';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../auth/passwords';
import { permissionsOf, scopePathFor, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { DomainError } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { orgChangeRepository } from '../org-units/org-change.repository';
import { userRepository, type UserWithUnit } from '../users/user.repository';
import { createSession, deleteSessionsOfUser, findLiveSession } from '../users/session.repository';
import * as clock from '../../clock';

/** After this many wrong passwords in a row the account is locked for LOCK_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

// One message for an unknown user and a wrong password, so the reply does not tell which usernames exist.
const BAD_CREDENTIALS = 'Tên đăng nhập hoặc mật khẩu không đúng. Kiểm tra lại (chú ý chữ hoa, chữ thường và bộ gõ tiếng Việt).';

/** Checks the credentials and opens a session; returns the cookie token. */
export async function login(
  db: Db,
  input: LoginRequest,
  meta: { ip?: string; userAgent?: string; ttlHours: number },
): Promise<{ token: string; user: UserWithUnit }> {
  const user = await userRepository.findByUsername(db, input.username);
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), input.password); // same cost as a real check
    throw new DomainError('BAD_CREDENTIALS', BAD_CREDENTIALS, 401);
  }
  if (user.lockedUntil && user.lockedUntil > clock.now()) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - clock.now().getTime()) / 60_000);
    throw new DomainError(
      'ACCOUNT_LOCKED',
      `Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Thử lại sau ${minutes} phút hoặc nhờ quản trị viên đặt lại mật khẩu.`,
      429,
    );
  }
  const ok = await verifyPassword(user.passwordHash, input.password);
  if (!ok || !user.active) {
    if (!ok) await userRepository.recordFailedLogin(db, user.id, MAX_FAILED_LOGINS, LOCK_MINUTES);
    await recordAudit(
      db,
      { userId: user.id, username: user.username, ip: meta.ip },
      { action: 'auth.login-failed', entityType: 'user', entityId: user.id, unitId: user.unitId },
    );
    if (ok && !user.active) throw new DomainError('ACCOUNT_INACTIVE', 'Tài khoản đã ngừng hoạt động. Liên hệ quản trị viên.', 401);
    throw new DomainError('BAD_CREDENTIALS', BAD_CREDENTIALS, 401);
  }
  await userRepository.update(db, user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: clock.now() });
  const token = await createSession(db, user.id, meta.ttlHours, meta);
  await recordAudit(
    db,
    { userId: user.id, username: user.username, ip: meta.ip },
    { action: 'auth.login', entityType: 'user', entityId: user.id, unitId: user.unitId },
  );
  return { token, user };
}

/** Resolves a session token to the actor, or null when the session is gone or the account inactive. */
export async function actorFromSession(db: Db, token: string, ip?: string): Promise<Actor | null> {
  const session = await findLiveSession(db, token);
  if (!session) return null;
  const user = await userRepository.findById(db, session.userId);
  if (!user || !user.active) return null;
  const actor = toActor(user, ip);
  const historyPaths = await orgChangeRepository.historyPathsOf(db, user.id);
  return historyPaths.length ? { ...actor, historyPaths } : actor;
}

/** Builds the actor of a user. */
export function toActor(user: UserWithUnit, ip?: string): Actor {
  const role = user.role as Actor['role'];
  return {
    userId: user.id,
    username: user.username,
    fullName: user.fullName,
    role,
    unitId: user.unitId,
    unitPath: user.unitPath,
    scopePath: scopePathFor(role, user.unitPath),
    ip,
  };
}

/** What the web app needs to know about the signed-in user. */
export async function me(db: Db, actor: Actor): Promise<Me> {
  const user = (await userRepository.findById(db, actor.userId))!;
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    email: user.email,
    role: actor.role,
    mustChangePassword: user.mustChangePassword,
    unit: { id: user.unitId, name: user.unitName, code: user.unitCode, type: user.unitType as Me['unit']['type'] },
    permissions: permissionsOf(actor.role),
  };
}

/** Changes one's own password after checking the current one; other sessions are closed. */
export async function changePassword(db: Db, actor: Actor, input: ChangePasswordRequest, ttlHours: number): Promise<string> {
  const user = (await userRepository.findById(db, actor.userId))!;
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError('WRONG_CURRENT_PASSWORD', 'Mật khẩu hiện tại không đúng.', 400, { field: 'currentPassword' });
  }
  if (input.currentPassword === input.newPassword) {
    throw new DomainError('SAME_PASSWORD', 'Mật khẩu mới phải khác mật khẩu hiện tại.', 400, { field: 'newPassword' });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    await userRepository.update(tx, actor.userId, { passwordHash, mustChangePassword: false });
    await deleteSessionsOfUser(tx, actor.userId);
    await recordAudit(tx, actor, { action: 'auth.password-changed', entityType: 'user', entityId: actor.userId, unitId: actor.unitId });
    return createSession(tx, actor.userId, ttlHours, { ip: actor.ip });
  });
}
