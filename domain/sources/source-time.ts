/**
 * Dates and times as the one-stop systems write them: the national portal's synchronisation sends
 * 'yyyyMMddHHmmss' in Vietnam time; Excel and CSV exports write 'dd/mm/yyyy' with or without a time
 * (iGate sometimes puts the time first, 'hh:mm dd/mm/yyyy'); Excel cells may also hold a date or a day serial.
 */
import { fromEpochDay, isIsoDate, type IsoDate } from '../time/iso-date';
import { VIETNAM_UTC_OFFSET_MS as VIETNAM_OFFSET_MS } from '../time/vietnam-date';

/** A moment in the source's calendar (Vietnam local): the date, and the time when the source gave one. */
export interface SourceMoment {
  date: IsoDate;
  /** 'HH:MM:SS', or null when the source wrote a date only. */
  time: string | null;
}

// Excel's day 0 is 1899-12-30 (the 1900 leap-year bug folded in): 25569 days before 1970-01-01.
const EXCEL_EPOCH_DAY = -25_569;
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

function moment(y: number, m: number, d: number, hh?: number, mi?: number, ss?: number): SourceMoment | 'invalid' {
  const date = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
  if (!isIsoDate(date)) return 'invalid';
  if (hh === undefined) return { date, time: null };
  if (hh > 23 || (mi ?? 0) > 59 || (ss ?? 0) > 59) return 'invalid';
  return { date, time: `${pad(hh)}:${pad(mi ?? 0)}:${pad(ss ?? 0)}` };
}

/** A day count and seconds into the day; midnight reads as a date without a time (how date-only cells arrive). */
function fromDayAndSeconds(day: number, seconds: number): SourceMoment {
  const secs = Math.min(seconds, 86_399);
  const date = fromEpochDay(day);
  return secs === 0 ? { date, time: null } : { date, time: `${pad(Math.floor(secs / 3600))}:${pad(Math.floor((secs % 3600) / 60))}:${pad(secs % 60)}` };
}

const PORTAL = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2})[:hg](\d{2})(?:[:](\d{2}))?)?$/i;
const TIME_FIRST = /^(\d{1,2})[:hg](\d{2})(?::(\d{2}))?[ ,]+(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** The local moment of an instant (epoch milliseconds) in Vietnam. */
export function vietnamMoment(epochMs: number): SourceMoment {
  const local = epochMs + VIETNAM_OFFSET_MS;
  const day = Math.floor(local / 86_400_000);
  const secs = Math.floor((local - day * 86_400_000) / 1000);
  return { date: fromEpochDay(day), time: `${pad(Math.floor(secs / 3600))}:${pad(Math.floor((secs % 3600) / 60))}:${pad(secs % 60)}` };
}

/** A moment as the portal writes it: 'yyyyMMddHHmmss' (a date-only moment is taken at 00:00:00). */
export function toPortalTime(m: SourceMoment): string {
  return m.date.replaceAll('-', '') + (m.time ?? '00:00:00').replaceAll(':', '');
}

/** Epoch milliseconds of a Vietnam-local moment. */
export function momentToEpoch(m: SourceMoment): number {
  const [y, mo, d] = m.date.split('-').map(Number);
  const [hh, mi, ss] = (m.time ?? '00:00:00').split(':').map(Number);
  return Date.UTC(y, mo - 1, d, hh, mi, ss) - VIETNAM_OFFSET_MS;
}

/**
 * Reads a date or date-time cell or field in any of the forms the one-stop systems write. Returns null for an
 * empty value and 'invalid' for text that is not a real date (31/02/2025, 2025-13-01, "chưa có").
 */
export function parseSourceMoment(value: unknown): SourceMoment | null | 'invalid' {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return 'invalid';
    // Spreadsheet dates carry no zone: the reader hands them over as UTC wall-clock values.
    const ms = value.getTime();
    const day = Math.floor(ms / 86_400_000);
    return fromDayAndSeconds(day, Math.round((ms - day * 86_400_000) / 1000));
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1e13 && value < 1e14) return parseSourceMoment(String(value));
    // An Excel day serial (a cell formatted as General): whole days, then the fraction of the day.
    if (value > 0 && value < 2_958_466) {
      const whole = Math.floor(value);
      return fromDayAndSeconds(whole + EXCEL_EPOCH_DAY, Math.round((value - whole) * 86_400));
    }
    return 'invalid';
  }
  const text = String(value).trim();
  if (text === '') return null;
  let g = PORTAL.exec(text);
  if (g) return g[4] === undefined ? moment(+g[1], +g[2], +g[3]) : moment(+g[1], +g[2], +g[3], +g[4], +g[5], g[6] === undefined ? 0 : +g[6]);
  g = DMY.exec(text);
  if (g) return g[4] === undefined ? moment(+g[3], +g[2], +g[1]) : moment(+g[3], +g[2], +g[1], +g[4], +g[5], g[6] === undefined ? 0 : +g[6]);
  g = TIME_FIRST.exec(text);
  if (g) return moment(+g[6], +g[5], +g[4], +g[1], +g[2], g[3] === undefined ? 0 : +g[3]);
  g = ISO.exec(text);
  if (g) {
    if (g[4] === undefined) return moment(+g[1], +g[2], +g[3]);
    const local = moment(+g[1], +g[2], +g[3], +g[4], +g[5], g[6] === undefined ? 0 : +g[6]);
    if (local === 'invalid' || !g[7]) return local;
    // An instant with a zone (…Z, …+07:00): moved into Vietnam time.
    const offset = g[7] === 'Z' ? 0 : (g[7][0] === '-' ? -1 : 1) * (+g[7].slice(1, 3) * 60 + +g[7].slice(-2)) * 60_000;
    return vietnamMoment(momentToEpoch(local) + VIETNAM_OFFSET_MS - offset);
  }
  return 'invalid';
}
