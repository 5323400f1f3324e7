import { z } from 'zod';

const IsoDateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');

/** One non-working day (or weekend day worked) of a year. */
export const CalendarDayView = z.object({
  date: IsoDateText,
  kind: z.enum(['holiday', 'makeup', 'workday']),
  name: z.string(),
  /** 'statutory' when computed by the rule of BLLĐ 2019 Đ112, 'override' when entered by an administrator. */
  source: z.enum(['statutory', 'override']).optional(),
});
export type CalendarDayView = z.infer<typeof CalendarDayView>;

export const HolidaysQuery = z.object({ year: z.coerce.number().int().min(1900).max(2199) });
export type HolidaysQuery = z.infer<typeof HolidaysQuery>;
export const HolidayList = z.array(CalendarDayView);

/** POST /api/calendar/days: adds or overrides one day. */
export const SetCalendarDayRequest = z.object({
  date: IsoDateText,
  kind: z.enum(['holiday', 'makeup', 'workday']),
  name: z.string().trim().min(1, 'Cần ghi tên ngày (ví dụ: "Nghỉ Tết Nguyên đán theo Thông báo của UBND")').max(200),
});
export type SetCalendarDayRequest = z.infer<typeof SetCalendarDayRequest>;

export const CalendarDateParams = z.object({ date: IsoDateText });

export const DueDateQuery = z.object({
  start: IsoDateText,
  days: z.coerce.number().int().min(0).max(3650),
});
export type DueDateQuery = z.infer<typeof DueDateQuery>;

export const DueDateReply = z.object({
  due: IsoDateText,
  explanation: z.string(),
  steps: z.array(z.object({ date: IsoDateText, counted: z.boolean(), note: z.string() })),
});
export type DueDateReply = z.infer<typeof DueDateReply>;

/** PUT /api/calendar/years/:year: replaces the year's administrator entries with the imported file (CSV or JSON text). */
export const ImportYearRequest = z.object({ format: z.enum(['csv', 'json']), content: z.string().min(1).max(1_000_000) });
export type ImportYearRequest = z.infer<typeof ImportYearRequest>;
export const YearParams = z.object({ year: z.coerce.number().int().min(1900).max(2199) });
export const ImportYearReply = z.object({ year: z.number(), days: z.number() });
