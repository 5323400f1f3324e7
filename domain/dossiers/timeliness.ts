/**
 * How a dossier stands against its due date today, as staff see it, and when it asks for an apology letter.
 * The counted class (record.ts) is what the 766 figures use; this is the view, which judges the extended date.
 */
import { classifyTimeliness, type ResolvedTimeliness, type Timeliness, type WorkingCalendar } from '../calendar';
import type { IsoDate } from '../time/iso-date';

/** What the view of a dossier's timeliness reads from the register. */
export interface DossierTimelinessFacts {
  state: number;
  dueOn: IsoDate | null;
  resolvedOn: IsoDate | null;
  supplementCount: number;
  /** The stored class: the one the 766 method counts (desk), or the one the source system sent (synced). */
  timeliness: string | null;
  /** Recorded at the desk, so the stored class was counted here from the history. */
  recordedAtDesk: boolean;
}

export interface CurrentTimeliness {
  status: Timeliness | null;
  explanation: string;
}

function storedClass(value: string | null): ResolvedTimeliness | null {
  return value === 'early' || value === 'on-time' || value === 'late' ? value : null;
}

/**
 * Timeliness on a day: the class once resolved, judged against the due date in force (the 766 class is noted when
 * it differs), else how near the due date is; nothing for a dossier that ended without a result.
 */
export function currentTimeliness(calendar: WorkingCalendar, facts: DossierTimelinessFacts, asOf: IsoDate, atRiskWorkingDays: number): CurrentTimeliness {
  if ([3, 7, 8].includes(facts.state) && !facts.resolvedOn) return { status: null, explanation: 'Hồ sơ đã kết thúc mà không có kết quả giải quyết.' };
  if (facts.resolvedOn && facts.dueOn) {
    const judged = classifyTimeliness(calendar, { due: facts.dueOn, resolvedAt: facts.resolvedOn, supplementRequests: facts.supplementCount }, asOf);
    // Differs only for an extended dossier resolved after its unextended due date (see foldDossierRecord).
    if (facts.recordedAtDesk && facts.timeliness === 'late' && judged.status !== 'late') {
      return { ...judged, explanation: `${judged.explanation} Bộ chỉ số 766 vẫn tính là trễ hạn: giải quyết sau hạn trước khi gia hạn.` };
    }
    return judged;
  }
  if (facts.resolvedOn) return { status: storedClass(facts.timeliness), explanation: 'Theo dữ liệu đồng bộ.' };
  return classifyTimeliness(calendar, { due: facts.dueOn, supplementRequests: facts.supplementCount }, asOf, { atRiskWorkingDays });
}

/**
 * Every late or soon-late dossier asks for an apology letter (form 04) until one is written or the result is back.
 * The stored class 'late' also covers an extended dossier the 766 method counts late.
 */
export function needsApology(status: Timeliness | null, facts: { state: number; timeliness: string | null; apologyIssued: boolean }): boolean {
  const lateOrSoon = status === 'late' || status === 'overdue' || status === 'at-risk' || facts.timeliness === 'late';
  return lateOrSoon && !facts.apologyIssued && facts.state !== 10;
}
