// "Today" in the browser is Vietnam's date, whatever time zone the computer is set to, as on the server.
import { vietnamDateOf, vietnamYearOf } from '../../../domain/time/vietnam-date';

/** Today's date in Vietnam ('YYYY-MM-DD'). */
export const vietnamToday = (): string => vietnamDateOf(Date.now());

/** The current year in Vietnam. */
export const vietnamYear = (): number => vietnamYearOf(Date.now());
