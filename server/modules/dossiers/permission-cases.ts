import type { PermissionCase } from '../../plugins/permission-cases';

/** Permission-matrix rows of the dossiers feature's staff routes. */
export const dossiersPermissionCases: PermissionCase[] = [];

/** dossiers routes that need only a session (each has its own scope test). Key: 'METHOD /url'. */
export const dossiersSessionOnly: string[] = [];
