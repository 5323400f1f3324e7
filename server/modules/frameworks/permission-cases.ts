import { HP_SGDDT_2023 } from '../../../domain/rules/index';
import type { PermissionCase } from '../permission-case';

// The matrix resets the database to units and accounts only, so routes on one assessment (an id that must
// exist) list here the roles refused by the action itself; who may act on which assessment and criterion
// (scope, responsible division, state) is proved with real assessments in assessment-permissions.test.ts.
const A = '/api/assessments/1';
const C = `${A}/criteria/7.3`;
const NO_READ = ['motcua'];
const HP = '/api/frameworks/HP-SGDDT-2023';
const MANAGE_DENIED = ['lanhdao', 'thamdinh', 'motcua', 'tccb', 'truong', 'pgdlechan'];
const IMPORT_TEXT = 'STT\tLĩnh vực/Tiêu chí/Tiêu chí thành phần\n1\tCông tác chỉ đạo\n1.1\tKế hoạch CCHC\n\tBan hành đúng hạn: 0,5\n\tKhông ban hành: 0';

/** Permission-matrix rows of the frameworks feature's staff routes. */
export const frameworksPermissionCases: PermissionCase[] = [
  { method: 'GET', url: '/api/frameworks', denied: [], allowed: ['vanphong', 'tccb', 'thamdinh', 'truong', 'lanhdao'] },
  {
    method: 'POST',
    url: '/api/frameworks',
    payload: () => ({ document: HP_SGDDT_2023 }),
    denied: ['lanhdao', 'thamdinh', 'motcua', 'tccb', 'truong', 'pgdlechan'],
    allowed: ['vanphong'],
  },
  { method: 'GET', url: '/api/frameworks/:code', path: () => HP, denied: [], allowed: ['vanphong', 'tccb', 'thamdinh', 'truong'] },
  {
    method: 'POST',
    url: '/api/frameworks/:code/copy',
    path: () => `${HP}/copy`,
    payload: () => ({ year: 2026, code: 'HP-SGDDT-2026' }),
    denied: ['lanhdao', 'thamdinh', 'motcua', 'tccb', 'truong', 'pgdlechan'],
    allowed: ['vanphong'],
  },
  {
    method: 'POST',
    url: '/api/frameworks/:code/evaluate',
    path: () => `${HP}/evaluate`,
    payload: () => ({ inputs: { '7.3': { posts: 60 } } }),
    denied: [],
    allowed: ['vanphong', 'tccb', 'truong', 'thamdinh', 'motcua'],
  },
  {
    method: 'POST',
    url: '/api/framework-imports',
    payload: () => ({ kind: 'text', fileName: 'phu-luc.txt', text: IMPORT_TEXT, code: 'TINH-X-2025', name: 'Bộ chỉ số tỉnh X', year: 2025 }),
    denied: MANAGE_DENIED,
    allowed: ['vanphong'],
  },
  { method: 'GET', url: '/api/framework-imports', denied: MANAGE_DENIED, allowed: ['vanphong'] },
  // Drafts are the Office's: the refused roles are refused by the action; a real draft's round trip is in framework-import.test.ts.
  { method: 'GET', url: '/api/framework-imports/:id', path: () => '/api/framework-imports/1', denied: MANAGE_DENIED, allowed: [] },
  {
    method: 'PUT',
    url: '/api/framework-imports/:id',
    path: () => '/api/framework-imports/1',
    payload: () => ({ document: { areas: [] } }),
    denied: MANAGE_DENIED,
    allowed: [],
  },
  {
    method: 'POST',
    url: '/api/framework-imports/:id/publish',
    path: () => '/api/framework-imports/1/publish',
    payload: () => ({ decisionNumber: '123/QĐ-UBND', decisionDate: '2025-01-10', effectiveFrom: '2025-01-10' }),
    denied: MANAGE_DENIED,
    allowed: [],
  },
  {
    method: 'GET',
    url: '/api/frameworks/:code/compare',
    path: () => `${HP}/compare?from=1&to=1`,
    denied: [],
    allowed: ['vanphong', 'tccb', 'truong', 'thamdinh', 'lanhdao'],
  },
  {
    method: 'GET',
    url: '/api/frameworks/:code/ranking',
    path: () => `${HP}/ranking?year=2023`,
    denied: ['motcua'],
    allowed: ['vanphong', 'thamdinh', 'truong'],
  },
  { method: 'GET', url: '/api/external-index-results', denied: ['motcua'], allowed: ['vanphong', 'lanhdao', 'tccb', 'truong'] },
  {
    method: 'POST',
    url: '/api/external-index-results',
    payload: (t) => ({ unitId: t.unitId('SGDDT'), indexCode: 'PAR', year: 2022, score: 90.5, rank: 2, rankOf: 18 }),
    denied: ['lanhdao', 'thamdinh', 'motcua', 'tccb', 'truong', 'pgdlechan'],
    allowed: ['vanphong', 'admin'],
  },
  { method: 'GET', url: '/api/assessments', denied: NO_READ, allowed: ['vanphong', 'tccb', 'truong', 'thamdinh', 'lanhdao'] },
  {
    method: 'POST',
    url: '/api/assessments',
    payload: (t) => ({ frameworkCode: 'HP-SGDDT-2023', unitId: t.unitId('SGDDT'), year: 2024 }),
    denied: ['lanhdao', 'thamdinh', 'motcua', 'tccb', 'truong', 'pgdlechan'],
    allowed: ['vanphong'],
  },
  { method: 'GET', url: '/api/assessments/:id', path: () => A, denied: NO_READ, allowed: [] },
  {
    method: 'PUT',
    url: '/api/assessments/:id/criteria/:code',
    path: () => C,
    payload: () => ({ inputs: { posts: 60 } }),
    denied: ['lanhdao', 'thamdinh', 'motcua'],
    allowed: [],
  },
  { method: 'POST', url: '/api/assessments/:id/criteria/:code/refresh', path: () => `${C}/refresh`, denied: ['lanhdao', 'thamdinh', 'motcua'], allowed: [] },
  {
    method: 'POST',
    url: '/api/assessments/:id/criteria/:code/evidence',
    path: () => `${C}/evidence`,
    payload: () => ({ fileId: '00000000-0000-4000-8000-000000000000' }),
    denied: ['lanhdao', 'thamdinh', 'motcua'],
    allowed: [],
  },
  { method: 'POST', url: '/api/assessments/:id/submit', path: () => `${A}/submit`, denied: ['lanhdao', 'thamdinh', 'motcua', 'tccb'], allowed: [] },
  {
    method: 'PUT',
    url: '/api/assessments/:id/criteria/:code/appraisal',
    path: () => `${C}/appraisal`,
    payload: () => ({ score: 0.2, comment: 'Thiếu tài liệu' }),
    denied: ['vanphong', 'lanhdao', 'motcua', 'tccb', 'truong', 'pgdlechan'],
    allowed: [],
  },
  {
    method: 'POST',
    url: '/api/assessments/:id/criteria/:code/evidence-request',
    path: () => `${C}/evidence-request`,
    payload: () => ({ comment: 'Bổ sung danh sách tin, bài' }),
    denied: ['vanphong', 'lanhdao', 'motcua', 'tccb', 'truong', 'pgdlechan'],
    allowed: [],
  },
  {
    method: 'POST',
    url: '/api/assessments/:id/publish',
    path: () => `${A}/publish`,
    denied: ['vanphong', 'lanhdao', 'motcua', 'tccb', 'truong', 'pgdlechan'],
    allowed: [],
  },
  { method: 'GET', url: '/api/assessments/:id/lost-points', path: () => `${A}/lost-points`, denied: NO_READ, allowed: [] },
  {
    method: 'POST',
    url: '/api/assessments/:id/criteria/:code/task',
    path: () => `${C}/task`,
    payload: () => ({}),
    denied: ['lanhdao', 'thamdinh', 'motcua', 'tccb', 'truong', 'pgdlechan'],
    allowed: [],
  },
  { method: 'GET', url: '/api/assessments/:id/forecast', path: () => `${A}/forecast`, denied: NO_READ, allowed: [] },
  { method: 'GET', url: '/api/assessments/:id/export.xlsx', path: () => `${A}/export.xlsx`, denied: NO_READ, allowed: [] },
  { method: 'GET', url: '/api/assessments/:id/export.docx', path: () => `${A}/export.docx`, denied: NO_READ, allowed: [] },
];
