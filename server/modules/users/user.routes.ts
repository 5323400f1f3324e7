import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, OkReply } from '../../../contracts/common';
import { CreateUserRequest, ResetPasswordRequest, UpdateUserRequest, User, UserListQuery } from '../../../contracts/users';
import { createUser, listUsers, resetPassword, updateUser } from './user.service';

export async function userRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/users',
    { schema: { tags: ['users'], summary: 'Danh sách tài khoản', querystring: UserListQuery, response: { 200: z.array(User) } } },
    async (req) => listUsers(app.db, req.requireActor(), req.query),
  );
  r.post('/api/users', { schema: { tags: ['users'], summary: 'Tạo tài khoản', body: CreateUserRequest, response: { 201: User } } }, async (req, reply) =>
    reply.code(201).send(await createUser(app.db, req.requireActor(), req.body)),
  );
  r.patch(
    '/api/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Sửa, đổi vai trò, đơn vị, ngừng hoạt động tài khoản',
        params: IdParams,
        body: UpdateUserRequest,
        response: { 200: User },
      },
    },
    async (req) => updateUser(app.db, req.requireActor(), req.params.id, req.body),
  );
  r.post(
    '/api/users/:id/reset-password',
    { schema: { tags: ['users'], summary: 'Đặt lại mật khẩu', params: IdParams, body: ResetPasswordRequest, response: { 200: OkReply } } },
    async (req) => {
      await resetPassword(app.db, req.requireActor(), req.params.id, req.body.newPassword);
      return { ok: true as const };
    },
  );
}
