/**
 * The "bỏ qua …" part of a due-date explanation: consecutive days that did not count are grouped,
 * so a reader sees "bỏ qua 28/01–02/02 (Tết Nguyên đán)" rather than seven separate lines.
 */
import { addDays, formatViDate, type IsoDate } from '../time/iso-date';

/** Why a step of the due-date computation counted or not; parallel to the steps themselves. */
export type StepCategory = { type: 'receipt' } | { type: 'counted' } | { type: 'pause'; reason: string } | { type: 'off'; name: string; weekly: boolean };

interface Run {
  type: 'pause' | 'off';
  from: IsoDate;
  to: IsoDate;
  names: string[];
  weeklyNames: string[];
}

function addUnique(list: string[], name: string): void {
  if (!list.includes(name)) list.push(name);
}

function groupRuns(steps: readonly { date: IsoDate }[], categories: readonly StepCategory[]): Run[] {
  const runs: Run[] = [];
  steps.forEach((step, i) => {
    const c = categories[i];
    if (c.type !== 'pause' && c.type !== 'off') return;
    const last = runs[runs.length - 1];
    // A pause and a holiday next to it stay apart: one stops the clock by decision, the other by law.
    const run = last && last.type === c.type && addDays(last.to, 1) === step.date && (c.type === 'off' || last.names[0] === c.reason) ? last : undefined;
    const target = run ?? { type: c.type, from: step.date, to: step.date, names: [], weeklyNames: [] };
    target.to = step.date;
    if (c.type === 'pause') addUnique(target.names, c.reason);
    else if (c.weekly) addUnique(target.weeklyNames, c.name);
    else addUnique(target.names, c.name);
    if (!run) runs.push(target);
  });
  return runs;
}

function formatRunDate(date: IsoDate, year: string): string {
  // Day and month are enough within the year of receipt; a run reaching into another year says which.
  return date.startsWith(year) ? formatViDate(date).slice(0, 5) : formatViDate(date);
}

/** "bỏ qua 28/01–02/02 (Tết Nguyên đán), tạm dừng 10/02–12/02 (chờ bổ sung hồ sơ)", or '' when nothing was skipped. */
export function describeSkips(steps: readonly { date: IsoDate }[], categories: readonly StepCategory[], receivedOn: IsoDate): string {
  const year = receivedOn.slice(0, 4);
  const clauses: string[] = [];
  let previousType: Run['type'] | null = null;
  for (const run of groupRuns(steps, categories)) {
    const span = run.from === run.to ? formatRunDate(run.from, year) : `${formatRunDate(run.from, year)}–${formatRunDate(run.to, year)}`;
    // Weekend days inside a holiday run are part of the break people name after the holiday ("nghỉ Tết").
    const names = run.names.length > 0 ? run.names : run.weeklyNames;
    const text = `${span} (${names.join(', ')})`;
    clauses.push(run.type === previousType ? text : `${run.type === 'pause' ? 'tạm dừng' : 'bỏ qua'} ${text}`);
    previousType = run.type;
  }
  return clauses.join(', ');
}
