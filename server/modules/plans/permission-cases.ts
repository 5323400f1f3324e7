import type { PermissionCase } from '../../plugins/permission-cases';

/** Permission-matrix rows of the plans feature's staff routes. */
export const plansPermissionCases: PermissionCase[] = [];

/** plans routes that need only a session (each has its own scope test). Key: 'METHOD /url'. */
export const plansSessionOnly: string[] = [];
