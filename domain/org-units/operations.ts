/**
 * Changes of the organisation, each effective on a date: establish, rename, retype, move, merge (A + B → C),
 * split and dissolve with successors. An operation closes the current version of each unit it touches and
 * opens a new one from its date; a unit that ends keeps its versions and gets successor links. Changes are
 * recorded in date order per unit: a change dated before a later recorded change of the same unit is
 * refused, so periods never overlap.
 */
import { formatViDate, type IsoDate } from '../time/iso-date';
import { assertTimeline } from './check';
import { OrgRuleError } from './org-rule-error';
import { OrgTimeline, type OrgTimelineData, type SuccessorLink, type UnitVersion } from './timeline';
import type { UnitType } from './unit-types';

export interface UnitAttributes {
  name: string;
  shortName: string | null;
  type: UnitType;
  district: string | null;
}

/** A unit created by the operation itself (its row already has an id). */
export interface NewUnit {
  unitId: number;
  parentId: number | null;
  attributes: UnitAttributes;
}

interface Base {
  on: IsoDate;
  /** Units established on `on` by this operation (merge into a new unit, split into new units…). */
  newUnits?: readonly NewUnit[];
  /** Where each child of an ending unit goes (child id → new parent); unlisted children go to the principal successor. */
  childParents?: Readonly<Record<number, number>>;
  /** What moved to each successor, as the decision words it (successor id → text); default: the children it received. */
  notes?: Readonly<Record<number, string>>;
}

export type OrgOperation =
  | (Base & { kind: 'establish'; unitId: number })
  | (Base & { kind: 'rename'; unitId: number; name: string; shortName?: string | null })
  | (Base & { kind: 'retype'; unitId: number; type: UnitType; name?: string; shortName?: string | null })
  | (Base & { kind: 'move'; unitId: number; parentId: number })
  | (Base & { kind: 'merge'; sourceIds: readonly number[]; targetId: number })
  | (Base & { kind: 'split'; sourceId: number; keepSource: boolean; targetIds: readonly number[]; principalId?: number })
  | (Base & { kind: 'dissolve'; unitId: number; successorIds: readonly number[]; principalId?: number });

export type OrgOperationKind = OrgOperation['kind'];

export interface OperationOutcome {
  data: OrgTimelineData;
  /** Units whose versions changed (to be written back). */
  changedUnitIds: number[];
  /** Units that ended on the date. */
  endedUnitIds: number[];
  /** Children that changed parent because their parent ended or gave them away. */
  childMoves: Array<{ unitId: number; fromParentId: number; toParentId: number }>;
  /** Successor links the operation added. */
  links: SuccessorLink[];
}

/** The working copy an operation edits; every step checks its own preconditions with a precise message. */
class Draft {
  readonly units = new Map<number, UnitVersion[]>();
  readonly links: SuccessorLink[];
  readonly changed = new Set<number>();
  readonly ended: number[] = [];
  readonly childMoves: OperationOutcome['childMoves'] = [];

  constructor(
    data: OrgTimelineData,
    readonly on: IsoDate,
    readonly operationId: number | null,
  ) {
    for (const v of data.versions) this.units.set(v.unitId, [...(this.units.get(v.unitId) ?? []), { ...v }]);
    for (const list of this.units.values()) list.sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
    this.links = [...data.links];
  }

  name(unitId: number): string {
    const list = this.units.get(unitId);
    return list?.length ? list[list.length - 1].name : `#${unitId}`;
  }

  timeline(): OrgTimeline {
    return new OrgTimeline({ versions: [...this.units.values()].flat(), links: this.links });
  }

  /** The unit's open version, refusing units that do not exist on the date or changed after it. */
  current(unitId: number): UnitVersion {
    const list = this.units.get(unitId);
    if (!list?.length) throw new OrgRuleError('UNIT_NOT_FOUND', `Không có đơn vị mã số ${unitId}.`);
    const last = list[list.length - 1];
    const first = list[0];
    if (first.validFrom !== null && this.on < first.validFrom)
      throw new OrgRuleError(
        'UNIT_NOT_YET',
        `Ngày ${formatViDate(this.on)} đơn vị «${last.name}» chưa thành lập (thành lập từ ${formatViDate(first.validFrom)}).`,
      );
    if (last.validTo !== null)
      throw new OrgRuleError(
        'UNIT_ENDED',
        `Đơn vị «${last.name}» đã kết thúc hoạt động từ ngày ${formatViDate(last.validTo)}; không ghi thêm thay đổi cho đơn vị này.`,
      );
    if (last.validFrom !== null && this.on < last.validFrom)
      throw new OrgRuleError(
        'UNIT_CHANGE_OUT_OF_ORDER',
        `Đơn vị «${last.name}» đã có thay đổi có hiệu lực từ ngày ${formatViDate(last.validFrom)}, sau ngày ${formatViDate(this.on)}. Các giai đoạn không được chồng lên nhau: ghi thay đổi có ngày hiệu lực từ ${formatViDate(last.validFrom)} trở đi.`,
      );
    return last;
  }

