/**
 * When a source runs, how long it waits before retrying a failed call, and how fresh its data is, in words an
 * officer reads at a glance ("dữ liệu đến 14:05 hôm nay"). Times are Vietnam-local moments (source-time.ts).
 */
import { addDays, type IsoDate } from '../time/iso-date';
import { vietnamMoment, type SourceMoment } from './source-time';

/** Manual only, every N minutes, or once a day at a local time ('06:30'). */
export type SourceSchedule = { kind: 'manual' } | { kind: 'interval'; minutes: number } | { kind: 'daily'; at: string };

/**
 * True when a scheduled run is due at `nowMs`, given when the last run started (null: never). A daily schedule is
 * due once its local time has passed today and no run has started since then.
 */
export function isRunDue(schedule: SourceSchedule, lastStartMs: number | null, nowMs: number): boolean {
  if (schedule.kind === 'manual') return false;
  if (schedule.kind === 'interval') return lastStartMs === null || nowMs - lastStartMs >= schedule.minutes * 60_000;
  const now = vietnamMoment(nowMs);
  const at = `${schedule.at}:00`.slice(0, 8);
  if ((now.time ?? '00:00:00') < at) return false;
  if (lastStartMs === null) return true;
  const last = vietnamMoment(lastStartMs);
  return `${last.date} ${last.time}` < `${now.date} ${at}`;
}

/**
 * Delay before retry n (1-based): exponential from `baseMs`, capped, with up to 20% jitter from `random` so
 * instances that failed together do not retry together.
 */
export function retryDelayMs(attempt: number, baseMs: number, random: () => number, capMs = 60_000): number {
  const exp = Math.min(capMs, baseMs * 2 ** (attempt - 1));
  return Math.round(exp * (1 + 0.2 * random()));
}

/** "14:05 hôm nay", "14:05 hôm qua", "14:05 ngày 12/03/2025": how far a source's data reaches. */
export function describeDataAge(until: SourceMoment, today: IsoDate): string {
  const hhmm = (until.time ?? '00:00').slice(0, 5);
  if (until.date === today) return `${hhmm} hôm nay`;
  if (until.date === addDays(today, -1)) return `${hhmm} hôm qua`;
  const [y, m, d] = until.date.split('-');
  return `${hhmm} ngày ${d}/${m}/${y}`;
}
