import type { PermissionCase } from '../permission-case';

// Roles without 'dossier:process' (one-stop officers and divisions process dossiers).
const CANNOT_PROCESS = ['vanphong', 'lanhdao', 'thamdinh', 'truong', 'pgdlechan'];
const CANNOT_IMPORT = ['lanhdao', 'thamdinh', 'tccb', 'truong', 'pgdlechan'];

/**
 * Permission-matrix rows of the dossiers feature's staff routes. The matrix resets the database to units
 * and accounts only, so routes that act on an existing dossier or procedure list allowed: [] here;
 * dossier.test.ts proves those succeed for the allowed roles and fail outside scope.
 */
export const dossiersPermissionCases: PermissionCase[] = [
  { method: 'GET', url: '/api/procedures', denied: [], allowed: ['admin', 'motcua', 'truong', 'thamdinh'] },
  { method: 'GET', url: '/api/procedures/export', denied: [], allowed: ['vanphong', 'tccb'] },
  {
    method: 'POST',
    url: '/api/procedures',
    payload: (t) => ({
      code: '9.999001',
      name: 'Thủ tục thử quyền',
      field: 'Văn bằng, chứng chỉ',
      level: 'province',
      workingDays: 5,
      workingHours: null,
      fee: 0,
      onlineLevel: 'full',
      channels: [1, 2],
      unitId: t.unitId('KTKDCLGD'),
    }),
    denied: ['lanhdao', 'thamdinh', 'motcua', 'tccb', 'truong', 'pgdlechan'],
    allowed: ['vanphong'],
  },
  // The matrix has no catalogue: an absent procedure answers 403 (learn nothing); procedure-import.test.ts proves the allowed path.
  {
    method: 'PUT',
    url: '/api/procedures/:id',
    path: () => '/api/procedures/999999',
    payload: (t) => ({
      code: '9.999002',
      name: 'Thủ tục thử quyền',
      field: 'Văn bằng, chứng chỉ',
      level: 'province',
      workingDays: 5,
      workingHours: null,
      fee: 0,
      onlineLevel: 'full',
      channels: [1, 2],
      unitId: t.unitId('KTKDCLGD'),
    }),
    denied: ['lanhdao', 'thamdinh', 'motcua', 'tccb', 'truong', 'pgdlechan'],
    allowed: [],
  },
  { method: 'POST', url: '/api/procedures/import', denied: ['lanhdao', 'thamdinh', 'motcua', 'tccb', 'truong', 'pgdlechan'], allowed: [] },
  { method: 'GET', url: '/api/dossiers', denied: [], allowed: ['admin', 'motcua', 'lanhdao', 'truong', 'pgdlechan'] },
  { method: 'GET', url: '/api/dossiers/export', denied: [], allowed: ['vanphong', 'truong'] },
  { method: 'GET', url: '/api/kpi766', path: () => '/api/kpi766?year=2025', denied: [], allowed: ['vanphong', 'lanhdao', 'truong'] },
  {
    method: 'GET',
    url: '/api/kpi766/export',
    path: () => '/api/kpi766/export?year=2025&period=quarter&index=1',
    denied: [],
    allowed: ['vanphong', 'pgdlechan'],
  },
  { method: 'GET', url: '/api/dossiers/stats', denied: [], allowed: ['lanhdao', 'pgdlechan'] },
  {
    method: 'POST',
    url: '/api/dossiers',
    payload: () => ({ procedureId: 1, channel: 1, applicantName: 'Nguyễn Văn A', applicantPhone: '0912345678', receivedOn: '2025-03-03' }),
    denied: CANNOT_PROCESS,
    allowed: [],
  },
  {
    method: 'POST',
    url: '/api/dossiers/import',
    payload: () => ({ source: 'thu-quyen', rows: [{ code: 'X-1' }] }),
    denied: CANNOT_IMPORT,
    allowed: [],
  },
  { method: 'POST', url: '/api/dossiers/import/file', denied: CANNOT_IMPORT, allowed: [] },
  {
    method: 'POST',
    url: '/api/dossiers/:code/events',
    path: () => '/api/dossiers/KHONG-CO/events',
    payload: () => ({ type: 'processing-started', on: '2025-03-03' }),
    denied: CANNOT_PROCESS,
    allowed: [],
  },
  // A dossier absent or outside scope answers 403 to non-global actors (learn nothing).
  { method: 'GET', url: '/api/dossiers/:code', path: () => '/api/dossiers/KHONG-CO', denied: ['truong', 'motcua'], allowed: [] },
  { method: 'GET', url: '/api/dossiers/:code/forms/:kind', path: () => '/api/dossiers/KHONG-CO/forms/receipt', denied: ['truong', 'vanphong'], allowed: [] },
];
