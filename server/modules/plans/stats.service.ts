import type { PlanStats } from '../../../contracts/plans';
import { reformAreaByKey, isReformAreaKey } from '../../../domain/plans/reform-areas';
import { criterion8Inputs } from '../../../domain/tasks/criterion8';
import { summarizeOutcomes, summarizeOutcomesBy } from '../../../domain/tasks/outcome';
import { TASK_SOURCE_LABELS, type TaskSource } from '../../../domain/tasks/task';
import type { IsoDate } from '../../../domain/time/iso-date';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { ratioValue, type MetricDefinition, type MetricQuery, type MetricValue } from '../../metrics/registry';
import { isMemberOn, membershipOf } from '../../../domain/org-units';
import { canSeeTask, loadUnits, missing } from './access';
import { planRepository, type PlanRow, type TaskRow } from './plan.repository';
import { placeTask, placementContext, type Structure, type TaskPlace } from './task-placement';

/**
 * Outcome statistics of a plan's tasks as the province counts them, per area, lead unit and source, with the
 * 8.1/8.2 inputs. Lead units are those of the plan's own day (a task since carried on by a successor counts
 * where it was), or, with `structure: 'today'`, re-grouped into today's units; the totals are the same.
 */
export async function planStats(db: Db, actor: Actor, planId: number, asOf: IsoDate, structure: Structure = 'own-day'): Promise<PlanStats> {
  authorize(actor, 'plan:read');
  const units = await loadUnits(db);
  const plan = await planRepository.findPlan(db, planId);
  if (!plan) throw missing(actor, `kế hoạch có mã số ${planId}`);
  const tasks = (await planRepository.listTasks(db, [planId])).filter((t) => canSeeTask(actor, units, plan, t));
  if (!tasks.length && !units.get(plan.unitId)?.path.startsWith(actor.scopePath)) throw missing(actor, `kế hoạch có mã số ${planId}`);
  return statsOf(tasks, asOf, await placesOf(db, [plan], tasks, structure), structure);
}

/** Where each task counts (its lead unit of the plan's own day, or that unit's successor today). */
export async function placesOf(exec: Executor, plans: readonly PlanRow[], tasks: readonly TaskRow[], structure: Structure): Promise<Map<number, TaskPlace>> {
  const ctx = await placementContext(exec, tasks);
  const planOf = new Map(plans.map((p) => [p.id, p]));
  return new Map(tasks.map((t) => [t.id, placeTask(ctx, planOf.get(t.planId)!, t, structure)]));
}

/** Outcome classes of a set of tasks, in total and per area, lead unit (where each task counts) and source, with the 8.1/8.2 inputs. */
export function statsOf(tasks: readonly TaskRow[], asOf: IsoDate, places: ReadonlyMap<number, TaskPlace>, structure: Structure): PlanStats {
  const total = summarizeOutcomes(tasks, asOf);
  const areaLabel = (k: string) => (isReformAreaKey(k) ? reformAreaByKey(k).shortVi : k);
  const byArea = summarizeOutcomesBy(tasks, (t) => t.areaKey, asOf)
    .sort((a, b) => (isReformAreaKey(a.key) ? reformAreaByKey(a.key).order : 99) - (isReformAreaKey(b.key) ? reformAreaByKey(b.key).order : 99))
    .map((g) => ({ key: g.key, label: areaLabel(g.key), summary: g.summary }));
  const byUnit = summarizeOutcomesBy(tasks, (t) => String(places.get(t.id)!.unitId), asOf).map((g) => {
    const place = tasks.map((t) => places.get(t.id)!).find((p) => String(p.unitId) === g.key)!;
    return { key: g.key, label: place.label, summary: g.summary };
  });
  const bySource = summarizeOutcomesBy(tasks, (t) => t.source, asOf).map((g) => ({
    key: g.key,
    label: TASK_SOURCE_LABELS[g.key as TaskSource] ?? g.key,
    summary: g.summary,
  }));
  return { asOf, structure, total, byArea, byUnit, bySource, criterion8: criterion8Inputs(total) };
}

