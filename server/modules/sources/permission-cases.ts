import type { PermissionCase } from '../permission-case';

// Sources are read by the Office, leaders and one-stop officers; managed by the Office; run by both desks.
const CANNOT_READ = ['thamdinh', 'tccb', 'truong', 'pgdlechan'];
const CANNOT_MANAGE = ['lanhdao', 'thamdinh', 'motcua', 'tccb', 'truong', 'pgdlechan'];
const CANNOT_RUN = ['lanhdao', 'thamdinh', 'tccb', 'truong', 'pgdlechan'];
const MISSING = '/api/sources/999999';

/** A valid file source (the matrix has no stand-in to pull from). */
const fileSource = (unitId: number) => ({
  kind: 'file',
  name: 'Sổ theo dõi hồ sơ xuất từ hệ thống một cửa',
  code: 'so-theo-doi',
  unitId,
  schedule: { kind: 'manual' },
  profile: {
    sheet: null,
    headerRow: 1,
    headerDepth: 1,
    mapping: { code: { from: 'Mã hồ sơ', kind: 'value' }, procedureCode: { from: 'Mã TTHC', kind: 'value' } },
  },
});

/**
 * Permission-matrix rows of the sources routes. A source that does not exist answers 403 like one out of scope
 * (learn nothing), so routes on a source list allowed: []; source.test.ts proves the allowed paths and the scope.
 */
export const sourcesPermissionCases: PermissionCase[] = [
  { method: 'GET', url: '/api/sources', denied: CANNOT_READ, allowed: ['admin', 'vanphong', 'lanhdao', 'motcua'] },
  { method: 'POST', url: '/api/sources', payload: (ids) => fileSource(ids.unitId('SGDDT')), denied: CANNOT_MANAGE, allowed: ['vanphong'] },
  { method: 'GET', url: '/api/sources/:id', path: () => MISSING, denied: [...CANNOT_READ, 'vanphong', 'motcua'], allowed: [] },
  {
    method: 'PATCH',
    url: '/api/sources/:id',
    path: () => MISSING,
    payload: () => ({ name: 'Tên mới của nguồn' }),
    denied: [...CANNOT_MANAGE, 'vanphong'],
    allowed: [],
  },
  { method: 'POST', url: '/api/sources/:id/runs', path: () => `${MISSING}/runs`, denied: [...CANNOT_RUN, 'motcua'], allowed: [] },
  { method: 'GET', url: '/api/sources/:id/runs', path: () => `${MISSING}/runs`, denied: [...CANNOT_READ, 'lanhdao'], allowed: [] },
  { method: 'GET', url: '/api/sources/:id/runs/:runId', path: () => `${MISSING}/runs/1`, denied: [...CANNOT_READ, 'vanphong'], allowed: [] },
  { method: 'GET', url: '/api/sources/:id/reconciliation', path: () => `${MISSING}/reconciliation`, denied: [...CANNOT_READ, 'lanhdao'], allowed: [] },
  {
    method: 'PUT',
    url: '/api/sources/:id/reported-counts/:month',
    path: () => `${MISSING}/reported-counts/2025-03`,
    payload: () => ({ received: 10, resolved: 8, onTime: 7, late: 1 }),
    denied: [...CANNOT_MANAGE, 'vanphong'],
    allowed: [],
  },
  { method: 'POST', url: '/api/sources/sample', denied: CANNOT_MANAGE, allowed: [] },
  { method: 'POST', url: '/api/sources/:id/files', path: () => `${MISSING}/files`, denied: CANNOT_RUN, allowed: [] },
];
