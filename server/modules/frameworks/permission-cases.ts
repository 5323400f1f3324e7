import type { PermissionCase } from '../../plugins/permission-cases';

/** Permission-matrix rows of the frameworks feature's staff routes. */
export const frameworksPermissionCases: PermissionCase[] = [];

/** frameworks routes that need only a session (each has its own scope test). Key: 'METHOD /url'. */
export const frameworksSessionOnly: string[] = [];
