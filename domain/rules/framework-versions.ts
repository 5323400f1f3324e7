// Which version of a framework is in force for a year: provinces issue a new decision, or one that amends the
// last, almost every year, and an assessment for a year is scored by the set in force for that year.
import type { IsoDate } from '../time/iso-date';

/** A version's number and the period its decision put it in force (null: not known). */
export type VersionPeriod = { version: number; effectiveFrom: IsoDate | string | null; effectiveTo: IsoDate | string | null };

/**
 * The version in force for a year: among versions whose period meets the year, the one in force on its last day
 * (the latest start not after 31/12); without any dated version, the latest version; null when none meets the year.
 */
export function versionInForce(versions: readonly VersionPeriod[], year: number): number | null {
  const dated = versions.filter((v) => v.effectiveFrom);
  if (dated.length === 0) return versions.length ? Math.max(...versions.map((v) => v.version)) : null;
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const meeting = dated.filter((v) => (v.effectiveFrom as string) <= last && (!v.effectiveTo || v.effectiveTo >= first));
  if (meeting.length === 0) return null;
  meeting.sort((a, b) => (a.effectiveFrom as string).localeCompare(b.effectiveFrom as string) || a.version - b.version);
  return meeting[meeting.length - 1].version;
}
