import { asc, eq, like } from 'drizzle-orm';
import type { CalendarDay } from '../../../domain/calendar';
import type { Executor } from '../../db/client';
import { calendarDays } from '../../db/schema/index';

export type CalendarDayRow = typeof calendarDays.$inferSelect;

/** A stored entry as the domain's calendar reads it. */
export function toCalendarDay(row: CalendarDayRow): CalendarDay {
  return { date: row.date, kind: row.kind as CalendarDay['kind'], name: row.name };
}

const ofYear = (year: number) => like(calendarDays.date, `${year}-%`);

/** Queries of the administrator's calendar entries. */
export const calendarRepository = {
  /** Every entry of every year, by date (a few dozen rows). */
  async all(exec: Executor): Promise<CalendarDayRow[]> {
    return exec.select().from(calendarDays).orderBy(asc(calendarDays.date));
  },
  /** The entries of one year, by date. */
  async ofYear(exec: Executor, year: number): Promise<CalendarDayRow[]> {
    return exec.select().from(calendarDays).where(ofYear(year)).orderBy(asc(calendarDays.date));
  },
  async find(exec: Executor, date: string): Promise<CalendarDayRow | null> {
    const [row] = await exec.select().from(calendarDays).where(eq(calendarDays.date, date));
    return row ?? null;
  },
  /** Adds the entry of a day, or replaces the one it has. */
  async upsert(exec: Executor, day: CalendarDay, updatedBy: number, updatedAt: Date): Promise<void> {
    const values = { ...day, updatedBy, updatedAt };
    await exec.insert(calendarDays).values(values).onConflictDoUpdate({ target: calendarDays.date, set: values });
  },
  /** Removes the entry of a day; returns it, or null when the day had none. */
  async remove(exec: Executor, date: string): Promise<CalendarDayRow | null> {
    const [row] = await exec.delete(calendarDays).where(eq(calendarDays.date, date)).returning();
    return row ?? null;
  },
  /** Replaces a year's entries; returns the ones removed. */
  async replaceYear(exec: Executor, year: number, days: readonly CalendarDay[], updatedBy: number): Promise<CalendarDayRow[]> {
    const removed = await exec.delete(calendarDays).where(ofYear(year)).returning();
    if (days.length) await exec.insert(calendarDays).values(days.map((d) => ({ ...d, updatedBy })));
    return removed;
  },
};
