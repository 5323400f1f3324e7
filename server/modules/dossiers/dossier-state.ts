// Folding a dossier's stored history into the cached columns, and the view staff see.
import type { Dossier, DossierEventView } from '../../../contracts/dossiers';
import { classifyTimeliness, computeDueDate, type DueDateExtension, type DueDateInput, type WorkingCalendar } from '../../../domain/calendar';
import { deriveDossier, DossierRuleError, dossierStateLabel, type DerivedDossier, type DossierEvent, type DossierStateCode } from '../../../domain/dossiers';
import { formatViDate } from '../../../domain/time/iso-date';
import type { DossierEventRow, DossierRow, DossierWithNames, ProcedureRow } from './dossier.repository';

/** Days before the due date at which an open dossier shows as "sắp đến hạn" (configurable by env). */
export const AT_RISK_WORKING_DAYS = Number(process.env.DOSSIER_AT_RISK_DAYS ?? 2);

/**
 * The moment the clock starts. The register records receipt dates only, so a limit in hours starts at the close of
 * the receipt day (17:30): the count begins with the next working day's office hours, as day limits do.
 */
export function receivedAtFor(procedure: Pick<ProcedureRow, 'workingHours'>, receivedOn: string): string {
  return procedure.workingHours != null ? `${receivedOn}T17:30` : receivedOn;
}

/**
 * Each extension (a new due date) as the working days it adds to the due date it moved, so pauses after it
 * keep pushing the date back as before. Refuses a new date not after the due date in force, or on a day off.
 */
function extensionsOf(calendar: WorkingCalendar, start: DueDateInput, events: readonly DossierEvent[]): DueDateExtension[] {
  const extensions: DueDateExtension[] = [];
  for (const [i, e] of events.entries()) {
    if (e.type !== 'extended') continue;
    // The pauses of the events before it (a pause may start later the same day); extensions are accepted only
    // while the clock runs (domain TRANSITIONS), so all of them are closed and the due date is known.
    const { pauses } = deriveDossier(events.slice(0, i));
    const current = computeDueDate(calendar, { ...start, pauses, extensions }).due!;
    if (e.newDueOn <= current) {
      throw new DossierRuleError('DOSSIER_EXTENSION_NOT_LATER', `Hồ sơ ${e.dossierCode}: hạn giải quyết mới ${formatViDate(e.newDueOn)} phải sau hạn hiện tại ${formatViDate(current)}.`);
    }
    if (!calendar.isWorkingDay(e.newDueOn)) {
      const day = calendar.describeDay(e.newDueOn);
      throw new DossierRuleError('DOSSIER_EXTENSION_DAY_OFF', `Hồ sơ ${e.dossierCode}: hạn giải quyết mới ${formatViDate(e.newDueOn)} là ngày nghỉ (${day.name}); chọn một ngày làm việc.`);
    }
    extensions.push({ workingDays: calendar.workingDaysBetween(current, e.newDueOn), reason: e.reason });
  }
  return extensions;
}

/** What a dossier refused at receipt stores: no due date and no timeliness, it was never taken in for processing. */
function rejectedColumns(derived: DerivedDossier) {
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
 * The columns a history determines: due date (moved by pauses and extensions), state, dates and the resolved
 * timeliness as the 766 method counts it (stored in `timeliness`, read by the counters and the metrics).
 */
export function foldColumns(calendar: WorkingCalendar, procedure: ProcedureRow, events: readonly DossierEvent[]) {
  const derived: DerivedDossier = deriveDossier(events);
  if (derived.state === 3) return rejectedColumns(derived);
  const receivedOn = derived.receivedOn ?? derived.registeredOn!;
  const limit = procedure.workingHours != null ? { workingHours: procedure.workingHours } : { workingDays: procedure.workingDays ?? 0 };
  const start: DueDateInput = { receivedAt: receivedAtFor(procedure, receivedOn), ...limit };
  const extensions = extensionsOf(calendar, start, events);
  const due = computeDueDate(calendar, { ...start, pauses: derived.pauses, extensions });
  // METHODS.md (766 method): "A dossier is on time when it is resolved by its due date, where the due date moves by
  // the time spent waiting for the applicant" — only waiting moves it; and form 04 of Thông tư 03/2025 is "Văn bản
  // xin lỗi và đề nghị gia hạn thời gian giải quyết": an extension is asked for in the apology of a late dossier.
  // So the counted class is judged against the due date without extensions; the view judges the extended date.
  const countedDue = extensions.length > 0 ? computeDueDate(calendar, { ...start, pauses: derived.pauses }).due : due.due;
  const timeliness = derived.resolvedOn
    ? classifyTimeliness(calendar, { due: countedDue, resolvedAt: derived.resolvedOn, supplementRequests: derived.supplementCount }, derived.resolvedOn).status
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
    paidOnline: derived.flags.paidOnline,
    timeliness,
  };
}

