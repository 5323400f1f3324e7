import type { PermissionCase } from '../permission-case';
import { ONE_STOP_SURVEY } from '../../../domain/surveys/one-stop-survey';

// Who lacks each action (server/auth/permissions.ts GRANTS).
const CANNOT_REGISTER = ['lanhdao', 'thamdinh', 'tccb', 'truong', 'pgdlechan'];
const CANNOT_ROUTE = ['lanhdao', 'thamdinh', 'motcua', 'tccb', 'truong', 'pgdlechan'];
const CANNOT_ANSWER = ['lanhdao', 'thamdinh', 'motcua'];
const CANNOT_PUBLISH = ['thamdinh', 'motcua', 'tccb', 'truong', 'pgdlechan'];
const CANNOT_MANAGE_SURVEY = ['lanhdao', 'thamdinh', 'motcua', 'tccb', 'truong', 'pgdlechan'];
const CANNOT_ENTER_PAPER = ['lanhdao', 'thamdinh', 'tccb', 'truong', 'pgdlechan'];

const feedbackInput = () => ({ channel: 'phone', subjectKind: 'procedure', title: 'Hỏi về thời hạn cấp bản sao', content: 'Công dân gọi điện hỏi.' });
const surveyInput = (t: { unitId(code: string): number }) => ({
  title: 'Khảo sát thử quyền',
  slug: 'khao-sat-thu-quyen',
  unitId: t.unitId('SGDDT'),
  definition: ONE_STOP_SURVEY,
});

/**
 * Permission-matrix rows of the citizen feature's staff routes. The matrix database holds units and
 * accounts only, so routes on an existing feedback or survey list allowed: [] here; feedback.test.ts and
 * survey.test.ts prove those succeed for the allowed roles and fail outside scope.
 */
export const citizenPermissionCases: PermissionCase[] = [
  { method: 'GET', url: '/api/feedback', denied: [], allowed: ['admin', 'vanphong', 'motcua', 'truong', 'thamdinh'] },
  { method: 'GET', url: '/api/feedback/export.xlsx', denied: [], allowed: ['vanphong', 'pgdlechan'] },
  { method: 'POST', url: '/api/feedback', payload: feedbackInput, denied: CANNOT_REGISTER, allowed: ['vanphong', 'motcua'] },
  { method: 'GET', url: '/api/feedback/:id', path: () => '/api/feedback/999999', denied: [], allowed: [] },
  {
    method: 'POST',
    url: '/api/feedback/:id/route',
    path: () => '/api/feedback/999999/route',
    payload: (t) => ({ unitId: t.unitId('GDTrH') }),
    denied: CANNOT_ROUTE,
    allowed: [],
  },
  {
    method: 'POST',
    url: '/api/feedback/:id/request-more',
    path: () => '/api/feedback/999999/request-more',
    payload: () => ({ reason: 'Bổ sung số hồ sơ.' }),
    denied: CANNOT_ROUTE,
    allowed: [],
  },
  {
    method: 'POST',
    url: '/api/feedback/:id/refuse',
    path: () => '/api/feedback/999999/refuse',
    payload: () => ({ reason: 'Không thuộc thẩm quyền.' }),
    denied: CANNOT_ROUTE,
    allowed: [],
  },
  {
    method: 'POST',
    url: '/api/feedback/:id/answer',
    path: () => '/api/feedback/999999/answer',
    payload: () => ({ answer: 'Trả lời.' }),
    denied: CANNOT_ANSWER,
    allowed: [],
  },
  {
    method: 'GET',
    url: '/api/feedback/:id/attachments/:fileId',
    path: () => '/api/feedback/999999/attachments/00000000-0000-4000-8000-000000000000',
    denied: [],
    allowed: [],
  },
  { method: 'POST', url: '/api/feedback/:id/publish', path: () => '/api/feedback/999999/publish', denied: CANNOT_PUBLISH, allowed: [] },
  { method: 'GET', url: '/api/surveys', denied: [], allowed: ['admin', 'vanphong', 'truong', 'motcua'] },
  { method: 'POST', url: '/api/surveys', payload: surveyInput, denied: CANNOT_MANAGE_SURVEY, allowed: ['vanphong'] },
  { method: 'GET', url: '/api/surveys/:id', path: () => '/api/surveys/999999', denied: [], allowed: [] },
  { method: 'PUT', url: '/api/surveys/:id', path: () => '/api/surveys/999999', payload: surveyInput, denied: CANNOT_MANAGE_SURVEY, allowed: [] },
  {
    method: 'POST',
    url: '/api/surveys/:id/sample',
    path: () => '/api/surveys/999999/sample',
    payload: () => ({ from: '2026-01-01', to: '2026-03-31', size: 10 }),
    denied: CANNOT_MANAGE_SURVEY,
    allowed: [],
  },
  {
    method: 'POST',
    url: '/api/surveys/:id/paper-responses',
    path: () => '/api/surveys/999999/paper-responses',
    payload: (t) => ({ answers: {}, unitId: t.unitId('VP'), answeredOn: '2026-01-05' }),
    denied: CANNOT_ENTER_PAPER,
    allowed: [],
  },
  { method: 'GET', url: '/api/surveys/:id/invitations', path: () => '/api/surveys/999999/invitations', denied: CANNOT_MANAGE_SURVEY, allowed: [] },
  { method: 'GET', url: '/api/surveys/:id/invitations.xlsx', path: () => '/api/surveys/999999/invitations.xlsx', denied: CANNOT_MANAGE_SURVEY, allowed: [] },
  { method: 'GET', url: '/api/surveys/:id/results', path: () => '/api/surveys/999999/results', denied: [], allowed: [] },
  { method: 'GET', url: '/api/surveys/:id/results.xlsx', path: () => '/api/surveys/999999/results.xlsx', denied: [], allowed: [] },
  { method: 'GET', url: '/api/surveys/:id/qr.png', path: () => '/api/surveys/999999/qr.png', denied: [], allowed: [] },
];
