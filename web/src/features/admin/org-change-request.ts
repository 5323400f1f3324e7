import type { Dayjs } from 'dayjs';
import type { NewUnitInput, OrgChangeKind, OrgChangeRequest } from '../../../../contracts/org-changes';
import type { UnitType } from '../../../../contracts/roles';

/** A successor or merge target as the form holds it: an existing unit, or one established by the change. */
export interface SuccessorField {
  mode: 'existing' | 'new';
  unitId?: number;
  code?: string;
  name?: string;
  type?: UnitType;
  parentId?: number;
}

/** The change form's values (antd Form). */
export interface ChangeFormValues {
  kind: OrgChangeKind;
  effectiveOn?: Dayjs;
  decisionNo?: string;
  decisionDate?: Dayjs;
  issuedBy?: string;
  note?: string;
  unitId?: number;
  name?: string;
  shortName?: string;
  type?: UnitType;
  parentId?: number;
  sourceIds?: number[];
  keepSource?: boolean;
  successors?: SuccessorField[];
  principal?: number;
  /** Child unit id → index in `successors`. */
  children?: Record<string, number>;
}

const day = (d?: Dayjs) => (d ? d.format('YYYY-MM-DD') : '');

/** The reference of the successor at index i: its id, or the negative ref of a unit the change creates. */
export function successorRef(s: SuccessorField, i: number): number {
  return s.mode === 'existing' ? (s.unitId ?? 0) : -(i + 1);
}

/** Builds the API request from the form, with the administrator's choices from the preview. */
export function toChangeRequest(v: ChangeFormValues, choices: { destinations: Record<string, number | null>; historyGrants: number[] }): OrgChangeRequest {
  const successors = v.successors ?? [];
  const newUnits: NewUnitInput[] = successors
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.mode === 'new')
    .map(({ s, i }) => ({ ref: -(i + 1), code: s.code ?? '', name: s.name ?? '', type: s.type ?? 'commune', parentId: s.parentId ?? 0 }));
  const refs = successors.map(successorRef);
  const childParents = Object.fromEntries(
    Object.entries(v.children ?? {})
      .filter(([, i]) => refs[i] !== undefined)
      .map(([child, i]) => [child, refs[i]]),
  );
  const common = {
    effectiveOn: day(v.effectiveOn),
    decisionNo: v.decisionNo ?? '',
    decisionDate: v.decisionDate ? day(v.decisionDate) : null,
    issuedBy: v.issuedBy || null,
    note: v.note || null,
    newUnits,
    childParents,
    notes: {},
    destinations: choices.destinations,
    historyGrants: choices.historyGrants,
  };
  const unitId = v.unitId ?? 0;
  switch (v.kind) {
    case 'establish':
      return { kind: 'establish', ...common };
    case 'rename':
      return { kind: 'rename', ...common, unitId, name: v.name ?? '', shortName: v.shortName || null };
    case 'retype':
      return { kind: 'retype', ...common, unitId, type: v.type ?? 'commune', name: v.name || null };
    case 'move':
      return { kind: 'move', ...common, unitId, parentId: v.parentId ?? 0 };
    case 'merge':
      return { kind: 'merge', ...common, sourceIds: v.sourceIds ?? [], targetId: refs[0] ?? 0 };
    case 'split':
      return { kind: 'split', ...common, sourceId: unitId, keepSource: !!v.keepSource, targetIds: refs, principalId: refs[v.principal ?? 0] ?? null };
    case 'dissolve':
      return { kind: 'dissolve', ...common, unitId, successorIds: refs, principalId: refs[v.principal ?? 0] ?? null };
  }
}
