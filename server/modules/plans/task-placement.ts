import { regroupTarget, unitOnDate, type OrgTimeline } from '../../../domain/org-units';
import type { IsoDate } from '../../../domain/time/iso-date';
import type { Executor } from '../../db/client';
import * as clock from '../../clock';
import { orgChangeRepository } from '../org-units/org-change.repository';
import { loadTimeline } from '../org-units/org-timeline.service';
import type { PlanRow, TaskRow } from './plan.repository';

/** In which structure a plan's figures are grouped: the one of the plan's own day (default), or today's. */
export type Structure = 'own-day' | 'today';

/** The day a plan's tasks are placed in the organisation: the day it was approved, else the first day of its year. */
export function planOwnDay(plan: Pick<PlanRow, 'approvedAt' | 'year'>): IsoDate {
  return plan.approvedAt ?? `${plan.year}-01-01`;
}

/** Where a task counts: a unit, on a day of that unit's life, with the unit's name then. */
export interface TaskPlace {
  unitId: number;
  day: IsoDate;
  label: string;
}

/** The timeline and the tasks' moves, loaded once for a set of tasks. */
export interface PlacementContext {
  timeline: OrgTimeline;
  moves: Map<number, Array<{ fromUnitId: number; toUnitId: number; on: IsoDate }>>;
  today: IsoDate;
}

export async function placementContext(exec: Executor, tasks: readonly TaskRow[]): Promise<PlacementContext> {
  const [timeline, moves] = await Promise.all([
    loadTimeline(exec),
    orgChangeRepository.movesOf(
      exec,
      'task',
      tasks.map((t) => t.id),
    ),
  ]);
  return { timeline, moves, today: clock.today() };
}

/**
 * The unit a task counts for: its lead unit on the plan's own day (a task carried on by a successor still
 * counts where it was then), named as it was; or, re-grouped, the unit that carries that one on today.
 */
export function placeTask(ctx: PlacementContext, plan: Pick<PlanRow, 'approvedAt' | 'year'>, task: TaskRow, structure: Structure = 'own-day'): TaskPlace {
  const own = planOwnDay(plan);
  const unitId = unitOnDate(task.leadUnitId, ctx.moves.get(task.id) ?? [], own);
  const day = ctx.timeline.dayInLife(unitId, own);
  if (structure === 'today') {
    const now = regroupTarget(ctx.timeline, unitId, ctx.today);
    const v = ctx.timeline.versionAt(now, ctx.today) ?? ctx.timeline.lastVersion(now);
    return { unitId: now, day: ctx.today, label: v?.shortName ?? v?.name ?? `#${now}` };
  }
  const v = ctx.timeline.versionAt(unitId, day);
  return { unitId, day, label: v?.shortName ?? v?.name ?? `#${unitId}` };
}
