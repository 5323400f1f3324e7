// Folding a dossier's stored history into the cached columns, and the view staff see.
import type { Dossier, DossierEventView } from '../../../contracts/dossiers';
import { classifyTimeliness, computeDueDate, type WorkingCalendar } from '../../../domain/calendar';
import { deriveDossier, dossierStateLabel, type DerivedDossier, type DossierEvent, type DossierStateCode } from '../../../domain/dossiers';
import type { DossierEventRow, DossierRow, DossierWithNames, ProcedureRow } from './dossier.repository';

/** Today in Vietnam (UTC+7, no daylight saving), the date every rule is evaluated on. */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Days before the due date at which an open dossier shows as "sắp đến hạn" (configurable by env). */
export const AT_RISK_WORKING_DAYS = Number(process.env.DOSSIER_AT_RISK_DAYS ?? 2);

/**
 * The moment the clock starts. The register records receipt dates only, so a limit in hours starts at the close of
 * the receipt day (17:30): the count begins with the next working day's office hours, as day limits do.
 */
export function receivedAtFor(procedure: Pick<ProcedureRow, 'workingHours'>, receivedOn: string): string {
  return procedure.workingHours != null ? `${receivedOn}T17:30` : receivedOn;
}

/** The columns a history determines: due date (moved by pauses), state, dates and the resolved timeliness. */
export function foldColumns(calendar: WorkingCalendar, procedure: ProcedureRow, events: readonly DossierEvent[]) {
  const derived: DerivedDossier = deriveDossier(events);
  const receivedOn = derived.receivedOn ?? derived.registeredOn!;
  const limit = procedure.workingHours != null ? { workingHours: procedure.workingHours } : { workingDays: procedure.workingDays ?? 0 };
  const due = computeDueDate(calendar, { receivedAt: receivedAtFor(procedure, receivedOn), ...limit, pauses: derived.pauses });
  const timeliness = derived.resolvedOn
    ? classifyTimeliness(calendar, { due: due.due, resolvedAt: derived.resolvedOn, supplementRequests: derived.supplementCount }, derived.resolvedOn).status
    : null;
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
    timeliness,
  };
}

/** Timeliness today: the stored class once resolved, else computed against the due date. */
export function currentTimeliness(calendar: WorkingCalendar, row: DossierRow, asOf: string): { status: Dossier['timeliness']; explanation: string } {
  if ([3, 7, 8].includes(row.state) && !row.resolvedOn) return { status: null, explanation: 'Hồ sơ đã kết thúc mà không có kết quả giải quyết.' };
  if (row.resolvedOn && row.dueOn) {
    return classifyTimeliness(calendar, { due: row.dueOn, resolvedAt: row.resolvedOn, supplementRequests: row.supplementCount }, asOf);
  }
  if (row.resolvedOn) return { status: (row.timeliness as Dossier['timeliness']) ?? null, explanation: 'Theo dữ liệu đồng bộ.' };
  return classifyTimeliness(calendar, { due: row.dueOn, supplementRequests: row.supplementCount }, asOf, { atRiskWorkingDays: AT_RISK_WORKING_DAYS });
}

export function toDossierView(calendar: WorkingCalendar, row: DossierWithNames, asOf: string): Dossier {
  const t = currentTimeliness(calendar, row, asOf);
  const lateOrSoon = t.status === 'late' || t.status === 'overdue' || t.status === 'at-risk';
  return {
    id: row.id,
    code: row.code,
    procedureId: row.procedureId,
    procedureCode: row.procedureCode,
    procedureName: row.procedureName,
    unitId: row.unitId,
    unitName: row.unitName,
    applicantName: row.applicantName,
    applicantPhone: row.applicantPhone,
    channel: row.channel,
    state: row.state,
    stateLabel: dossierStateLabel(row.state as DossierStateCode),
    receivedOn: row.receivedOn,
    dueOn: row.dueOn,
    appointmentOn: row.appointmentOn,
    resolvedOn: row.resolvedOn,
    returnedOn: row.returnedOn,
    supplementCount: row.supplementCount,
    timeliness: t.status,
    timelinessExplanation: t.explanation,
    // Every late or soon-late dossier asks for an apology letter until one is written.
    needsApology: lateOrSoon && !row.apologyIssued && row.state !== 10,
    apologyIssued: row.apologyIssued,
    digitized: row.digitized,
    paidOnline: row.paidOnline,
    electronicRouting: row.electronicRouting,
    returnChannel: row.returnChannel,
  };
}

export function toEventView(e: DossierEventRow): DossierEventView {
  return { seq: e.seq, type: e.type, on: e.on, summary: e.summary, actorName: e.actorName, recordedAt: e.recordedAt.toISOString() };
}

/** Vietnamese one-liner for the history list and the public lookup (no personal data). */
export function summarizeEvent(event: DossierEvent & { signer?: string }): string {
  switch (event.type) {
    case 'registered':
      return 'Đăng ký hồ sơ';
    case 'received':
      return event.dueOn ? `Tiếp nhận hồ sơ, hẹn trả ${event.dueOn.split('-').reverse().join('/')}` : 'Tiếp nhận hồ sơ';
    case 'rejected':
      return `Từ chối tiếp nhận: ${event.reason}`;
    case 'processing-started':
      return 'Chuyển xử lý';
    case 'supplement-requested':
      return `Yêu cầu bổ sung: ${event.reason}`;
    case 'supplement-received':
      return 'Nhận hồ sơ bổ sung';
    case 'payment-requested':
      return 'Yêu cầu thực hiện nghĩa vụ tài chính';
    case 'paid':
      return 'Đã thực hiện nghĩa vụ tài chính';
    case 'withdrawal-requested':
      return 'Công dân yêu cầu rút hồ sơ';
    case 'stopped':
      return `Dừng xử lý: ${event.reason}`;
    case 'resolved':
      return 'Đã xử lý xong';
    case 'returned':
      return 'Đã trả kết quả';
    case 'apology-issued':
      return `Xin lỗi vì chậm trả kết quả, hẹn lại ngày ${event.newAppointmentOn.split('-').reverse().join('/')}`;
    case 'extended':
      return `Gia hạn đến ${event.newDueOn.split('-').reverse().join('/')}`;
    case 'forwarded':
      return 'Chuyển liên thông';
  }
}
