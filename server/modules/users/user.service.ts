import type { CreateUserRequest, UpdateUserRequest, User } from '../../../contracts/users';
import { hashPassword } from '../../auth/passwords';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { conflict, DomainError, forbidden, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { orgUnitRepository } from '../org-units/org-unit.repository';
import { deleteSessionsOfUser } from './session.repository';
import { userRepository, type UserWithUnit } from './user.repository';
import * as clock from '../../clock';

/** The public shape of an account: never the hash. */
export function toUser(u: UserWithUnit): User {
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    email: u.email,
    role: u.role as User['role'],
    unitId: u.unitId,
    unitName: u.unitName,
    active: u.active,
    lockedUntil: u.lockedUntil && u.lockedUntil > clock.now() ? u.lockedUntil.toISOString() : null,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  };
}

/** Lists accounts in the actor's scope. */
export async function listUsers(db: Db, actor: Actor, filter: { q?: string; unitId?: number; role?: string; active?: 'true' | 'false' }): Promise<User[]> {
  authorize(actor, 'user:read');
  const rows = await userRepository.list(db, {
    scopePath: actor.scopePath,
    q: filter.q,
    unitId: filter.unitId,
    role: filter.role,
    active: filter.active === undefined ? undefined : filter.active === 'true',
  });
  return rows.map(toUser);
}

async function unitInScope(exec: Executor, actor: Actor, unitId: number) {
  const unit = await orgUnitRepository.findById(exec, unitId);
  if (!unit) throw new DomainError('UNIT_NOT_FOUND', `Đơn vị (mã số ${unitId}) không tồn tại; chọn đơn vị khác.`, 400, { field: 'unitId' });
  authorize(actor, 'user:manage', unit);
  if (!unit.active) throw new DomainError('UNIT_INACTIVE', `Đơn vị "${unit.name}" đã ngừng hoạt động; chọn đơn vị khác.`, 400, { field: 'unitId' });
  return unit;
}

async function userForManage(exec: Executor, actor: Actor, id: number): Promise<UserWithUnit> {
  authorize(actor, 'user:manage');
  const user = await userRepository.findById(exec, id);
  if (!user) throw actor.scopePath === '/' ? notFound(`tài khoản có mã số ${id}`) : forbidden();
  authorize(actor, 'user:manage', { path: user.unitPath });
  return user;
}

/** Creates an account; the user must change the password at first login. */
export async function createUser(db: Db, actor: Actor, input: CreateUserRequest): Promise<User> {
  authorize(actor, 'user:manage');
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await unitInScope(tx, actor, input.unitId);
    if (await userRepository.findByUsername(tx, input.username)) {
      throw conflict('USERNAME_TAKEN', `Tên đăng nhập "${input.username}" đã có người dùng; chọn tên khác.`);
    }
    const row = await userRepository.insert(tx, {
      username: input.username,
      fullName: input.fullName,
      email: input.email ?? null,
      role: input.role,
      unitId: input.unitId,
      passwordHash,
      mustChangePassword: true,
    });
    const user = (await userRepository.findById(tx, row.id))!;
    await recordAudit(tx, actor, { action: 'user.created', entityType: 'user', entityId: user.id, unitId: user.unitId, after: toUser(user) });
    return toUser(user);
  });
}

/** Changes name, e-mail, role, unit or active flag. Deactivating ends the user's sessions. */
export async function updateUser(db: Db, actor: Actor, id: number, input: UpdateUserRequest): Promise<User> {
  return db.transaction(async (tx) => {
    const before = await userForManage(tx, actor, id);
    if (input.unitId !== undefined && input.unitId !== before.unitId) await unitInScope(tx, actor, input.unitId);
    if (id === actor.userId && (input.active === false || (input.role && input.role !== before.role))) {
      throw new DomainError('CANNOT_CHANGE_SELF', 'Không thể tự ngừng hoạt động hoặc tự đổi vai trò của chính mình; nhờ một quản trị viên khác.');
    }
    await userRepository.update(tx, id, {
      fullName: input.fullName ?? before.fullName,
      email: input.email === undefined ? before.email : input.email,
      role: input.role ?? before.role,
      unitId: input.unitId ?? before.unitId,
      active: input.active ?? before.active,
    });
    if (input.active === false || (input.role && input.role !== before.role) || (input.unitId && input.unitId !== before.unitId)) {
      await deleteSessionsOfUser(tx, id);
    }
    const after = (await userRepository.findById(tx, id))!;
    await recordAudit(tx, actor, {
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      unitId: after.unitId,
      before: toUser(before),
      after: toUser(after),
    });
    return toUser(after);
  });
}

/** Sets a new password chosen by an administrator, unlocks the account and ends its sessions. */
export async function resetPassword(db: Db, actor: Actor, id: number, newPassword: string): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    const user = await userForManage(tx, actor, id);
    await userRepository.update(tx, id, { passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null });
    await deleteSessionsOfUser(tx, id);
    await recordAudit(tx, actor, { action: 'user.password-reset', entityType: 'user', entityId: id, unitId: user.unitId });
  });
}
