import type { CalendarDayView, DueDateReply, ImportYearRequest, SetCalendarDayRequest } from '../../../contracts/calendar';
import {
  CalendarRuleError,
  computeDueDate,
  createWorkingCalendar,
  parseYearCalendarCsv,
  parseYearCalendarJson,
  yearCalendarToCsv,
  type WorkingCalendar,
} from '../../../domain/calendar';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { DomainError } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { calendarRepository, toCalendarDay } from './calendar.repository';
import * as clock from '../../clock';

/** Rule errors of the calendar are the user's input to fix: a 400 with the rule's own message. */
export function calendarError(error: unknown): never {
  if (error instanceof CalendarRuleError) throw new DomainError(error.code, error.message, 400);
  throw error;
}

/** The working calendar with the administrator's entries of every year (a few dozen rows). */
export async function loadWorkingCalendar(exec: Executor): Promise<WorkingCalendar> {
  return createWorkingCalendar({ overrides: (await calendarRepository.all(exec)).map(toCalendarDay) });
}

/** Non-working days of a year other than weekly rest, with where each comes from. Anyone signed in may read them. */
export async function listHolidays(db: Db, year: number): Promise<CalendarDayView[]> {
  const rows = await calendarRepository.ofYear(db, year);
  const overridden = new Set(rows.map((r) => r.date));
  const calendar = await loadWorkingCalendar(db);
  return calendar.specialDays(year).map((d) => ({ ...d, source: overridden.has(d.date) ? 'override' : 'statutory' }));
}

/** Adds or overrides one day (the government's Tết decision, a swapped Saturday). */
export async function setCalendarDay(db: Db, actor: Actor, input: SetCalendarDayRequest): Promise<CalendarDayView> {
  authorize(actor, 'calendar:manage');
  return db.transaction(async (tx) => {
    const before = await calendarRepository.find(tx, input.date);
    await calendarRepository.upsert(tx, { date: input.date, kind: input.kind, name: input.name }, actor.userId, clock.now());
    await loadWorkingCalendar(tx).catch(calendarError); // the new set must still make a valid calendar
    await recordAudit(tx, actor, { action: 'calendar.day-set', entityType: 'calendar_day', entityId: input.date, before: before ?? null, after: input });
    return { date: input.date, kind: input.kind, name: input.name, source: 'override' };
  });
}

/** Removes an administrator's entry; the day falls back to the statutory rule. */
export async function removeCalendarDay(db: Db, actor: Actor, date: string): Promise<{ ok: true }> {
  authorize(actor, 'calendar:manage');
  return db.transaction(async (tx) => {
    const before = await calendarRepository.remove(tx, date);
    if (!before)
      throw new DomainError(
        'CALENDAR_DAY_NOT_FOUND',
        `Ngày ${date} không có điều chỉnh nào để xóa (ngày lễ theo luật không xóa được, hãy đặt "workday").`,
        404,
      );
    await recordAudit(tx, actor, { action: 'calendar.day-removed', entityType: 'calendar_day', entityId: date, before });
    return { ok: true as const };
  });
}

/** Replaces a year's entries by an imported CSV or JSON file, all or nothing. */
export async function importYear(db: Db, actor: Actor, year: number, input: ImportYearRequest): Promise<{ year: number; days: number }> {
  authorize(actor, 'calendar:manage');
  const parsed = input.format === 'csv' ? parseYearCalendarCsv(input.content, { year }) : parseYearCalendarJson(input.content, { year });
  if (!parsed.ok)
    throw new DomainError('CALENDAR_IMPORT_INVALID', `Tệp lịch năm ${year} có lỗi: ${parsed.errors.slice(0, 20).join(' ')}`, 400, { errors: parsed.errors });
  return db.transaction(async (tx) => {
    const before = await calendarRepository.replaceYear(tx, year, parsed.days, actor.userId);
    await loadWorkingCalendar(tx).catch(calendarError);
    await recordAudit(tx, actor, {
      action: 'calendar.year-imported',
      entityType: 'calendar_year',
      entityId: year,
      before: { days: before.length },
      after: { days: parsed.days.length },
    });
    return { year, days: parsed.days.length };
  });
}

/** The year's administrator entries as CSV ('date,kind,name'), the same layout importYear reads. */
export async function exportYear(db: Db, actor: Actor, year: number): Promise<string> {
  authorize(actor, 'calendar:manage');
  return yearCalendarToCsv((await calendarRepository.ofYear(db, year)).map(toCalendarDay));
}

/** Due date of N working days from a receipt date, explained day by day. */
export async function dueDate(db: Db, start: string, days: number): Promise<DueDateReply> {
  const calendar = await loadWorkingCalendar(db);
  let result;
  try {
    result = computeDueDate(calendar, { receivedAt: start, workingDays: days });
  } catch (error) {
    calendarError(error);
  }
  return { due: result.due!, explanation: result.explanation, steps: result.steps };
}
