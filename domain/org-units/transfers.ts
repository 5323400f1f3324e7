/**
 * Records that moved: an open task, a dossier or a submission carried on by a successor keeps its new unit,
 * and its moves say which unit it had on an earlier date, so figures of that date still count it there.
 */
import type { IsoDate } from '../time/iso-date';

/** One move of a record from a unit to another, effective on a date. */
export interface RecordTransfer {
  fromUnitId: number;
  toUnitId: number;
  on: IsoDate;
}

/** The unit the record had on the date: the unit before its first move after that date, else its unit now. */
export function unitOnDate(currentUnitId: number, transfers: readonly RecordTransfer[], date: IsoDate): number {
  let first: RecordTransfer | null = null;
  for (const t of transfers) if (t.on > date && (first === null || t.on < first.on)) first = t;
  return first ? first.fromUnitId : currentUnitId;
}
