import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for cookie sessions, on top of SameSite=Lax: a state-changing request that a
 * browser sends carries Origin (or at least Referer); it must name this server or an allowed origin.
 * Requests with neither come from non-browser clients (systems pushing dossiers, the CLI), which
 * cannot ride on a victim's cookie.
 */
export const originCheckPlugin = fp(async (app: FastifyInstance, opts: { allowedOrigins: string[] }) => {
  app.addHook('onRequest', async (req) => {
    if (SAFE_METHODS.has(req.method)) return;
    const origin = req.headers.origin ?? originOfReferer(req.headers.referer);
    if (origin === undefined) return;
    const host = req.headers['x-forwarded-host'] ?? req.headers.host;
    const own = [`http://${host}`, `https://${host}`];
    if (origin !== 'null' && (own.includes(origin) || opts.allowedOrigins.includes(origin))) return;
    throw new DomainError('CROSS_SITE_REQUEST', 'Yêu cầu bị từ chối vì được gửi từ một trang web khác. Hãy thao tác trực tiếp trên trang của hệ thống.', 403);
  });
});

function originOfReferer(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'null';
  }
}
