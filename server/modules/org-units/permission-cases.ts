import type { PermissionCase } from '../permission-case';

const NOT_ADMIN = ['vanphong', 'lanhdao', 'thamdinh', 'motcua', 'tccb', 'truong', 'pgdlechan'];
const rename = (t: Parameters<NonNullable<PermissionCase['payload']>>[0]) => ({
  kind: 'rename',
  unitId: t.unitId('THCS-CVA'),
  name: 'Trường THCS Chu Văn An (đổi tên)',
  effectiveOn: '2025-09-01',
  decisionNo: '15/QĐ-UBND',
});

/** Permission-matrix rows of the organisation's history: changes are an administrator's, history is everyone's. */
export const orgUnitsPermissionCases: PermissionCase[] = [
  {
    method: 'GET',
    url: '/api/org-units/:id/history',
    path: (t) => `/api/org-units/${t.unitId('PGD-LC')}/history`,
    denied: [],
    allowed: ['truong', 'pgdlechan', 'admin'],
  },
  { method: 'GET', url: '/api/org-changes', denied: NOT_ADMIN, allowed: ['admin'] },
  { method: 'GET', url: '/api/org-changes/:id', path: () => '/api/org-changes/987654', denied: NOT_ADMIN, allowed: [] },
  { method: 'POST', url: '/api/org-changes/preview', payload: rename, denied: NOT_ADMIN, allowed: ['admin'] },
  { method: 'POST', url: '/api/org-changes', payload: rename, denied: NOT_ADMIN, allowed: ['admin'] },
  { method: 'GET', url: '/api/unit-history-grants', denied: ['tccb', 'truong', 'pgdlechan', 'motcua', 'thamdinh', 'vanphong', 'lanhdao'], allowed: ['admin'] },
  {
    method: 'POST',
    url: '/api/unit-history-grants',
    payload: (t) => ({ userId: t.userId('pgdlechan'), unitId: t.unitId('PGD-LC') }),
    denied: ['tccb', 'truong', 'pgdlechan', 'motcua', 'thamdinh', 'vanphong', 'lanhdao'],
    allowed: [],
  },
  {
    method: 'POST',
    url: '/api/unit-history-grants/:id/revoke',
    path: () => '/api/unit-history-grants/987654/revoke',
    denied: ['tccb', 'truong', 'pgdlechan', 'motcua', 'thamdinh', 'vanphong', 'lanhdao'],
    allowed: [],
  },
];
