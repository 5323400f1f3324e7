// Public API of the working-day calendar: lunar dates, statutory holidays, the unit's calendar,
// due dates with their explanation, timeliness, and the year file format.
export { CalendarRuleError } from './calendar-error';
export { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR, leapMonthOf, lunarMonthLength, lunarToSolar, solarToLunar, type LunarDate } from './lunar';
export {
  CALENDAR_DAY_KINDS,
  DEFAULT_TET_RULE,
  DEFAULT_WEEKLY_REST,
  HOLIDAY_NAMES,
  isCalendarDay,
  makeUpName,
  nationalDayExtraDate,
  statutoryHolidays,
  weekdayName,
  type CalendarDay,
  type CalendarDayKind,
  type NationalDayExtra,
  type StatutoryHolidayOptions,
  type TetRule,
} from './holidays';
export { createWorkingCalendar, type DayDescription, type WorkingCalendar, type WorkingCalendarOptions } from './working-calendar';
export { DEFAULT_WORK_SCHEDULE, formatLocalMoment, parseLocalMoment, type LocalMoment, type WorkPeriod } from './work-schedule';
export { computeDueDate, type ClockPause, type DueDateExtension, type DueDateInput, type DueDateResult, type DueDateStep } from './due-date';
export {
  MAX_SUPPLEMENT_REQUESTS_ON_TIME,
  classifyTimeliness,
  resolvedTimelinessStatus,
  deadlineFor,
  type OpenTimeliness,
  type ResolvedTimeliness,
  type Timeliness,
  type TimelinessFacts,
  type TimelinessOptions,
  type TimelinessResult,
} from './timeliness';
export { FEEDBACK_DEADLINES, feedbackDeadline, type FeedbackDeadline, type FeedbackStep } from './feedback-deadlines';
export {
  parseYearCalendarCsv,
  parseYearCalendarJson,
  yearCalendarToCsv,
  yearCalendarToJson,
  type YearCalendarParseOptions,
  type YearCalendarParseResult,
} from './year-calendar-io';
