import type { PermissionCase } from '../../plugins/permission-cases';

/** Permission-matrix rows of the reports feature's staff routes. */
export const reportsPermissionCases: PermissionCase[] = [];

/** reports routes that need only a session (each has its own scope test). Key: 'METHOD /url'. */
export const reportsSessionOnly: string[] = [];
