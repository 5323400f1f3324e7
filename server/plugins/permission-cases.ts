import type { TestContext } from '../../test/harness';

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

export const featurePermissionCases: PermissionCase[] = [];

/** Feature routes that need only a session; each must have its own scope test. Key: 'METHOD /url'. */
export const featureSessionOnly = new Set<string>([]);
