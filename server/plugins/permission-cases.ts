import type { TestContext } from '../../test/harness';
import { citizenPermissionCases, citizenSessionOnly } from '../modules/citizen/permission-cases';
import { dossiersPermissionCases, dossiersSessionOnly } from '../modules/dossiers/permission-cases';
import { frameworksPermissionCases, frameworksSessionOnly } from '../modules/frameworks/permission-cases';
import { plansPermissionCases, plansSessionOnly } from '../modules/plans/permission-cases';
import { reportsPermissionCases, reportsSessionOnly } from '../modules/reports/permission-cases';

/**
 * Permission-matrix rows of feature modules (server/plugins/permission-matrix.test.ts runs them).
 * A feature adds `...xxxPermissionCases` here for each staff route it registers.
 */
export interface PermissionCase {
  method: string;
  url: string;
  payload?: (t: TestContext) => unknown;
  path?: (t: TestContext) => string;
  /** Demo users that must get 403. */
  denied: string[];
  /** Demo users that must not be refused (so the check is not simply "deny all"). */
  allowed: string[];
}

export const featurePermissionCases: PermissionCase[] = [
  ...plansPermissionCases,
  ...frameworksPermissionCases,
  ...dossiersPermissionCases,
  ...citizenPermissionCases,
  ...reportsPermissionCases,
];

/** Feature routes that need only a session; each must have its own scope test. Key: 'METHOD /url'. */
export const featureSessionOnly = new Set<string>([
  // Own notifications only (notification.service checks ownership); metrics check the unit's scope.
  'GET /api/notifications',
  'POST /api/notifications/read',
  'GET /api/metrics',
  'GET /api/metrics/:key',
  ...plansSessionOnly,
  ...frameworksSessionOnly,
  ...dossiersSessionOnly,
  ...citizenSessionOnly,
  ...reportsSessionOnly,
]);
