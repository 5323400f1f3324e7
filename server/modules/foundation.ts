import { metricRoutes } from '../metrics/metrics.routes';
import { auditRoutes } from './audit/audit.routes';
import { authRoutes } from './auth/auth.routes';
import type { ServerFeature } from './feature';
import { fileRoutes } from './files/file.routes';
import { healthRoutes } from './health/health.routes';
import { notificationRoutes } from './notifications/notification.routes';
import { orgUnitRoutes } from './org-units/org-unit.routes';
import { orgUnitsPermissionCases } from './org-units/permission-cases';
import { deleteExpiredSessions } from './users/session.repository';
import { userRoutes } from './users/user.routes';

/** What every other feature stands on: health, sign-in and sessions, units, accounts, audit, files, notifications, metrics. */
export const foundationFeature: ServerFeature = {
  name: 'foundation',
  routes: [healthRoutes, authRoutes, orgUnitRoutes, userRoutes, auditRoutes, fileRoutes, notificationRoutes, metricRoutes],
  // Own notifications only (notification.service checks ownership); metrics check the unit's scope.
  sessionOnlyRoutes: ['GET /api/notifications', 'POST /api/notifications/read', 'GET /api/metrics', 'GET /api/metrics/:key'],
  permissionCases: orgUnitsPermissionCases,
  jobs: [
    // An expired session can no longer sign anyone in; its row (hash, address, browser) is only kept for no reason.
    { name: 'sessions.purge-expired', everyMinutes: 60, run: async (app) => deleteExpiredSessions(app.db) },
  ],
};
