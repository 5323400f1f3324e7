import { describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { useTestApp } from '../../test/harness';

const t = useTestApp();

describe('web security basics', () => {
  it('sends security headers', async () => {
    const res = await t.request({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['strict-transport-security']).toBeDefined();
  });

  it('refuses a state-changing request from another site, accepts its own origin', async () => {
    const cookie = await t.login('admin');
    const payload = { parentId: t.unitId('SGDDT'), code: 'X1', name: 'Đơn vị thử', type: 'center' };
    const evil = await t.request({ method: 'POST', url: '/api/org-units', headers: { cookie, origin: 'https://evil.example' }, payload });
    expect(evil.statusCode).toBe(403);
    expect(evil.json().error.code).toBe('CROSS_SITE_REQUEST');
    const evilReferer = await t.request({ method: 'POST', url: '/api/org-units', headers: { cookie, referer: 'https://evil.example/page' }, payload });
    expect(evilReferer.statusCode).toBe(403);
    const own = await t.request({ method: 'POST', url: '/api/org-units', headers: { cookie, origin: 'http://localhost:80', host: 'localhost:80' }, payload });
    expect(own.statusCode).toBe(201);
  });

  it('answers errors in one shape without stack traces', async () => {
    const bad = await t.request({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username": ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('JSON');
    expect(bad.body).not.toMatch(/at .*\.ts:\d+/);
    const missing = await t.request({ method: 'GET', url: '/api/khong-co' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
  });

  it('limits the request size', async () => {
    const res = await t.request({ method: 'POST', url: '/api/auth/login', payload: { username: 'a', password: 'x'.repeat(3 * 1024 * 1024) } });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('rate-limits login attempts per address', async () => {
    const config = loadConfig({}, { ...t.config, rateLimits: { loginPerMinute: 3, publicPerMinute: 3 } });
    const app = await buildApp(config, { database: t.database });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x', password: 'y' } })).statusCode);
    }
    await app.close();
    expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
    expect(codes.slice(3)).toEqual([429, 429]);
  });

  it('describes every route in the OpenAPI document', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const route of t.app.routeList.filter((r) => r.url.startsWith('/api/') && r.url !== '/api/openapi.json')) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.[route.method.toLowerCase()], `${route.method} ${route.url}`).toBeDefined();
    }
  });
});
