import type { PermissionCase } from '../permission-case';

const NOT_ADMIN = ['vanphong', 'lanhdao', 'thamdinh', 'motcua', 'tccb', 'truong', 'pgdlechan'];

/** Permission-matrix rows of the calendar's staff routes: only the administrator changes the working calendar. */
export const calendarPermissionCases: PermissionCase[] = [
  {
    method: 'POST',
    url: '/api/calendar/days',
    payload: () => ({ date: '2031-01-02', kind: 'holiday', name: 'Nghỉ theo quyết định' }),
    denied: NOT_ADMIN,
    allowed: ['admin'],
  },
  { method: 'DELETE', url: '/api/calendar/days/:date', path: () => '/api/calendar/days/2031-01-02', denied: NOT_ADMIN, allowed: [] },
  {
    method: 'PUT',
    url: '/api/calendar/years/:year',
    path: () => '/api/calendar/years/2031',
    payload: () => ({ format: 'csv', content: 'date,kind,name\n2031-01-02,holiday,Nghỉ\n' }),
    denied: NOT_ADMIN,
    allowed: ['admin'],
  },
  { method: 'GET', url: '/api/calendar/years/:year/export', path: () => '/api/calendar/years/2031/export', denied: NOT_ADMIN, allowed: ['admin'] },
];
