/**
 * The organisation over time: each unit is a chain of dated versions (parent, type, name) and, when it
 * ends, successor links say which units took over. Nothing is copied or deleted: a record keeps the unit
 * id it had, and the timeline answers "where was this unit on that day" and "who carries it on today".
 * See docs/decisions (units over time).
 */
import { addDays, type IsoDate } from '../time/iso-date';
import type { UnitType } from './unit-types';

/** One period of a unit's life during which its parent, type and names did not change. */
export interface UnitVersion {
  unitId: number;
  /** First day, inclusive; null: since before the system's records. */
  validFrom: IsoDate | null;
  /** The day the next state began (exclusive end); null: still in force. */
  validTo: IsoDate | null;
  parentId: number | null;
  type: UnitType;
  name: string;
  shortName: string | null;
  district: string | null;
  /** The recorded operation that opened this version (null for the initial structure). */
  operationId?: number | null;
}

/** A successor link: on `on`, `fromUnitId` ended (or gave part of itself) and `toUnitId` took over. */
export interface SuccessorLink {
  fromUnitId: number;
  toUnitId: number;
  on: IsoDate;
  /**
   * The principal successor inherits the unit's own records when figures are re-grouped into today's
   * structure and, by default, its open work. Other links say that part of the unit went there.
   */
  principal: boolean;
  /** What moved, as the decision says it ("Trường THCS Chu Văn An", "địa bàn phường An Biên"). */
  note?: string | null;
}

export interface OrgTimelineData {
  versions: readonly UnitVersion[];
  links: readonly SuccessorLink[];
}

/** A unit's span of existence. */
export interface UnitLife {
  from: IsoDate | null;
  to: IsoDate | null;
}

/** True when the version is in force on the date. */
export function coversDate(v: Pick<UnitVersion, 'validFrom' | 'validTo'>, date: IsoDate): boolean {
  return (v.validFrom === null || v.validFrom <= date) && (v.validTo === null || date < v.validTo);
}

const byStart = (a: UnitVersion, b: UnitVersion) => (a.validFrom ?? '').localeCompare(b.validFrom ?? '');

/** Read-only queries over the timeline; build one per request from the stored versions and links. */
export class OrgTimeline {
  private readonly byUnit = new Map<number, UnitVersion[]>();
  private readonly linksFrom = new Map<number, SuccessorLink[]>();
  private readonly linksTo = new Map<number, SuccessorLink[]>();

  constructor(readonly data: OrgTimelineData) {
    for (const v of data.versions) {
      const list = this.byUnit.get(v.unitId) ?? [];
      list.push(v);
      this.byUnit.set(v.unitId, list);
    }
    for (const list of this.byUnit.values()) list.sort(byStart);
    for (const l of data.links) {
      this.linksFrom.set(l.fromUnitId, [...(this.linksFrom.get(l.fromUnitId) ?? []), l]);
      this.linksTo.set(l.toUnitId, [...(this.linksTo.get(l.toUnitId) ?? []), l]);
    }
  }

  /** Every unit id the timeline knows. */
  unitIds(): number[] {
    return [...this.byUnit.keys()];
  }

  /** The unit's versions, oldest first. */
  versionsOf(unitId: number): readonly UnitVersion[] {
    return this.byUnit.get(unitId) ?? [];
  }

  /** The unit's latest version (in force today, or the last one before it ended). */
  lastVersion(unitId: number): UnitVersion | null {
    const list = this.byUnit.get(unitId);
    return list?.length ? list[list.length - 1] : null;
  }

  /** The version in force on the date, or null when the unit did not exist then. */
  versionAt(unitId: number, date: IsoDate): UnitVersion | null {
    return this.byUnit.get(unitId)?.find((v) => coversDate(v, date)) ?? null;
  }

  /** When the unit began and ended (null ends are open). */
  lifeOf(unitId: number): UnitLife | null {
    const list = this.byUnit.get(unitId);
    if (!list?.length) return null;
    return { from: list[0].validFrom, to: list[list.length - 1].validTo };
  }

  existsAt(unitId: number, date: IsoDate): boolean {
    return this.versionAt(unitId, date) !== null;
  }

  /** Name of the unit on a date, or its last name when it did not exist then. */
  nameAt(unitId: number, date: IsoDate): string {
    return (this.versionAt(unitId, date) ?? this.lastVersion(unitId))?.name ?? `#${unitId}`;
  }

  /**
   * A day of the unit's life as near as possible to the date: the date itself when the unit existed then,
   * its first day when it began later, its last day when it had ended (a record dated outside a unit's life
   * is placed where the unit first or last stood).
   */
  dayInLife(unitId: number, date: IsoDate): IsoDate {
    if (this.existsAt(unitId, date)) return date;
    const life = this.lifeOf(unitId);
    if (!life) return date;
    if (life.from !== null && date < life.from) return life.from;
    if (life.to !== null && date >= life.to) return addDays(life.to, -1);
    return date;
  }

  /** The unit and its ancestors as they stood on the date, the unit first; empty when it did not exist. */
  ancestorsAt(unitId: number, date: IsoDate): UnitVersion[] {
    const chain: UnitVersion[] = [];
    const seen = new Set<number>();
    let current = this.versionAt(unitId, date);
    while (current && !seen.has(current.unitId)) {
      chain.push(current);
      seen.add(current.unitId);
      current = current.parentId === null ? null : this.versionAt(current.parentId, date);
    }
    return chain;
  }

  /** Every version in force on the date, by unit id. */
  structureAt(date: IsoDate): Map<number, UnitVersion> {
    const out = new Map<number, UnitVersion>();
    for (const [id, list] of this.byUnit) {
      const v = list.find((x) => coversDate(x, date));
      if (v) out.set(id, v);
    }
    return out;
  }

  /** Ids of the unit and all units under it on the date (empty when it did not exist). */
  subtreeAt(rootId: number, date: IsoDate): Set<number> {
    const structure = this.structureAt(date);
    if (!structure.has(rootId)) return new Set();
    const children = new Map<number, number[]>();
    for (const v of structure.values()) if (v.parentId !== null) children.set(v.parentId, [...(children.get(v.parentId) ?? []), v.unitId]);
    const out = new Set<number>([rootId]);
    const stack = [rootId];
    while (stack.length)
      for (const c of children.get(stack.pop()!) ?? [])
        if (!out.has(c)) {
          out.add(c);
          stack.push(c);
        }
    return out;
  }

  /** Units whose parent on the date is the given unit. */
  childrenAt(unitId: number, date: IsoDate): UnitVersion[] {
    return [...this.structureAt(date).values()].filter((v) => v.parentId === unitId);
  }

  /** Dates on which something changed (every version start and end), sorted. */
  breakpoints(): IsoDate[] {
    const dates = new Set<IsoDate>();
    for (const list of this.byUnit.values())
      for (const v of list) {
        if (v.validFrom) dates.add(v.validFrom);
        if (v.validTo) dates.add(v.validTo);
      }
    return [...dates].sort();
  }

  /** Links by which the unit handed over (to its successors). */
  successorLinks(unitId: number): readonly SuccessorLink[] {
    return this.linksFrom.get(unitId) ?? [];
  }

  /** Links by which the unit took over from others. */
  predecessorLinks(unitId: number): readonly SuccessorLink[] {
    return this.linksTo.get(unitId) ?? [];
  }
}
