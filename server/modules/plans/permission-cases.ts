import type { PermissionCase } from '../permission-case';

// Roles without an action are refused before any record is read. Routes on a record (:id) have no
// record here (the matrix runs on units and accounts only), so their scope checks — a school on
// another unit's plan or task, a coordinating unit adding a note — are proved with real records in
// plans.permissions.test.ts.
const NO_MANAGE = ['lanhdao', 'thamdinh', 'motcua'];
const NO_UPDATE = ['lanhdao', 'thamdinh', 'motcua'];
const NO_APPROVE = ['tccb', 'truong', 'pgdlechan', 'thamdinh', 'motcua'];
const ID = 987654;

/** Permission-matrix rows of the plans feature's staff routes. */
export const plansPermissionCases: PermissionCase[] = [
  { method: 'GET', url: '/api/plans', denied: [], allowed: ['truong', 'vanphong', 'lanhdao', 'thamdinh', 'motcua'] },
  {
    method: 'POST',
    url: '/api/plans',
    payload: (t) => ({ unitId: t.unitId('THPT-TP'), year: 2031, title: 'Kế hoạch CCHC năm 2031' }),
    // tccb and pgdlechan hold plan:manage, but the school is outside their subtree.
    denied: [...NO_MANAGE, 'tccb', 'pgdlechan'],
    allowed: ['truong'],
  },
  {
    method: 'GET',
    url: '/api/plans/submissions',
    path: () => '/api/plans/submissions?year=2025',
    denied: NO_APPROVE,
    allowed: ['vanphong', 'lanhdao', 'admin'],
  },
  {
    method: 'GET',
    url: '/api/plans/progress',
    path: () => '/api/plans/progress?year=2025',
    denied: [],
    allowed: ['truong', 'vanphong', 'lanhdao', 'thamdinh', 'motcua'],
  },
  {
    method: 'GET',
    url: '/api/plans/progress/export.xlsx',
    path: () => '/api/plans/progress/export.xlsx?year=2025',
    denied: [],
    allowed: ['truong', 'vanphong', 'lanhdao'],
  },
  { method: 'GET', url: '/api/tasks/mine/export.xlsx', denied: [], allowed: ['truong', 'tccb', 'vanphong'] },
  { method: 'GET', url: '/api/tasks/mine', denied: [], allowed: ['truong', 'tccb', 'vanphong', 'lanhdao'] },
  { method: 'GET', url: '/api/plans/:id', path: () => `/api/plans/${ID}`, denied: ['truong', 'pgdlechan'], allowed: [] },
  {
    method: 'POST',
    url: '/api/plans/:id/transition',
    path: () => `/api/plans/${ID}/transition`,
    payload: () => ({ action: 'approve' }),
    denied: NO_APPROVE,
    allowed: [],
  },
  { method: 'GET', url: '/api/plans/:id/tasks', path: () => `/api/plans/${ID}/tasks`, denied: ['truong', 'pgdlechan'], allowed: [] },
  {
    method: 'POST',
    url: '/api/plans/:id/tasks',
    path: () => `/api/plans/${ID}/tasks`,
    payload: (t) => ({ content: 'Nhiệm vụ thử', areaKey: 'direction', leadUnitId: t.unitId('VP'), timeFrame: 'Quý I/2025' }),
    denied: NO_MANAGE,
    allowed: [],
  },
  { method: 'GET', url: '/api/plans/:id/stats', path: () => `/api/plans/${ID}/stats`, denied: ['truong', 'pgdlechan'], allowed: [] },
  { method: 'GET', url: '/api/plans/:id/targets', path: () => `/api/plans/${ID}/targets`, denied: ['truong', 'pgdlechan'], allowed: [] },
  {
    method: 'POST',
    url: '/api/plans/:id/targets',
    path: () => `/api/plans/${ID}/targets`,
    payload: () => ({ code: 'CT1', text: 'Tỷ lệ nhiệm vụ đúng hạn', comparison: '>=', value: 80, unit: '%' }),
    denied: NO_MANAGE,
    allowed: [],
  },
  {
    method: 'PUT',
    url: '/api/plan-targets/:id/value',
    path: () => `/api/plan-targets/${ID}/value`,
    payload: () => ({ value: 50, note: '', evidenceFileId: '00000000-0000-4000-8000-000000000000' }),
    denied: NO_UPDATE,
    allowed: [],
  },
  { method: 'POST', url: '/api/plans/:id/import/preview', path: () => `/api/plans/${ID}/import/preview`, denied: ['truong', 'pgdlechan'], allowed: [] },
  { method: 'POST', url: '/api/plans/:id/import', path: () => `/api/plans/${ID}/import`, denied: ['truong', 'pgdlechan'], allowed: [] },
  { method: 'GET', url: '/api/plans/:id/export.xlsx', path: () => `/api/plans/${ID}/export.xlsx`, denied: ['truong', 'pgdlechan'], allowed: [] },
  { method: 'PATCH', url: '/api/tasks/:id', path: () => `/api/tasks/${ID}`, payload: () => ({ content: 'Nội dung sửa' }), denied: NO_MANAGE, allowed: [] },
  { method: 'DELETE', url: '/api/tasks/:id', path: () => `/api/tasks/${ID}`, denied: NO_MANAGE, allowed: [] },
  {
    method: 'POST',
    url: '/api/tasks/:id/cancel',
    path: () => `/api/tasks/${ID}/cancel`,
    payload: () => ({ reason: 'Điều chỉnh kế hoạch' }),
    denied: NO_MANAGE,
    allowed: [],
  },
  { method: 'POST', url: '/api/tasks/:id/restore', path: () => `/api/tasks/${ID}/restore`, denied: NO_MANAGE, allowed: [] },
  { method: 'PATCH', url: '/api/plan-targets/:id', path: () => `/api/plan-targets/${ID}`, payload: () => ({ value: 90 }), denied: NO_MANAGE, allowed: [] },
  { method: 'DELETE', url: '/api/plan-targets/:id', path: () => `/api/plan-targets/${ID}`, denied: NO_MANAGE, allowed: [] },
  { method: 'GET', url: '/api/tasks/:id', path: () => `/api/tasks/${ID}`, denied: ['truong', 'pgdlechan', 'lanhdao'], allowed: [] },
  {
    method: 'POST',
    url: '/api/tasks/:id/updates',
    path: () => `/api/tasks/${ID}/updates`,
    payload: () => ({ progress: 50, note: 'Đang thực hiện' }),
    denied: [...NO_UPDATE, 'truong'],
    allowed: [],
  },
];