  establish(u: NewUnit): void {
    if (this.units.get(u.unitId)?.length) throw new OrgRuleError('UNIT_EXISTS', `Đơn vị «${this.name(u.unitId)}» đã có lịch sử; không thể thành lập lại.`);
    if (u.parentId !== null) this.requireAlive(u.parentId, 'UNIT_PARENT_MISSING');
    this.units.set(u.unitId, [{ unitId: u.unitId, validFrom: this.on, validTo: null, parentId: u.parentId, ...u.attributes, ...this.stamp() }]);
    this.changed.add(u.unitId);
  }

  amend(unitId: number, changes: Partial<Omit<UnitVersion, 'unitId' | 'validFrom' | 'validTo'>>): void {
    const last = this.current(unitId);
    const list = this.units.get(unitId)!;
    if (last.validFrom === this.on) Object.assign(last, changes, this.stamp());
    else {
      last.validTo = this.on;
      list.push({ ...last, ...changes, validFrom: this.on, validTo: null, ...this.stamp() });
    }
    this.changed.add(unitId);
  }

  end(unitId: number): void {
    const last = this.current(unitId);
    if (last.validFrom === this.on)
      throw new OrgRuleError('UNIT_END_SAME_DAY', `Đơn vị «${last.name}» vừa có thay đổi đúng ngày ${formatViDate(this.on)}; ngày kết thúc phải sau ngày đó.`);
    last.validTo = this.on;
    this.changed.add(unitId);
    this.ended.push(unitId);
  }

  requireAlive(unitId: number, code: string): UnitVersion {
    const v = this.units.get(unitId)?.find((x) => (x.validFrom === null || x.validFrom <= this.on) && (x.validTo === null || this.on < x.validTo));
    if (!v)
      throw new OrgRuleError(code, `Ngày ${formatViDate(this.on)} đơn vị «${this.name(unitId)}» không hoạt động; chọn đơn vị đang hoạt động vào ngày đó.`);
    return v;
  }

  childrenOf(unitId: number): UnitVersion[] {
    return [...this.units.values()]
      .map((list) => list[list.length - 1])
      .filter((v) => v.parentId === unitId && v.validTo === null && (v.validFrom === null || v.validFrom <= this.on));
  }

  /** Moves the children of an ending unit to their new parents. */
  rehomeChildren(unitId: number, defaultParent: number, childParents: Readonly<Record<number, number>>, ending: ReadonlySet<number>): void {
    for (const child of this.childrenOf(unitId)) {
      const to = childParents[child.unitId] ?? defaultParent;
      if (to === child.unitId) throw new OrgRuleError('UNIT_MOVE_CYCLE', `Không thể chuyển «${child.name}» vào chính nó.`);
      if (ending.has(to))
        throw new OrgRuleError(
          'UNIT_PARENT_ENDING',
          `«${child.name}» không thể chuyển về «${this.name(to)}» vì đơn vị này cũng kết thúc ngày ${formatViDate(this.on)}.`,
        );
      this.requireAlive(to, 'UNIT_PARENT_MISSING');
      this.amend(child.unitId, { parentId: to });
      this.childMoves.push({ unitId: child.unitId, fromParentId: unitId, toParentId: to });
    }
  }

  link(fromUnitId: number, toUnitId: number, principal: boolean, note: string | null): SuccessorLink {
    const l: SuccessorLink = { fromUnitId, toUnitId, on: this.on, principal, note };
    this.links.push(l);
    return l;
  }

  private stamp(): { operationId?: number | null } {
    return this.operationId === null ? {} : { operationId: this.operationId };
  }
}

function distinct(ids: readonly number[], what: string): void {
  if (new Set(ids).size !== ids.length) throw new OrgRuleError('UNIT_LISTED_TWICE', `Một đơn vị được chọn hai lần trong ${what}.`);
}

// What the decision says moved to each successor, defaulting to the children it received.
function noteFor(draft: Draft, op: Base, successorId: number, from: number): string | null {
  if (op.notes?.[successorId]) return op.notes[successorId];
  const names = draft.childMoves.filter((m) => m.fromParentId === from && m.toParentId === successorId).map((m) => draft.name(m.unitId));
  return names.length ? names.join('; ') : null;
}

function endWithSuccessors(
  draft: Draft,
  op: Base,
  unitId: number,
  successorIds: readonly number[],
  principalId: number,
  ending: ReadonlySet<number>,
): SuccessorLink[] {
  for (const s of successorIds) {
    if (s === unitId) throw new OrgRuleError('UNIT_SUCCESSOR_SELF', `«${draft.name(unitId)}» không thể là đơn vị kế thừa của chính nó.`);
    if (ending.has(s))
      throw new OrgRuleError('UNIT_SUCCESSOR_ENDING', `«${draft.name(s)}» cũng kết thúc ngày ${formatViDate(draft.on)}, không thể là đơn vị kế thừa.`);
    draft.requireAlive(s, 'UNIT_SUCCESSOR_MISSING');
  }
  draft.rehomeChildren(unitId, principalId, op.childParents ?? {}, ending);
  draft.end(unitId);
  return successorIds.map((s) => draft.link(unitId, s, s === principalId, noteFor(draft, op, s, unitId)));
}

