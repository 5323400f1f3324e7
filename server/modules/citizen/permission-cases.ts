import type { PermissionCase } from '../../plugins/permission-cases';

/** Permission-matrix rows of the citizen feature's staff routes. */
export const citizenPermissionCases: PermissionCase[] = [];

/** citizen routes that need only a session (each has its own scope test). Key: 'METHOD /url'. */
export const citizenSessionOnly: string[] = [];
