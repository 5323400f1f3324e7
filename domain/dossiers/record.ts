/**
 * The record of a dossier received at the desk: what its history determines once the working calendar is known —
 * the due date (moved by the waiting days and lawful extensions, explained day by day), the dates, and the class
 * the 766 method counts. The register stores it beside the history, so lists and counters need no replay.
 */
import { classifyTimeliness, computeDueDate, type DueDateExtension, type DueDateInput, type ResolvedTimeliness, type WorkingCalendar } from '../calendar';
import { formatViDate, type IsoDate } from '../time/iso-date';
import type { DerivedDossier, DossierPause } from './derived';
import type { DossierEvent } from './events';
import { applyDossierEvent, deriveDossier } from './fold';
import { DossierRuleError } from './rule-error';
import type { DossierStateCode } from './states';

/** A procedure's processing time as the catalogue gives it: working days, or working hours when set. */
export interface ProcessingTime {
  workingDays: number | null;
  workingHours: number | null;
}

/** What a dossier's history determines, as the register stores it. */
export interface DossierRecord {
  state: DossierStateCode;
  /** Receipt date (or the date it was refused at the counter). */
  receivedOn: IsoDate;
  /** Due date in force; null while the clock is stopped for the applicant, or for a dossier refused at receipt. */
  dueOn: IsoDate | null;
  /** How the due date was reached, day by day, in Vietnamese. */
  dueExplanation: string;
  appointmentOn: IsoDate | null;
  resolvedOn: IsoDate | null;
  returnedOn: IsoDate | null;
  closedOn: IsoDate | null;
  supplementCount: number;
  pauses: DossierPause[];
  apologyIssued: boolean;
  paidOnline: boolean;
  /** The class the 766 method counts once resolved (see countedTimeliness), else null. */
  timeliness: ResolvedTimeliness | null;
}

/**
 * The moment the clock starts. The register records receipt dates only, so a limit in hours starts at the close of
 * the receipt day (17:30): the count begins with the next working day's office hours, as day limits do.
 */
export function receivedAtFor(time: Pick<ProcessingTime, 'workingHours'>, receivedOn: IsoDate): string {
  return time.workingHours != null ? `${receivedOn}T17:30` : receivedOn;
}

function dueDateStart(time: ProcessingTime, receivedOn: IsoDate): DueDateInput {
  const limit = time.workingHours != null ? { workingHours: time.workingHours } : { workingDays: time.workingDays ?? 0 };
  return { receivedAt: receivedAtFor(time, receivedOn), ...limit };
}

/**
 * The fold with the calendar: before an extension is judged, the dossier's due date becomes the one in force
 * (moved by the pauses so far and earlier extensions), so the fold's one extension rule judges against it; the new
 * date must also be a working day. Each accepted extension is kept as the working days it adds to the date it moved,
 * so pauses after it keep pushing the date back as before.
 */
function foldWithCalendar(calendar: WorkingCalendar, time: ProcessingTime, events: readonly DossierEvent[]) {
  const extensions: DueDateExtension[] = [];
  const derived = deriveDossier(events, (dossier, event) => {
    if (event.type !== 'extended') return applyDossierEvent(dossier, event);
    const receivedOn = dossier.receivedOn ?? dossier.registeredOn;
    // Extensions are accepted only while the clock runs (domain TRANSITIONS): otherwise the life cycle refuses it.
    const inForce = receivedOn ? computeDueDate(calendar, { ...dueDateStart(time, receivedOn), pauses: dossier.pauses, extensions }).due : null;
    const next = applyDossierEvent({ ...dossier, dueOn: inForce ?? dossier.dueOn }, event);
    if (!calendar.isWorkingDay(event.newDueOn)) {
      const day = calendar.describeDay(event.newDueOn);
      throw new DossierRuleError(
        'DOSSIER_EXTENSION_DAY_OFF',
        `Hồ sơ ${event.dossierCode}: hạn giải quyết mới ${formatViDate(event.newDueOn)} là ngày nghỉ (${day.name}); chọn một ngày làm việc.`,
      );
    }
    extensions.push({ workingDays: calendar.workingDaysBetween(inForce!, event.newDueOn), reason: event.reason });
    return next;
  });
  return { derived, extensions };
}

/** The class of a resolved dossier against a due date (more than one supplement request counts late). */
function resolvedClass(calendar: WorkingCalendar, due: IsoDate | null, resolvedOn: IsoDate, supplementRequests: number): ResolvedTimeliness {
  const { status } = classifyTimeliness(calendar, { due, resolvedAt: resolvedOn, supplementRequests }, resolvedOn);
  return status === 'early' || status === 'on-time' ? status : 'late';
}

/** What a dossier refused at receipt stores: no due date and no timeliness, it was never taken in for processing. */
function rejectedRecord(derived: DerivedDossier): DossierRecord {
  return {
    state: derived.state!,
    receivedOn: derived.registeredOn ?? derived.receivedOn!,
    dueOn: null,
    dueExplanation: 'Hồ sơ bị từ chối tiếp nhận: không có thời hạn giải quyết.',
    appointmentOn: null,
    resolvedOn: null,
    returnedOn: null,
    closedOn: derived.closedOn,
    supplementCount: derived.supplementCount,
    pauses: derived.pauses.map((p) => ({ ...p })),
    apologyIssued: derived.flags.apologyIssued,
    paidOnline: derived.flags.paidOnline,
    timeliness: null,
  };
}

/**
 * The record a history determines; throws DossierRuleError (life cycle, fields, extensions) or CalendarRuleError.
 *
 * The counted class follows METHODS.md (766 method): "A dossier is on time when it is resolved by its due date, where
 * the due date moves by the time spent waiting for the applicant" — only waiting moves it; and form 04 of Thông tư
 * 03/2025 is "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết": an extension is asked for in the apology of
 * a late dossier. So the counted class is judged against the due date without extensions, while `dueOn` is the
 * extended date (see currentTimeliness).
 */
export function foldDossierRecord(calendar: WorkingCalendar, time: ProcessingTime, events: readonly DossierEvent[]): DossierRecord {
  const { derived, extensions } = foldWithCalendar(calendar, time, events);
  if (derived.state === 3) return rejectedRecord(derived);
  const receivedOn = derived.receivedOn ?? derived.registeredOn!;
  const start = dueDateStart(time, receivedOn);
  const due = computeDueDate(calendar, { ...start, pauses: derived.pauses, extensions });
  const countedDue = extensions.length > 0 ? computeDueDate(calendar, { ...start, pauses: derived.pauses }).due : due.due;
  const timeliness = derived.resolvedOn ? resolvedClass(calendar, countedDue, derived.resolvedOn, derived.supplementCount) : null;
  return {
    state: derived.state!,
    receivedOn,
    dueOn: due.due,
    dueExplanation: due.explanation,
    appointmentOn: derived.appointmentOn,
    resolvedOn: derived.resolvedOn,
    returnedOn: derived.returnedOn,
    closedOn: derived.closedOn,
    supplementCount: derived.supplementCount,
    pauses: derived.pauses.map((p) => ({ ...p })),
    apologyIssued: derived.flags.apologyIssued,
    paidOnline: derived.flags.paidOnline,
    timeliness,
  };
}
