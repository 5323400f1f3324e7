import { describe, expect, it } from 'vitest';
import { ROLES } from '../../contracts/roles';
import { useTestApp } from '../../test/harness';
import { DEMO_USERS } from '../demo/demo-accounts';
import { features } from '../modules/index';
import type { PermissionCase } from '../modules/permission-case';

const t = useTestApp();

/**
 * Every staff route with the demo accounts that must be refused. A route added without a row
 * here fails the last test, so no route ships unguarded. Payloads are valid, so a refusal
 * can only come from the permission check; ids point at real records outside the caller's scope.
 */
type Case = PermissionCase;

const CASES: Case[] = [
  { method: 'GET', url: '/api/org-units', denied: [], allowed: ['truong', 'admin'] },
  {
    method: 'POST',
    url: '/api/org-units',
    payload: (t) => ({ parentId: t.unitId('PGD-LC'), code: 'NEW-1', name: 'Trường mới', type: 'school' }),
    denied: ['vanphong', 'lanhdao', 'thamdinh', 'motcua', 'tccb', 'truong', 'pgdlechan'],
    allowed: ['admin'],
  },
  {
    method: 'PATCH',
    url: '/api/org-units/:id',
    path: (t) => `/api/org-units/${t.unitId('THCS-CVA')}`,
    payload: () => ({ name: 'Tên mới' }),
    denied: ['vanphong', 'lanhdao', 'thamdinh', 'motcua', 'tccb', 'truong', 'pgdlechan'],
    allowed: ['admin'],
  },
  { method: 'GET', url: '/api/users', denied: ['tccb', 'truong', 'pgdlechan', 'motcua', 'thamdinh'], allowed: ['admin', 'vanphong', 'lanhdao'] },
  {
    method: 'POST',
    url: '/api/users',
    payload: (t) => ({ username: 'moi.user', fullName: 'Người mới', role: 'unit_staff', unitId: t.unitId('THPT-TP'), password: 'BatDau2026' }),
    denied: ['vanphong', 'lanhdao', 'thamdinh', 'motcua', 'tccb', 'truong', 'pgdlechan'],
    allowed: ['admin'],
  },
  {
    method: 'PATCH',
    url: '/api/users/:id',
    path: (t) => `/api/users/${t.userId('truong')}`,
    payload: () => ({ fullName: 'Tên khác' }),
    denied: ['vanphong', 'lanhdao', 'thamdinh', 'motcua', 'tccb', 'pgdlechan'],
    allowed: ['admin'],
  },
  {
    method: 'POST',
    url: '/api/users/:id/reset-password',
    path: (t) => `/api/users/${t.userId('truong')}/reset-password`,
    payload: () => ({ newPassword: 'DatLai2026x' }),
    denied: ['vanphong', 'lanhdao', 'thamdinh', 'motcua', 'tccb', 'pgdlechan'],
    allowed: ['admin'],
  },
  { method: 'GET', url: '/api/audit', denied: ['tccb', 'truong', 'pgdlechan', 'motcua', 'thamdinh'], allowed: ['admin', 'vanphong', 'lanhdao'] },
];

/** Routes that need no permission beyond a session, or none at all (covered by their own tests). */
const SESSION_ONLY = new Set([
  'GET /api/health',
  'GET /api/openapi.json',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/auth/me',
  'POST /api/auth/change-password',
  // Files are checked per record in file.test.ts (upload and download outside scope → 403).
  'POST /api/files',
  'GET /api/files/:id',
  'GET /api/files/:id/download',
]);

const ALL = [...CASES, ...features.flatMap((f) => f.permissionCases ?? [])];
const featureSessionOnly = new Set(features.flatMap((f) => f.sessionOnlyRoutes ?? []));

describe('permission matrix', () => {
  it('has one demo account per role', () => {
    const roles = new Set(DEMO_USERS.map((u) => u.role));
    for (const role of ROLES) expect(roles.has(role), role).toBe(true);
  });

  for (const c of ALL) {
    it(`${c.method} ${c.url}: refuses ${c.denied.join(', ') || 'no one'}; allows ${c.allowed.join(', ')}`, async () => {
      const url = c.path ? c.path(t) : c.url;
      const anonymous = await t.request({ method: c.method as 'GET', url, payload: c.payload?.(t) as object });
      expect(anonymous.statusCode, 'without a session').toBe(401);
      for (const who of c.denied) {
        const res = await t.request({ method: c.method as 'GET', url, as: who, payload: c.payload?.(t) as object });
        expect(res.statusCode, `${who} must be refused`).toBe(403);
        expect(res.json().error.code).toBe('FORBIDDEN');
      }
      for (const who of c.allowed) {
        const res = await t.request({ method: c.method as 'GET', url, as: who, payload: c.payload?.(t) as object });
        expect(res.statusCode, `${who} must be allowed: ${res.body}`).toBeLessThan(400);
      }
    });
  }

  it('covers every staff route the app registers', () => {
    const covered = new Set(ALL.map((c) => `${c.method} ${c.url}`));
    const missing = t.app.routeList
      .filter((r) => r.url.startsWith('/api/') && !r.public)
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => !covered.has(key) && !SESSION_ONLY.has(key) && !featureSessionOnly.has(key));
    expect(missing).toEqual([]);
  });
});