/** Timeliness today: the stored class once resolved, else computed against the due date. */
export function currentTimeliness(calendar: WorkingCalendar, row: DossierRow, asOf: string): { status: Dossier['timeliness']; explanation: string } {
  if ([3, 7, 8].includes(row.state) && !row.resolvedOn) return { status: null, explanation: 'Hồ sơ đã kết thúc mà không có kết quả giải quyết.' };
  if (row.resolvedOn && row.dueOn) {
    const judged = classifyTimeliness(calendar, { due: row.dueOn, resolvedAt: row.resolvedOn, supplementRequests: row.supplementCount }, asOf);
    // Differs only for an extended dossier resolved after its unextended due date (see foldColumns).
    if (row.source === 'officer' && row.timeliness === 'late' && judged.status !== 'late') {
      return { ...judged, explanation: `${judged.explanation} Bộ chỉ số 766 vẫn tính là trễ hạn: giải quyết sau hạn trước khi gia hạn.` };
    }
    return judged;
  }
  if (row.resolvedOn) return { status: (row.timeliness as Dossier['timeliness']) ?? null, explanation: 'Theo dữ liệu đồng bộ.' };
  return classifyTimeliness(calendar, { due: row.dueOn, supplementRequests: row.supplementCount }, asOf, { atRiskWorkingDays: AT_RISK_WORKING_DAYS });
}

export function toDossierView(calendar: WorkingCalendar, row: DossierWithNames, asOf: string): Dossier {
  const t = currentTimeliness(calendar, row, asOf);
  // row.timeliness 'late' also covers an extended dossier the 766 method counts late.
  const lateOrSoon = t.status === 'late' || t.status === 'overdue' || t.status === 'at-risk' || row.timeliness === 'late';
  return {
    id: row.id,
    code: row.code,
    procedureId: row.procedureId,
    procedureCode: row.procedureCode,
    procedureName: row.procedureName,
    procedureFee: row.procedureFee,
    procedureOnlinePayment: row.procedureOnlinePayment,
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
      return event.dueOn ? `Tiếp nhận hồ sơ, hẹn trả ${formatViDate(event.dueOn)}` : 'Tiếp nhận hồ sơ';
    case 'rejected':
      return `Từ chối tiếp nhận: ${event.reason}`;
    case 'processing-started':
      return 'Chuyển xử lý';
    case 'supplement-requested':
      return `Yêu cầu bổ sung: ${event.reason}`;
    case 'supplement-received':
      return 'Nhận hồ sơ bổ sung';
    case 'payment-requested':
      return `Yêu cầu thực hiện nghĩa vụ tài chính${event.amount ? `: ${event.amount.toLocaleString('vi-VN')} đồng` : ''}${event.note ? ` (${event.note})` : ''}`;
    case 'paid':
      return `Đã thực hiện nghĩa vụ tài chính (${event.online ? 'thanh toán trực tuyến' : 'nộp tại Bộ phận Một cửa'})`;
    case 'withdrawal-requested':
      return 'Công dân yêu cầu rút hồ sơ';
    case 'stopped':
      return `Dừng xử lý: ${event.reason}`;
    case 'resolved':
      return 'Đã xử lý xong';
    case 'returned':
      return 'Đã trả kết quả';
    case 'apology-issued':
      return `Xin lỗi vì chậm trả kết quả, hẹn lại ngày ${formatViDate(event.newAppointmentOn)}`;
    case 'extended':
      return `Gia hạn đến ${formatViDate(event.newDueOn)}: ${event.reason}`;
    case 'forwarded':
      return 'Chuyển liên thông';
  }
}
