import type { Role } from '../../contracts/roles';
import { forbidden } from '../errors';

/**
 * Actions a role may perform. Features add their actions here, so the whole permission
 * model can be read in one place. Where an action applies is decided by the actor's scope.
 */
export const GRANTS: Record<Role, readonly string[]> = {
  admin: [
    'org:read',
    'org:manage',
    'user:read',
    'user:manage',
    'audit:read',
    'file:upload',
    'file:read',
    'calendar:manage',
    'plan:read',
    'plan:manage',
    'plan:approve',
    'plan:monitor',
    'task:update',
    'feedback:read',
    'feedback:register',
    'feedback:route',
    'feedback:answer',
    'feedback:publish',
    'survey:read',
    'survey:manage',
    'survey:enter',
    'dossier:read',
    'dossier:process',
    'dossier:import',
    'procedure:manage',
    'report:read',
    'inspection:read',
    'initiative:read',
    'dashboard:read',
    'framework:read',
    'framework:manage',
    'assessment:read',
    'assessment:open',
    'assessment:fill',
    'assessment:submit',
    'assessment:appraise',
    'assessment:publish',
    'assessment:create-task',
    'index-result:read',
    'index-result:manage',
    'source:read',
    'source:manage',
    'source:run',
    'integration:manage',
  ],
  cchc_officer: [
    'org:read',
    'user:read',
    'audit:read',
    'file:upload',
    'file:read',
    'plan:read',
    'plan:manage',
    'plan:approve',
    'plan:monitor',
    'task:update',
    'feedback:read',
    'feedback:register',
    'feedback:route',
    'feedback:answer',
    'feedback:publish',
    'survey:read',
    'survey:manage',
    'survey:enter',
    'dossier:read',
    'dossier:import',
    'procedure:manage',
    'report:read',
    'report:submit',
    'report:review',
    'report:manage',
    'inspection:read',
    'inspection:manage',
    'inspection:follow-up',
    'initiative:read',
    'initiative:register',
    'initiative:assess',
    'dashboard:read',
    'framework:read',
    'framework:manage',
    'assessment:read',
    'assessment:open',
    'assessment:fill',
    'assessment:submit',
    'assessment:create-task',
    'index-result:read',
    'index-result:manage',
    'source:read',
    'source:manage',
    'source:run',
  ],
  leader: [
    'org:read',
    'user:read',
    'audit:read',
    'file:upload',
    'file:read',
    'plan:read',
    'plan:approve',
    'plan:monitor',
    'feedback:read',
    'feedback:publish',
    'survey:read',
    'dossier:read',
    'report:read',
    'inspection:read',
    'initiative:read',
    'dashboard:read',
    'framework:read',
    'assessment:read',
    'index-result:read',
    'source:read',
  ],
  division_staff: [
    'org:read',
    'file:upload',
    'file:read',
    'plan:read',
    'plan:manage',
    'task:update',
    'feedback:read',
    'feedback:answer',
    'survey:read',
    'dossier:read',
    'dossier:process',
    'report:read',
    'report:submit',
    'inspection:read',
    'inspection:follow-up',
    'initiative:read',
    'initiative:register',
    'framework:read',
    'assessment:read',
    'assessment:fill',
    'index-result:read',
  ],
  unit_staff: [
    'org:read',
    'file:upload',
    'file:read',
    'plan:read',
    'plan:manage',
    'task:update',
    'feedback:read',
    'feedback:answer',
    'survey:read',
    'dossier:read',
    'report:read',
    'report:submit',
    'inspection:read',
    'inspection:follow-up',
    'initiative:read',
    'initiative:register',
    'framework:read',
    'assessment:read',
    'assessment:fill',
    'assessment:submit',
    'index-result:read',
  ],
  appraiser: [
    'org:read',
    'file:read',
    'plan:read',
    'feedback:read',
    'survey:read',
    'dossier:read',
    'initiative:read',
    'framework:read',
    'assessment:read',
    'assessment:appraise',
    'assessment:publish',
    'index-result:read',
  ],
  one_stop_officer: [
    'org:read',
    'file:upload',
    'file:read',
    'plan:read',
    'feedback:read',
    'feedback:register',
    'survey:read',
    'survey:enter',
    'dossier:read',
    'dossier:process',
    'dossier:import',
    'initiative:read',
    'framework:read',
    'source:read',
    'source:run',
  ],
};

/**
 * How far a role reaches: the whole system, the whole department (the Office, leaders and
 * appraisers work on every unit's data), or the user's own unit and its subtree.
 */
export const SCOPES: Record<Role, 'global' | 'department' | 'subtree'> = {
  admin: 'global',
  cchc_officer: 'department',
  leader: 'department',
  appraiser: 'department',
  one_stop_officer: 'department',
  division_staff: 'subtree',
  unit_staff: 'subtree',
};

/** The signed-in user as services see it. */
export interface Actor {
  userId: number;
  username: string;
  fullName: string;
  role: Role;
  unitId: number;
  /** Materialised path of the user's unit ('/1/4/'). */
  unitPath: string;
  /** Prefix of every unit path this actor may act on ('/' for global). */
  scopePath: string;
  /**
   * Paths of ended units whose history an administrator let this user read (unit_history_grants):
   * read actions reach them, nothing else does.
   */
  historyPaths?: readonly string[];
  ip?: string;
}

/** True when the role has the action at all (somewhere in its scope). */
export function can(actor: Pick<Actor, 'role'>, action: string): boolean {
  return GRANTS[actor.role]?.includes(action) ?? false;
}

/** True when a unit (given by its path) lies in the actor's scope. */
export function inScope(actor: Pick<Actor, 'scopePath'>, unitPath: string): boolean {
  return unitPath.startsWith(actor.scopePath);
}

/** True for actions that only read ('plan:read', 'report:read'…), the ones a history grant opens. */
export function isReadAction(action: string): boolean {
  return action.endsWith(':read');
}

/** True when the unit lies in the history of an ended unit the actor was granted. */
export function inGrantedHistory(actor: Pick<Actor, 'historyPaths'>, unitPath: string): boolean {
  return actor.historyPaths?.some((p) => unitPath.startsWith(p)) ?? false;
}

/** Prefixes the actor may read under: the scope, plus granted histories of ended units. */
export function readScopePaths(actor: Pick<Actor, 'scopePath' | 'historyPaths'>): string[] {
  return [actor.scopePath, ...(actor.historyPaths ?? [])];
}

/** Throws 403 unless the actor holds the action and, when a unit is given, the unit is in scope (or in a granted history, to read). */
export function authorize(actor: Actor, action: string, unit?: { path: string } | null): void {
  if (!can(actor, action)) throw forbidden();
  if (unit === undefined) return;
  if (unit === null) throw forbidden();
  if (inScope(actor, unit.path)) return;
  if (isReadAction(action) && inGrantedHistory(actor, unit.path)) return;
  throw forbidden();
}

/** The scope prefix of a role, given the user's unit path ('/1/4/' → department '/1/'). */
export function scopePathFor(role: Role, unitPath: string): string {
  const scope = SCOPES[role];
  if (scope === 'global') return '/';
  if (scope === 'department') return unitPath.split('/').slice(0, 2).join('/') + '/';
  return unitPath;
}

/** All actions a role has, for the web app to show or hide controls. */
export function permissionsOf(role: Role): string[] {
  return [...(GRANTS[role] ?? [])];
}
