import { z } from 'zod';
import { NewPassword } from './auth';
import { Role } from './roles';

export const User = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  role: Role,
  unitId: z.number(),
  unitName: z.string(),
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
});
export type User = z.infer<typeof User>;

export const UserListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  role: Role.optional(),
  active: z.enum(['true', 'false']).optional(),
});

export const CreateUserRequest = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .min(3, 'Tên đăng nhập cần ít nhất 3 ký tự.')
    .max(64)
    .regex(/^[a-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới.'),
  fullName: z.string().trim().min(2, 'Nhập họ và tên.').max(120),
  email: z.string().trim().email('Địa chỉ e-mail không hợp lệ.').nullish(),
  role: Role,
  unitId: z.number().int().positive({ message: 'Chọn đơn vị.' }),
  password: NewPassword,
});
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;

export const UpdateUserRequest = z.object({
  fullName: z.string().trim().min(2).max(120).optional(),
  email: z.string().trim().email('Địa chỉ e-mail không hợp lệ.').nullish(),
  role: Role.optional(),
  unitId: z.number().int().positive().optional(),
  active: z.boolean().optional(),
});
export type UpdateUserRequest = z.infer<typeof UpdateUserRequest>;

export const ResetPasswordRequest = z.object({ newPassword: NewPassword });
