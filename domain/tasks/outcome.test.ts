import { describe, expect, it } from 'vitest';
import { classifyTaskOutcome, dueSoon, summarizeOutcomes, summarizeOutcomesByArea, summarizeOutcomesBySource, summarizeOutcomesByUnit } from './outcome';
import { criterion8Inputs } from './criterion8';
import { isCancelled, type TaskRecord } from './task';

const asOf = '2025-06-15';

describe('classifyTaskOutcome', () => {
  it('counts a task done on its deadline day as on time, the day after as late', () => {
    expect(classifyTaskOutcome({ deadline: '2025-03-31', doneOn: '2025-03-31' }, asOf)).toBe('done-on-time');
    expect(classifyTaskOutcome({ deadline: '2025-03-31', doneOn: '2025-03-30' }, asOf)).toBe('done-on-time');
    expect(classifyTaskOutcome({ deadline: '2025-03-31', doneOn: '2025-04-01' }, asOf)).toBe('done-late');
  });

  it('keeps an open task within time on its deadline day, overdue the day after', () => {
    expect(classifyTaskOutcome({ deadline: asOf, doneOn: null }, asOf)).toBe('open-within-time');
    expect(classifyTaskOutcome({ deadline: '2025-06-14', doneOn: null }, asOf)).toBe('open-overdue');
    expect(classifyTaskOutcome({ deadline: '2025-12-31', doneOn: null }, asOf)).toBe('open-within-time');
  });

  it('puts tasks without a deadline in their own classes', () => {
    expect(classifyTaskOutcome({ deadline: null, doneOn: '2025-02-01' }, asOf)).toBe('done-no-deadline');
    expect(classifyTaskOutcome({ deadline: null, doneOn: null }, asOf)).toBe('open-no-deadline');
  });

  it('does not know of a completion dated after the as-of date', () => {
    expect(classifyTaskOutcome({ deadline: '2025-06-30', doneOn: '2025-06-20' }, asOf)).toBe('open-within-time');
    expect(classifyTaskOutcome({ deadline: '2025-06-10', doneOn: '2025-06-20' }, asOf)).toBe('open-overdue');
    expect(classifyTaskOutcome({ deadline: null, doneOn: '2025-06-16' }, asOf)).toBe('open-no-deadline');
  });
});

const task = (id: string, over: Partial<TaskRecord>): TaskRecord => ({
  id,
  content: `Nhiệm vụ ${id}`,
  areaKey: 'procedures',
  source: 'self',
  leadUnitCode: 'VP',
  deadline: null,
  doneOn: null,
  ...over,
});

const tasks: TaskRecord[] = [
  task('a', { deadline: '2025-03-31', doneOn: '2025-03-31' }),
  task('b', { deadline: '2025-03-31', doneOn: '2025-04-10', areaKey: 'organization', leadUnitCode: 'TCCB' }),
  task('c', { deadline: null, doneOn: '2025-02-01', source: 'city' }),
  task('d', { deadline: '2025-06-20', source: 'city' }),
  task('e', { deadline: '2025-06-01', areaKey: 'organization', leadUnitCode: 'TCCB' }),
  task('f', { deadline: null }),
  task('g', { deadline: '2025-06-15' }),
  task('h', { deadline: '2025-07-31' }),
];

describe('summarizeOutcomes', () => {
  it('counts each class once, with done and open as their sums', () => {
    expect(summarizeOutcomes(tasks, asOf)).toEqual({
      assigned: 8,
      done: 3,
      doneOnTime: 1,
      doneLate: 1,
      doneNoDeadline: 1,
      open: 5,
      openWithin: 3,
      openOverdue: 1,
      openNoDeadline: 1,
    });
  });

  it('gives zeros for no tasks', () => {
    expect(summarizeOutcomes([], asOf)).toMatchObject({ assigned: 0, done: 0, open: 0 });
  });

  it('groups by area, unit and source in order of first appearance', () => {
    const byArea = summarizeOutcomesByArea(tasks, asOf);
    expect(byArea.map((g) => g.key)).toEqual(['procedures', 'organization']);
    expect(byArea[1].summary).toMatchObject({ assigned: 2, doneLate: 1, openOverdue: 1 });

    const byUnit = summarizeOutcomesByUnit(tasks, asOf);
    expect(byUnit.find((g) => g.key === 'VP')?.summary.assigned).toBe(6);

    const bySource = summarizeOutcomesBySource(tasks, asOf);
    expect(bySource.find((g) => g.key === 'city')?.summary).toMatchObject({ assigned: 2, doneNoDeadline: 1, openWithin: 1 });
  });
});

describe('dueSoon', () => {
  it('lists open tasks due within the window, soonest first, from the as-of day itself', () => {
    expect(dueSoon(tasks, asOf, 7).map((t) => t.id)).toEqual(['g', 'd']);
    expect(dueSoon(tasks, asOf, 5).map((t) => t.id)).toEqual(['g', 'd']); // 15 + 5 = 20: the last day is in
    expect(dueSoon(tasks, asOf, 4).map((t) => t.id)).toEqual(['g']);
    expect(dueSoon(tasks, asOf, 60).map((t) => t.id)).toEqual(['g', 'd', 'h']);
  });

  it('leaves out overdue, done and deadline-less tasks', () => {
    const ids = dueSoon(tasks, asOf, 365).map((t) => t.id);
    expect(ids).not.toContain('e');
    expect(ids).not.toContain('a');
    expect(ids).not.toContain('f');
  });
});

describe('cancelled tasks (hủy by an adjustment of the plan)', () => {
  const withCancelled: TaskRecord[] = [
    ...tasks,
    task('x', { deadline: '2025-05-01', cancelledOn: '2025-04-20', areaKey: 'public-finance', leadUnitCode: 'KHTC' }),
    task('y', { deadline: '2025-06-20', doneOn: null, cancelledOn: asOf }),
    task('z', { deadline: '2025-03-31', doneOn: '2025-03-31', cancelledOn: '2025-06-30' }),
  ];

  it('leaves a cancelled task out of every class, group and due-soon list as of its cancellation day', () => {
    const s = summarizeOutcomes(withCancelled, asOf);
    // 'z' is cancelled after asOf, so it still counts (done on time); 'x' and 'y' are out.
    expect(s).toMatchObject({ assigned: 9, done: 4, doneOnTime: 2, openOverdue: 1, openWithin: 3 });
    expect(summarizeOutcomesByArea(withCancelled, asOf).map((g) => g.key)).not.toContain('public-finance');
    expect(summarizeOutcomesByUnit(withCancelled, asOf).find((g) => g.key === 'VP')?.summary.assigned).toBe(7);
    expect(dueSoon(withCancelled, asOf, 7).map((t) => t.id)).toEqual(['g', 'd']);
  });

  it('counts the task in figures as of a day before it was cancelled', () => {
    expect(summarizeOutcomes(withCancelled, '2025-04-19')).toMatchObject({ assigned: 11 });
    expect(isCancelled({ cancelledOn: '2025-04-20' }, '2025-04-19')).toBe(false);
    expect(isCancelled({ cancelledOn: '2025-04-20' }, '2025-04-20')).toBe(true);
    expect(isCancelled({}, asOf)).toBe(false);
  });

  it('gives criterion 8 inputs over the tasks in force only', () => {
    const inputs = criterion8Inputs(summarizeOutcomes(withCancelled, asOf));
    expect(inputs['8.1']).toMatchObject({ numerator: 4, denominator: 9 });
    expect(inputs['8.2']).toMatchObject({ numerator: 2, denominator: 9 });
  });
});
