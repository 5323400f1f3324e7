/**
 * How the province counts tasks (seed 002, criteria 8.1 and 8.2 of seed 004): done on time, late or
 * without a deadline; not done and still within time, overdue or without a deadline.
 */
import { addDays, type IsoDate } from '../time/iso-date';
import { isCancelled, type TaskFacts } from './task';

export type TaskOutcome = 'done-on-time' | 'done-late' | 'done-no-deadline' | 'open-within-time' | 'open-overdue' | 'open-no-deadline';

export const TASK_OUTCOME_LABELS: Readonly<Record<TaskOutcome, string>> = {
  'done-on-time': 'Hoàn thành trong hạn',
  'done-late': 'Hoàn thành quá hạn',
  'done-no-deadline': 'Hoàn thành (không có hạn)',
  'open-within-time': 'Chưa hoàn thành, còn trong hạn',
  'open-overdue': 'Chưa hoàn thành, quá hạn',
  'open-no-deadline': 'Chưa hoàn thành (không có hạn)',
};

/** Counts of a set of tasks by outcome; done and open are the sums of their three classes. */
export interface OutcomeSummary {
  readonly assigned: number;
  readonly done: number;
  readonly doneOnTime: number;
  readonly doneLate: number;
  readonly doneNoDeadline: number;
  readonly open: number;
  readonly openWithin: number;
  readonly openOverdue: number;
  readonly openNoDeadline: number;
}

/**
 * Classifies a task the way the province counts it, as of a date. A task is done on time when it is
 * done on or before its deadline; a completion dated after `asOf` is not known yet, so it is open.
 */
export function classifyTaskOutcome(task: TaskFacts, asOf: IsoDate): TaskOutcome {
  const doneOn = task.doneOn !== null && task.doneOn <= asOf ? task.doneOn : null;
  if (task.deadline === null) return doneOn ? 'done-no-deadline' : 'open-no-deadline';
  if (doneOn) return doneOn <= task.deadline ? 'done-on-time' : 'done-late';
  return asOf <= task.deadline ? 'open-within-time' : 'open-overdue';
}

const EMPTY: OutcomeSummary = {
  assigned: 0,
  done: 0,
  doneOnTime: 0,
  doneLate: 0,
  doneNoDeadline: 0,
  open: 0,
  openWithin: 0,
  openOverdue: 0,
  openNoDeadline: 0,
};

const FIELD: Readonly<Record<TaskOutcome, keyof OutcomeSummary>> = {
  'done-on-time': 'doneOnTime',
  'done-late': 'doneLate',
  'done-no-deadline': 'doneNoDeadline',
  'open-within-time': 'openWithin',
  'open-overdue': 'openOverdue',
  'open-no-deadline': 'openNoDeadline',
};

/** The tasks in force as of a date: a cancelled task keeps its record but is no longer assigned. */
export function tasksInForce<T extends TaskFacts>(tasks: readonly T[], asOf: IsoDate): T[] {
  return tasks.filter((t) => !isCancelled(t, asOf));
}

/** Counts tasks by outcome class as of a date; cancelled tasks are left out of every class. */
export function summarizeOutcomes(tasks: readonly TaskFacts[], asOf: IsoDate): OutcomeSummary {
  const counts: Record<keyof OutcomeSummary, number> = { ...EMPTY };
  for (const task of tasksInForce(tasks, asOf)) {
    const outcome = classifyTaskOutcome(task, asOf);
    counts[FIELD[outcome]] += 1;
    counts[outcome.startsWith('done') ? 'done' : 'open'] += 1;
    counts.assigned += 1;
  }
  return counts;
}

/** One group of a grouped summary; groups come out in the order their first task appears. */
export interface OutcomeGroup<K extends string> {
  readonly key: K;
  readonly summary: OutcomeSummary;
}

/** Summarises tasks per group, with the group key taken from each task; a group of only cancelled tasks does not appear. */
export function summarizeOutcomesBy<T extends TaskFacts, K extends string>(tasks: readonly T[], keyOf: (task: T) => K, asOf: IsoDate): OutcomeGroup<K>[] {
  const groups = new Map<K, T[]>();
  for (const task of tasksInForce(tasks, asOf)) {
    const key = keyOf(task);
    const list = groups.get(key);
    if (list) list.push(task);
    else groups.set(key, [task]);
  }
  return [...groups].map(([key, list]) => ({ key, summary: summarizeOutcomes(list, asOf) }));
}

/** Summary per reform area. */
export function summarizeOutcomesByArea<T extends TaskFacts & { areaKey: string }>(tasks: readonly T[], asOf: IsoDate) {
  return summarizeOutcomesBy(tasks, (t) => t.areaKey, asOf);
}

/** Summary per lead unit. */
export function summarizeOutcomesByUnit<T extends TaskFacts & { leadUnitCode: string }>(tasks: readonly T[], asOf: IsoDate) {
  return summarizeOutcomesBy(tasks, (t) => t.leadUnitCode, asOf);
}

/** Summary per source (own plan, city, ministry). */
export function summarizeOutcomesBySource<T extends TaskFacts & { source: string }>(tasks: readonly T[], asOf: IsoDate) {
  return summarizeOutcomesBy(tasks, (t) => t.source, asOf);
}

/** Open tasks in force whose deadline falls within the next `days` days (asOf included), soonest first. Overdue ones are not "due soon". */
export function dueSoon<T extends TaskFacts>(tasks: readonly T[], asOf: IsoDate, days: number): T[] {
  const until = addDays(asOf, days);
  return tasksInForce(tasks, asOf)
    .filter((t) => t.deadline !== null && t.deadline <= until && classifyTaskOutcome(t, asOf) === 'open-within-time')
    .sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? ''));
}
