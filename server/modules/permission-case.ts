/**
 * A row of the permission matrix (server/plugins/permission-matrix.test.ts runs every feature's rows):
 * a staff route, the demo accounts it must refuse and those it must not. Ids come from the test
 * database through `ids`, so the rows are plain data that the feature declares beside its routes.
 */
export interface PermissionCase {
  method: string;
  url: string;
  payload?: (ids: DemoIds) => unknown;
  path?: (ids: DemoIds) => string;
  /** Demo users that must get 403. */
  denied: string[];
  /** Demo users that must not be refused (so the check is not simply "deny all"). */
  allowed: string[];
}

/** The ids of the demo units and accounts in the database the matrix runs on. */
export interface DemoIds {
  unitId(code: string): number;
  userId(username: string): number;
}
