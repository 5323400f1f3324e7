import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Actor } from '../auth/permissions';
import { unauthenticated } from '../errors';

export const SESSION_COOKIE = 'cchc_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or throws 401. Every staff route starts with it. */
    requireActor(): Actor;
    /** The signed-in user or null (public routes that behave better for staff). */
    actor: Actor | null;
    /** The raw session token from the signed cookie, or null. */
    sessionToken(): string | null;
  }
}

/** How a session token becomes an actor (modules/auth owns sessions; app.ts passes it in). */
export interface AuthPluginOptions {
  actorFromSession(token: string, ip: string): Promise<Actor | null>;
}

/** Resolves the session cookie to an actor once per request. */
export const authPlugin = fp(async (app: FastifyInstance, opts: AuthPluginOptions) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('requireActor', function (this: FastifyRequest) {
    if (!this.actor) throw unauthenticated();
    return this.actor;
  });
  app.decorateRequest('sessionToken', function (this: FastifyRequest) {
    const raw = this.cookies[SESSION_COOKIE];
    if (!raw) return null;
    const unsigned = this.unsignCookie(raw);
    return unsigned.valid ? unsigned.value : null;
  });
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.sessionToken();
    req.actor = token ? await opts.actorFromSession(token, req.ip) : null;
  });
});
