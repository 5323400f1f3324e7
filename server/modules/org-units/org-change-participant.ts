import type { OrgTimeline } from '../../../domain/org-units';
import type { IsoDate } from '../../../domain/time/iso-date';
import type { Actor } from '../../auth/permissions';
import type { Tx } from '../../db/client';

/** A unit whose records a change may move: an ending unit (records go to its principal successor by default) or a unit giving part of itself away. */
export interface ChangeSource {
  unitId: number;
  ends: boolean;
  /** Default destination of its open work: the principal successor when it ends, itself when it continues. */
  defaultTo: number;
}

/** What a participant sees of the change being recorded (inside its transaction, after the structure changed). */
export interface OrgChangeScope {
  tx: Tx;
  actor: Actor;
  operationId: number;
  on: IsoDate;
  decisionNo: string;
  timeline: OrgTimeline;
  sources: readonly ChangeSource[];
  unitName(unitId: number): string;
}

/** A record the change may move. */
export interface TransferCandidate {
  entityType: string;
  entityId: string | number;
  label: string;
  fromUnitId: number;
  /** Where it goes unless the administrator chooses otherwise (null: nowhere, e.g. an account to lock). */
  defaultTo: number | null;
  /** 'stays' for history kept in the structure of its own day (shown so the administrator sees it is kept). */
  status: 'moves' | 'stays';
  reason?: string | null;
  choosable: boolean;
  /** Whether a null destination is allowed (locking a user account). */
  nullable?: boolean;
}

export interface TransferDecision extends TransferCandidate {
  toUnitId: number | null;
}

export interface TransferResult {
  status: 'moves' | 'stays' | 'conflict' | 'locked';
  reason?: string | null;
}

/**
 * A feature's part in a change of the organisation: which of its records belong to the sources and what
 * moving them means (users, open tasks, plans, open dossiers, survey samples, report windows…). The preview
 * runs the same code in a transaction that is rolled back, so it shows exactly what confirming does.
 */
export interface OrgChangeParticipant {
  /** Preview group key (web i18n: units.change.group.<key>). */
  group: string;
  collect(scope: OrgChangeScope): Promise<TransferCandidate[]>;
  /** Moves the decided records and writes their own history; answers what happened to each, in order. */
  move(scope: OrgChangeScope, items: readonly TransferDecision[]): Promise<TransferResult[]>;
}
