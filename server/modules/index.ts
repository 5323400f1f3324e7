import { auditRoutes } from './audit/audit.routes';
import { authRoutes } from './auth/auth.routes';
import { citizenFeature } from './citizen/feature';
import { dossiersFeature } from './dossiers/feature';
import type { ServerFeature } from './feature';
import { fileRoutes } from './files/file.routes';
import { frameworksFeature } from './frameworks/feature';
import { healthRoutes } from './health/health.routes';
import { notificationRoutes } from './notifications/notification.routes';
import { orgUnitRoutes } from './org-units/org-unit.routes';
import { plansFeature } from './plans/feature';
import { reportsFeature } from './reports/feature';
import { sourcesFeature } from './sources/feature';
import { userRoutes } from './users/user.routes';
import { metricRoutes } from '../metrics/metrics.routes';

const foundationFeature: ServerFeature = {
  name: 'foundation',
  routes: [healthRoutes, authRoutes, orgUnitRoutes, userRoutes, auditRoutes, fileRoutes, notificationRoutes, metricRoutes],
  // Own notifications only (notification.service checks ownership); metrics check the unit's scope.
  sessionOnlyRoutes: ['GET /api/notifications', 'POST /api/notifications/read', 'GET /api/metrics', 'GET /api/metrics/:key'],
};

/** Every feature of the server, in dependency order. A new feature adds one line here. */
export const features: ServerFeature[] = [foundationFeature, plansFeature, frameworksFeature, dossiersFeature, citizenFeature, reportsFeature, sourcesFeature];