/**
 * Tasks led by units of a subtree, in plans of the years the period covers, optionally of some sources. The
 * subtree is the one of each plan's own day (criteria 8.1/8.2 of a 2024 assessment read the 2024 structure,
 * whatever changed since), and a task carried on by a successor counts where it was then.
 */
export async function tasksForMetric(exec: Executor, query: MetricQuery, sources?: readonly string[] | null): Promise<TaskRow[]> {
  const fromYear = Number(query.from.slice(0, 4));
  const toYear = Number(query.to.slice(0, 4));
  const plans = (await planRepository.listPlans(exec, {})).filter((p) => p.year >= fromYear && p.year <= toYear);
  const tasks = (
    await planRepository.listTasks(
      exec,
      plans.map((p) => p.id),
    )
  ).filter((t) => !sources?.length || sources.includes(t.source));
  const ctx = await placementContext(exec, tasks);
  const members = membershipOf(ctx.timeline, query.unitId);
  const planOf = new Map(plans.map((p) => [p.id, p]));
  return tasks.filter((t) => {
    const place = placeTask(ctx, planOf.get(t.planId)!, t);
    return isMemberOn(members, place.unitId, place.day);
  });
}

/** Computes one task metric (the keys below) over a set of tasks. */
export function taskMetricValue(key: string, tasks: readonly TaskRow[], asOf: IsoDate): MetricValue {
  const s = summarizeOutcomes(tasks, asOf);
  const src = (what: string) => `Nhiệm vụ trong kế hoạch CCHC: ${what} (tính đến ${asOf}).`;
  switch (key) {
    case 'tasks.assigned':
      return { value: s.assigned, source: src(`${s.assigned} nhiệm vụ được giao`) };
    case 'tasks.done':
      return { value: s.done, source: src(`${s.done}/${s.assigned} nhiệm vụ hoàn thành`) };
    case 'tasks.doneOnTime':
      return { value: s.doneOnTime, source: src(`${s.doneOnTime}/${s.assigned} nhiệm vụ hoàn thành trong hạn`) };
    case 'tasks.overdue':
      return { value: s.openOverdue, source: src(`${s.openOverdue} nhiệm vụ chưa hoàn thành, quá hạn`) };
    case 'tasks.doneRate':
      return ratioValue(s.done, s.assigned, src(`${s.done}/${s.assigned} nhiệm vụ hoàn thành`));
    default:
      return ratioValue(s.doneOnTime, s.assigned, src(`${s.doneOnTime}/${s.assigned} nhiệm vụ hoàn thành đúng hạn`));
  }
}

const def = (key: string, vi: string, en: string, unit: '%' | 'count'): MetricDefinition => ({
  key,
  label: { vi, en },
  unit,
  feature: 'plans',
  compute: async (exec, query) => taskMetricValue(key, await tasksForMetric(exec, query), query.asOf),
});

/** Task metrics for targets, criteria 8.1/8.2 (frameworks) and dashboards. */
export const taskMetrics: MetricDefinition[] = [
  def('tasks.assigned', 'Số nhiệm vụ được giao', 'Tasks assigned', 'count'),
  def('tasks.done', 'Số nhiệm vụ đã hoàn thành', 'Tasks done', 'count'),
  def('tasks.doneOnTime', 'Số nhiệm vụ hoàn thành trong hạn', 'Tasks done on time', 'count'),
  def('tasks.overdue', 'Số nhiệm vụ chưa hoàn thành, quá hạn', 'Tasks overdue', 'count'),
  def('tasks.doneRate', 'Tỷ lệ nhiệm vụ hoàn thành', 'Share of tasks done', '%'),
  def('tasks.doneOnTimeRate', 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn', 'Share of tasks done on time', '%'),
];
