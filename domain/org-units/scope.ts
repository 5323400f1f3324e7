/**
 * Subtrees over time. Today's scopes are materialised paths (org_units.path); figures of another day are
 * counted in the structure of their own day: a record dated d belongs to unit U's subtree when its unit was
 * under U on d. `membershipOf` lists, for one unit, which units were under it and when, so a query can
 * test (unit, date) pairs without a path.
 */
import { addDays, type IsoDate } from '../time/iso-date';
import type { OrgTimeline } from './timeline';

/** A unit under the root from `from` (inclusive, null: always) until `to` (exclusive, null: still). */
export interface Membership {
  unitId: number;
  from: IsoDate | null;
  to: IsoDate | null;
}

/** Every unit that was ever under the root (the root included), with the periods it was. */
export function membershipOf(timeline: OrgTimeline, rootId: number): Membership[] {
  const points = timeline.breakpoints();
  // Segments between consecutive change dates, each represented by a day inside it.
  const segments: Array<{ from: IsoDate | null; to: IsoDate | null; day: IsoDate }> = [];
  if (!points.length) segments.push({ from: null, to: null, day: '2000-01-01' });
  else {
    segments.push({ from: null, to: points[0], day: addDays(points[0], -1) });
    points.forEach((p, i) => segments.push({ from: p, to: points[i + 1] ?? null, day: p }));
  }
  const open = new Map<number, Membership>();
  const out: Membership[] = [];
  for (const seg of segments) {
    const members = timeline.subtreeAt(rootId, seg.day);
    for (const [id, m] of open)
      if (!members.has(id)) {
        out.push(m);
        open.delete(id);
      }
    for (const id of members) {
      const m = open.get(id);
      if (m) m.to = seg.to;
      else open.set(id, { unitId: id, from: seg.from, to: seg.to });
    }
  }
  out.push(...open.values());
  return out.sort((a, b) => a.unitId - b.unitId || (a.from ?? '').localeCompare(b.from ?? ''));
}

/** True when the unit was under the root on the date, by the root's memberships. */
export function isMemberOn(memberships: readonly Membership[], unitId: number, date: IsoDate): boolean {
  return memberships.some((m) => m.unitId === unitId && (m.from === null || m.from <= date) && (m.to === null || date < m.to));
}

/**
 * Today's scope path of every unit ('/1/4/17/'). A living unit's path follows its parents today. An ended
 * unit stays where it last was (under its last parent), so those who oversaw it keep its history and its
 * own staff do not; an ended root is kept under its principal successor.
 */
export function scopePaths(timeline: OrgTimeline, today: IsoDate): Map<number, string> {
  const paths = new Map<number, string>();
  const resolving = new Set<number>();
  const pathOf = (id: number): string => {
    const known = paths.get(id);
    if (known) return known;
    if (resolving.has(id)) return `/${id}/`; // a malformed history must not hang the server
    resolving.add(id);
    const now = timeline.versionAt(id, today);
    const last = now ?? timeline.lastVersion(id);
    let parentId = last?.parentId ?? null;
    if (!now && parentId === null) parentId = timeline.successorLinks(id).find((l) => l.principal)?.toUnitId ?? null;
    const path = parentId === null || !timeline.lastVersion(parentId) ? `/${id}/` : `${pathOf(parentId)}${id}/`;
    resolving.delete(id);
    paths.set(id, path);
    return path;
  };
  for (const id of timeline.unitIds()) pathOf(id);
  return paths;
}
