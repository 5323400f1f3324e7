import type { FastifyInstance } from 'fastify';
import { auditRoutes } from './audit/audit.routes';
import { authRoutes } from './auth/auth.routes';
import { fileRoutes } from './files/file.routes';
import { healthRoutes } from './health/health.routes';
import { orgUnitRoutes } from './org-units/org-unit.routes';
import { userRoutes } from './users/user.routes';

/** Every feature's routes. A new feature adds one line here. */
export const featureRoutes: Array<(app: FastifyInstance) => Promise<void>> = [
  healthRoutes,
  authRoutes,
  orgUnitRoutes,
  userRoutes,
  auditRoutes,
  fileRoutes,
];
