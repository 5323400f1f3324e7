// Today as a dayjs value for date pickers: Vietnam's date (kept apart from today.ts so citizens' pages need no dayjs).
import dayjs, { type Dayjs } from 'dayjs';
import { vietnamToday } from './today';

/** Today's date in Vietnam, as the date pickers' default and upper limit. */
export const vietnamTodayPicker = (): Dayjs => dayjs(vietnamToday());
