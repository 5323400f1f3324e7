import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ChangePasswordRequest, LoginRequest, Me } from '../../../contracts/auth';
import { OkReply } from '../../../contracts/common';
import { SESSION_COOKIE } from '../../plugins/auth';
import { changePassword, login, me, toActor } from './auth.service';
import { deleteSession } from '../users/session.repository';

export async function authRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: app.config.cookieSecure,
    signed: true,
    maxAge: app.config.sessionTtlHours * 3600,
  };

  r.post(
    '/api/auth/login',
    {
      schema: { tags: ['auth'], summary: 'Đăng nhập', body: LoginRequest, response: { 200: Me } },
      config: { rateLimit: { max: app.config.rateLimits.loginPerMinute, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const { token, user } = await login(app.db, req.body, { ip: req.ip, userAgent: req.headers['user-agent'], ttlHours: app.config.sessionTtlHours });
      reply.setCookie(SESSION_COOKIE, token, cookieOptions);
      return me(app.db, toActor(user, req.ip));
    },
  );

  r.post('/api/auth/logout', { schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 200: OkReply } } }, async (req, reply) => {
    const token = req.sessionToken();
    if (token) await deleteSession(app.db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  r.get('/api/auth/me', { schema: { tags: ['auth'], summary: 'Người dùng đang đăng nhập', response: { 200: Me } } }, async (req) =>
    me(app.db, req.requireActor()),
  );

  r.post(
    '/api/auth/change-password',
    { schema: { tags: ['auth'], summary: 'Đổi mật khẩu', body: ChangePasswordRequest, response: { 200: OkReply } } },
    async (req, reply) => {
      const token = await changePassword(app.db, req.requireActor(), req.body, app.config.sessionTtlHours);
      reply.setCookie(SESSION_COOKIE, token, cookieOptions);
      return { ok: true as const };
    },
  );
}
