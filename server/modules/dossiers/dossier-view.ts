// The register's rows as staff see them: the dossier with its timeliness today, and its history lines.
import type { Dossier, DossierEventView } from '../../../contracts/dossiers';
import type { WorkingCalendar } from '../../../domain/calendar';
import { currentTimeliness, dossierStateLabel, needsApology, type DossierStateCode } from '../../../domain/dossiers';
import type { ReceivingPoint } from '../../../domain/dossiers/receiving-point';
import type { DossierEventRow, DossierWithNames } from './dossier.repository';

// Working days before the due date at which an open dossier shows as "sắp đến hạn"; set once at start from
// AppConfig.dossierAtRiskWorkingDays (DOSSIER_AT_RISK_DAYS) when the dossier routes register.
let atRiskWorkingDays = 2;

/** Sets the "sắp đến hạn" threshold of the register's views (server start, from the configuration). */
export function setAtRiskWorkingDays(days: number): void {
  atRiskWorkingDays = days;
}

/** A dossier of the register as staff see it on a given day. */
export function toDossierView(calendar: WorkingCalendar, row: DossierWithNames, asOf: string): Dossier {
  const t = currentTimeliness(calendar, { ...row, recordedAtDesk: row.source === 'officer' }, asOf, atRiskWorkingDays);
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
    receivingPoint: row.receivingPoint as ReceivingPoint,
    receivingUnitId: row.receivingUnitId,
    receivingUnitName: row.receivingUnitName,
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
    needsApology: needsApology(t.status, row),
    apologyIssued: row.apologyIssued,
    digitized: row.digitized,
    paidOnline: row.paidOnline,
    electronicRouting: row.electronicRouting,
    returnChannel: row.returnChannel,
  };
}

/** One line of a dossier's history. */
export function toEventView(e: DossierEventRow): DossierEventView {
  return { seq: e.seq, type: e.type, on: e.on, summary: e.summary, actorName: e.actorName, recordedAt: e.recordedAt.toISOString() };
}
