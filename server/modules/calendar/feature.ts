import type { ServerFeature } from '../feature';
import { calendarRoutes } from './calendar.routes';
import { calendarPermissionCases } from './permission-cases';

/**
 * The working-day calendar: statutory holidays, the administrator's days off and days worked, due dates.
 * A shared kernel: dossiers count processing times and citizen counts feedback deadlines on it.
 */
export const calendarFeature: ServerFeature = {
  name: 'calendar',
  routes: [calendarRoutes],
  permissionCases: calendarPermissionCases,
};
