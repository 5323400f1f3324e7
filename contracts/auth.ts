import { z } from 'zod';
import { Role, UnitType } from './roles';

export const LoginRequest = z.object({
  username: z.string().trim().min(1, 'Nhập tên đăng nhập.').max(64),
  password: z.string().min(1, 'Nhập mật khẩu.').max(256),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const Me = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  role: Role,
  mustChangePassword: z.boolean(),
  unit: z.object({ id: z.number(), name: z.string(), code: z.string(), type: UnitType }),
  /** Actions this user may perform somewhere in their scope, so the web app hides what it cannot do. */
  permissions: z.array(z.string()),
});
export type Me = z.infer<typeof Me>;

/** Password policy: long enough, with letters and digits; checked on the server and shown in the form. */
export const NewPassword = z
  .string()
  .min(8, 'Mật khẩu mới cần ít nhất 8 ký tự.')
  .max(256)
  .refine((p) => /[A-Za-zÀ-ỹ]/.test(p) && /\d/.test(p), 'Mật khẩu mới cần có cả chữ và số.');

export const ChangePasswordRequest = z.object({
  currentPassword: z.string().min(1, 'Nhập mật khẩu hiện tại.'),
  newPassword: NewPassword,
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;