/** Applies one operation to the timeline and checks the whole result; throws OrgRuleError with a Vietnamese message. */
export function applyOperation(data: OrgTimelineData, op: OrgOperation, opts: { operationId?: number | null } = {}): OperationOutcome {
  const draft = new Draft(data, op.on, opts.operationId ?? null);
  for (const u of op.newUnits ?? []) draft.establish(u);
  const links: SuccessorLink[] = [];
  switch (op.kind) {
    case 'establish':
      if (!op.newUnits?.some((u) => u.unitId === op.unitId)) throw new OrgRuleError('UNIT_NOT_FOUND', 'Thiếu thông tin đơn vị được thành lập.');
      break;
    case 'rename':
      draft.amend(op.unitId, { name: op.name, ...(op.shortName !== undefined ? { shortName: op.shortName } : {}) });
      break;
    case 'retype':
      draft.amend(op.unitId, { type: op.type, ...(op.name ? { name: op.name } : {}), ...(op.shortName !== undefined ? { shortName: op.shortName } : {}) });
      break;
    case 'move': {
      const unit = draft.current(op.unitId);
      if (unit.parentId === null)
        throw new OrgRuleError('ROOT_CANNOT_MOVE', `Không thể chuyển đơn vị gốc «${unit.name}» sang đơn vị khác; dùng sáp nhập nếu hai Sở hợp nhất.`);
      draft.requireAlive(op.parentId, 'UNIT_PARENT_MISSING');
      if (draft.timeline().subtreeAt(op.unitId, op.on).has(op.parentId))
        throw new OrgRuleError('UNIT_MOVE_CYCLE', `Không thể chuyển «${unit.name}» vào chính nó hoặc một đơn vị cấp dưới của nó.`);
      draft.amend(op.unitId, { parentId: op.parentId });
      break;
    }
    case 'merge': {
      distinct(op.sourceIds, 'các đơn vị sáp nhập');
      const sources = op.sourceIds.filter((id) => id !== op.targetId);
      if (!sources.length || op.sourceIds.length + (op.sourceIds.includes(op.targetId) ? 0 : 1) < 2)
        throw new OrgRuleError('MERGE_NEEDS_TWO', 'Sáp nhập cần ít nhất hai đơn vị: chọn các đơn vị sáp nhập và đơn vị sau sáp nhập.');
      draft.requireAlive(op.targetId, 'UNIT_SUCCESSOR_MISSING');
      const ending = new Set(sources);
      for (const s of sources) links.push(...endWithSuccessors(draft, op, s, [op.targetId], op.targetId, ending));
      break;
    }
    case 'split': {
      distinct(op.targetIds, 'các đơn vị sau chia tách');
      if (!op.targetIds.length) throw new OrgRuleError('SPLIT_NEEDS_TARGET', 'Chia tách cần ít nhất một đơn vị mới nhận phần tách ra.');
      if (op.keepSource) {
        draft.current(op.sourceId);
        for (const [child, to] of Object.entries(op.childParents ?? {})) {
          const c = draft.current(Number(child));
          if (c.parentId !== op.sourceId) throw new OrgRuleError('SPLIT_CHILD_NOT_UNDER_SOURCE', `«${c.name}» không trực thuộc «${draft.name(op.sourceId)}».`);
          draft.requireAlive(to, 'UNIT_PARENT_MISSING');
          draft.amend(c.unitId, { parentId: to });
          draft.childMoves.push({ unitId: c.unitId, fromParentId: op.sourceId, toParentId: to });
        }
        for (const t of op.targetIds) links.push(draft.link(op.sourceId, t, false, noteFor(draft, op, t, op.sourceId)));
      } else {
        const principal = op.principalId ?? op.targetIds[0];
        if (!op.targetIds.includes(principal))
          throw new OrgRuleError('PRINCIPAL_NOT_SUCCESSOR', 'Đơn vị kế thừa chính phải là một trong các đơn vị sau chia tách.');
        links.push(...endWithSuccessors(draft, op, op.sourceId, op.targetIds, principal, new Set([op.sourceId])));
      }
      break;
    }
    case 'dissolve': {
      distinct(op.successorIds, 'các đơn vị kế thừa');
      if (!op.successorIds.length)
        throw new OrgRuleError(
          'DISSOLVE_NEEDS_SUCCESSOR',
          `Giải thể «${draft.name(op.unitId)}» cần ít nhất một đơn vị kế thừa nhận đơn vị trực thuộc và công việc đang dở.`,
        );
      const principal = op.principalId ?? op.successorIds[0];
      if (!op.successorIds.includes(principal)) throw new OrgRuleError('PRINCIPAL_NOT_SUCCESSOR', 'Đơn vị kế thừa chính phải là một trong các đơn vị kế thừa.');
      links.push(...endWithSuccessors(draft, op, op.unitId, op.successorIds, principal, new Set([op.unitId])));
      break;
    }
  }
  const timeline = draft.timeline();
  assertTimeline(timeline);
  return { data: timeline.data, changedUnitIds: [...draft.changed], endedUnitIds: draft.ended, childMoves: draft.childMoves, links };
}
