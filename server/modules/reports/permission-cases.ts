import type { PermissionCase } from '../permission-case';
import { DEFAULT_TEMPLATE } from './report-template';

/**
 * Permission-matrix rows of the reports feature's staff routes. The matrix runs on an empty feature
 * database, so routes on a window or a record list no `allowed` users here: their allowed paths are
 * proven in report.test.ts and inspection.test.ts on real records.
 */
const NO_REPORTS = ['thamdinh', 'motcua'];
const NOT_OFFICE = ['admin', 'lanhdao', 'thamdinh', 'motcua', 'tccb', 'gdtrh', 'truong', 'pgdlechan'];
const windowUrl = (suffix: string) => (t: { unitId(code: string): number }) =>
  `/api/reports/windows/1${suffix.replace(':unitId', String(t.unitId('THPT-TP')))}`;

export const reportsPermissionCases: PermissionCase[] = [
  { method: 'GET', url: '/api/reports/templates', denied: NO_REPORTS, allowed: ['vanphong', 'truong', 'lanhdao'] },
  { method: 'POST', url: '/api/reports/templates', payload: () => DEFAULT_TEMPLATE, denied: NOT_OFFICE, allowed: ['vanphong'] },
  { method: 'GET', url: '/api/reports/windows', denied: NO_REPORTS, allowed: ['vanphong', 'truong', 'lanhdao', 'admin'] },
  {
    method: 'POST',
    url: '/api/reports/windows',
    payload: (t) => ({ kind: 'quarter-1', year: 2025, templateId: 1, unitIds: [t.unitId('THPT-TP')] }),
    denied: NOT_OFFICE,
    allowed: [],
  },
  { method: 'GET', url: '/api/reports/windows/:id/board', path: windowUrl('/board'), denied: NO_REPORTS, allowed: [] },
  { method: 'GET', url: '/api/reports/windows/:id/aggregate', path: windowUrl('/aggregate'), denied: NOT_OFFICE, allowed: [] },
  {
    method: 'PUT',
    url: '/api/reports/windows/:id/office-texts',
    path: windowUrl('/office-texts'),
    payload: () => ({ texts: {} }),
    denied: NOT_OFFICE,
    allowed: [],
  },
  { method: 'GET', url: '/api/reports/windows/:id/export.docx', path: windowUrl('/export.docx'), denied: NOT_OFFICE, allowed: [] },
  { method: 'GET', url: '/api/reports/windows/:id/export.xlsx', path: windowUrl('/export.xlsx'), denied: NOT_OFFICE, allowed: [] },
  { method: 'GET', url: '/api/reports/windows/:windowId/units/:unitId', path: windowUrl('/units/:unitId'), denied: NO_REPORTS, allowed: [] },
  {
    method: 'PUT',
    url: '/api/reports/windows/:windowId/units/:unitId',
    path: windowUrl('/units/:unitId'),
    payload: () => ({ texts: {}, values: {} }),
    denied: ['admin', 'lanhdao', ...NO_REPORTS],
    allowed: [],
  },
  {
    method: 'POST',
    url: '/api/reports/windows/:windowId/units/:unitId/submit',
    path: windowUrl('/units/:unitId/submit'),
    denied: ['admin', 'lanhdao', ...NO_REPORTS],
    allowed: [],
  },
  {
    method: 'POST',
    url: '/api/reports/windows/:windowId/units/:unitId/return',
    path: windowUrl('/units/:unitId/return'),
    payload: () => ({ comment: 'Bổ sung số liệu quý.' }),
    denied: NOT_OFFICE,
    allowed: [],
  },
  { method: 'POST', url: '/api/reports/windows/:windowId/units/:unitId/approve', path: windowUrl('/units/:unitId/approve'), denied: NOT_OFFICE, allowed: [] },
  {
    method: 'GET',
    url: '/api/external-indices',
    path: () => '/api/external-indices?index=PAR',
    denied: ['motcua'],
    allowed: ['vanphong', 'lanhdao', 'tccb', 'truong', 'thamdinh'],
  },
  {
    method: 'GET',
    url: '/api/external-indices/export.xlsx',
    path: () => '/api/external-indices/export.xlsx?index=PAR',
    denied: ['motcua'],
    allowed: ['vanphong', 'lanhdao', 'tccb', 'truong', 'thamdinh'],
  },
  {
    // No result exists in the matrix database: the allowed path is proven in external-index.test.ts.
    method: 'PUT',
    url: '/api/external-index-results/:id/indicators',
    path: () => '/api/external-index-results/1/indicators',
    payload: () => ({ indicators: [] }),
    denied: ['lanhdao', 'thamdinh', 'motcua', 'tccb', 'truong', 'pgdlechan'],
    allowed: [],
  },
  { method: 'GET', url: '/api/inspections', path: () => '/api/inspections?year=2025', denied: NO_REPORTS, allowed: ['vanphong', 'truong', 'lanhdao', 'admin'] },
  {
    method: 'POST',
    url: '/api/inspections',
    payload: (t) => ({ year: 2025, unitId: t.unitId('THPT-TP'), team: 'Đoàn kiểm tra Văn phòng Sở' }),
    denied: NOT_OFFICE,
    allowed: ['vanphong'],
  },
  {
    method: 'PUT',
    url: '/api/inspections/:id/result',
    path: () => '/api/inspections/1/result',
    payload: () => ({ inspectedOn: '2025-05-10', team: 'Đoàn kiểm tra', findings: 'Thực hiện tốt công tác CCHC.', recommendations: [] }),
    denied: NOT_OFFICE,
    allowed: [],
  },
  {
    method: 'POST',
    url: '/api/inspection-recommendations/:id/done',
    path: () => '/api/inspection-recommendations/1/done',
    payload: () => ({ note: 'Đã niêm yết bổ sung.' }),
    denied: ['admin', 'lanhdao', ...NO_REPORTS],
    allowed: [],
  },
  { method: 'GET', url: '/api/initiatives', denied: [], allowed: ['vanphong', 'truong', 'thamdinh', 'motcua', 'admin'] },
  {
    method: 'POST',
    url: '/api/initiatives',
    payload: (t) => ({ unitId: t.unitId('THPT-TP'), year: 2025, title: 'Sổ liên lạc điện tử', authors: 'Nguyễn Thị B' }),
    denied: ['admin', 'lanhdao', 'thamdinh', 'motcua', 'pgdlechan', 'tccb'],
    allowed: ['truong'],
  },
  {
    method: 'POST',
    url: '/api/initiatives/:id/assessment',
    path: () => '/api/initiatives/1/assessment',
    payload: () => ({ recognised: true, level: 'department', assessment: 'Sáng kiến có tính mới, áp dụng hiệu quả.' }),
    denied: NOT_OFFICE,
    allowed: [],
  },
  { method: 'GET', url: '/api/dashboard', denied: ['thamdinh', 'motcua', 'tccb', 'gdtrh', 'truong', 'pgdlechan'], allowed: ['lanhdao', 'vanphong', 'admin'] },
];
