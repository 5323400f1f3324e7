// The server's one clock. Every "now" and "today" of the server comes from here, so a test can fix the instant
// (and CI can run the whole suite at 23:30 and 00:30 Vietnam time) and no rule reads the UTC date by mistake.
// Use it as a namespace: `import * as clock from '../clock'`, then `clock.now()`, `clock.today()`.
import type { IsoDate } from '../domain/time/iso-date';
import { vietnamDateOf, vietnamYearOf } from '../domain/time/vietnam-date';

/** A source of the current instant. */
export interface Clock {
  now(): Date;
}

const systemClock: Clock = { now: () => new Date() };
let current: Clock = systemClock;

/** The current instant. */
export function now(): Date {
  return current.now();
}

/** Today on Vietnam's calendar: the date every rule (deadlines, outcome classes, scoring) is judged on. */
export function today(): IsoDate {
  return vietnamDateOf(current.now());
}

/** The current year on Vietnam's calendar. */
export function currentYear(): number {
  return vietnamYearOf(current.now());
}

/** The instant `ms` milliseconds before now (for "in the last hour" windows). */
export function msAgo(ms: number): Date {
  return new Date(current.now().getTime() - ms);
}

/** Replaces the clock (tests only); `null` puts the system clock back. */
export function setClock(clock: Clock | null): void {
  current = clock ?? systemClock;
}

/** A clock stopped at one instant, e.g. `fixedClock('2026-01-31T16:59:00Z')` (23:59 in Vietnam). */
export function fixedClock(instant: string | Date): Clock {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) throw new RangeError(`fixedClock: "${String(instant)}" không phải một thời điểm.`);
  return { now: () => new Date(at) };
}
