import type { Tx } from '../db/client';

/** What each feature's demo seed gets: the transaction and the ids of units and users by code/username. */
export interface DemoContext {
  tx: Tx;
  unitIds: Map<string, number>;
  userIds: Map<string, number>;
  /** "Today" for the demo (a fixed date keeps the demo's states meaningful). */
  today: string;
}
