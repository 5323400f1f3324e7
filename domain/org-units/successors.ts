/**
 * Following successor links. "The communes of the former Lê Chân district" are the units alive today that
 * the district office's links lead to; re-grouping a figure into today's structure sends each unit's own
 * records along its principal links, so totals never change and nothing is counted twice.
 */
import type { IsoDate } from '../time/iso-date';
import type { OrgTimeline } from './timeline';

/**
 * Units alive on `today` that carry on the given unit, through every link (a part split off a successor
 * later still counts). A unit alive today is its own only answer.
 */
export function currentSuccessorsOf(timeline: OrgTimeline, unitId: number, today: IsoDate): number[] {
  if (timeline.existsAt(unitId, today)) return [unitId];
  const out = new Set<number>();
  const seen = new Set<number>([unitId]);
  const stack = [unitId];
  while (stack.length) {
    for (const l of timeline.successorLinks(stack.pop()!)) {
      if (seen.has(l.toUnitId)) continue;
      seen.add(l.toUnitId);
      if (timeline.existsAt(l.toUnitId, today)) out.add(l.toUnitId);
      stack.push(l.toUnitId);
    }
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * The unit of today's structure that a unit's own records belong to: itself when alive, else its
 * principal successor, followed until a living unit. A unit that ended without successor stays itself.
 */
export function regroupTarget(timeline: OrgTimeline, unitId: number, today: IsoDate): number {
  let id = unitId;
  const seen = new Set<number>();
  while (!timeline.existsAt(id, today) && !seen.has(id)) {
    seen.add(id);
    const next = timeline.successorLinks(id).find((l) => l.principal);
    if (!next) return id;
    id = next.toUnitId;
  }
  return id;
}

/** Units that ended into this one, directly or through others (its predecessors), oldest links first. */
export function formerUnitsOf(timeline: OrgTimeline, unitId: number): Array<{ unitId: number; on: IsoDate; principal: boolean }> {
  const out: Array<{ unitId: number; on: IsoDate; principal: boolean }> = [];
  const seen = new Set<number>([unitId]);
  const stack = [unitId];
  while (stack.length) {
    const id = stack.pop()!;
    for (const l of timeline.predecessorLinks(id)) {
      if (seen.has(l.fromUnitId)) continue;
      seen.add(l.fromUnitId);
      out.push({ unitId: l.fromUnitId, on: l.on, principal: l.principal });
      stack.push(l.fromUnitId);
    }
  }
  return out.sort((a, b) => a.on.localeCompare(b.on) || a.unitId - b.unitId);
}
