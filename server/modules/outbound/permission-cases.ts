import type { PermissionCase } from '../permission-case';

const NOT_ADMIN = ['vanphong', 'lanhdao', 'thamdinh', 'motcua', 'tccb', 'truong', 'pgdlechan'];

/**
 * Permission-matrix rows of the outbound routes for signed-in staff (every role reads dossiers in its scope);
 * outbound.test.ts proves the keys: none → 401, a revoked key → 401, another subtree → 403.
 */
export const outboundPermissionCases: PermissionCase[] = [
  { method: 'GET', url: '/api/outbound/kpi766', path: () => '/api/outbound/kpi766?year=2025', denied: [], allowed: ['vanphong', 'lanhdao', 'truong'] },
  { method: 'GET', url: '/api/outbound/kpi766.csv', path: () => '/api/outbound/kpi766.csv?year=2025', denied: [], allowed: ['lanhdao', 'pgdlechan'] },
  {
    method: 'GET',
    url: '/api/outbound/dossiers',
    path: (ids) => `/api/outbound/dossiers?unitId=${ids.unitId('PGD-NQ')}`,
    denied: ['truong', 'pgdlechan'],
    allowed: ['admin', 'lanhdao', 'motcua'],
  },
  {
    method: 'GET',
    url: '/api/outbound/dossiers.csv',
    path: (ids) => `/api/outbound/dossiers.csv?unitId=${ids.unitId('SGDDT')}`,
    denied: ['truong', 'tccb'],
    allowed: ['vanphong'],
  },
  { method: 'GET', url: '/api/api-tokens', denied: NOT_ADMIN, allowed: ['admin'] },
  {
    method: 'POST',
    url: '/api/api-tokens',
    payload: (ids) => ({ name: 'Hệ thống báo cáo tỉnh', unitId: ids.unitId('SGDDT') }),
    denied: NOT_ADMIN,
    allowed: ['admin'],
  },
  { method: 'POST', url: '/api/api-tokens/:id/revoke', path: () => '/api/api-tokens/999999/revoke', denied: NOT_ADMIN, allowed: [] },
];
