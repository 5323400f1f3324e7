/**
 * The one-stop desk's decisions: from what was loaded (the procedure's terms, the calendar, the history) to what
 * is saved (the event, its summary, the dossier's record). Pure, so the service only loads, decides and saves.
 */
import type { WorkingCalendar } from '../calendar';
import type { IsoDate } from '../time/iso-date';
import type { DossierEvent } from './events';
import { foldDossierRecord, type DossierRecord, type ProcessingTime } from './record';
import { DossierRuleError } from './rule-error';
import type { ReceivingChannelCode } from './states';
import { summarizeEvent } from './summary';

/** The catalogue's terms of a procedure that the desk's rules read. */
export interface ProcedureTerms extends ProcessingTime {
  code: string;
  name: string;
  /** Fee in VND; 0 when the procedure is free. */
  fee: number;
  /** The fee can be paid through the online payment channel. */
  onlinePayment: boolean;
  /** Receiving channel codes the procedure accepts. */
  channels: readonly number[];
}

/** What the desk saves for one event: the event as stored, its line in the history, and the record after it. */
export interface DeskDecision {
  event: DossierEvent;
  summary: string;
  record: DossierRecord;
}

/** The start of the codes of a day's dossiers for a procedure: its code (letters, digits, dots) and the receipt date YYMMDD. */
export function dossierCodePrefix(procedureCode: string, receivedOn: IsoDate): string {
  return `${procedureCode.replace(/[^0-9A-Za-z.]/g, '')}-${receivedOn.slice(2).replaceAll('-', '')}-`;
}

/** The code of the next dossier of the day, after the ones already numbered with the prefix. */
export function nextDossierCode(prefix: string, numbered: number): string {
  return `${prefix}${String(numbered + 1).padStart(4, '0')}`;
}

export interface Receipt {
  dossierCode: string;
  on: IsoDate;
  channel: ReceivingChannelCode;
  /** Set when the officer refuses the dossier at the counter (form 03): it starts refused, state 3. */
  rejectionReason?: string;
  /** The register already holds a dossier with this code. */
  codeTaken: boolean;
}

/** A dossier received at the desk, or refused at the counter: its first event, with the due date the calendar gives. */
export function decideReceipt(calendar: WorkingCalendar, procedure: ProcedureTerms, receipt: Receipt): DeskDecision {
  if (!procedure.channels.includes(receipt.channel)) {
    throw new DossierRuleError('CHANNEL_NOT_OFFERED', `Thủ tục "${procedure.name}" không tiếp nhận qua kênh đã chọn; chọn một kênh thủ tục cho phép.`);
  }
  if (receipt.codeTaken) {
    throw new DossierRuleError('DOSSIER_CODE_TAKEN', `Mã hồ sơ ${receipt.dossierCode} đã có trong sổ; để trống để hệ thống tự cấp mã.`);
  }
  const opening = { dossierCode: receipt.dossierCode, on: receipt.on, channel: receipt.channel, procedureCode: procedure.code };
  const first: DossierEvent = receipt.rejectionReason ? { ...opening, type: 'rejected', reason: receipt.rejectionReason } : { ...opening, type: 'received' };
  const record = foldDossierRecord(calendar, procedure, [first]);
  const event: DossierEvent = first.type === 'received' ? { ...first, dueOn: record.dueOn } : first;
  return { event, summary: summarizeEvent(event), record };
}

/**
 * The amount of a payment request: the procedure's fee unless the officer typed another. A procedure the catalogue
 * lists as free is refused, so the payment counters (fee > 0) and the metrics count the same dossiers.
 */
function paymentAmount(procedure: ProcedureTerms, amount: number | undefined): number {
  if (procedure.fee <= 0) {
    throw new DossierRuleError(
      'PROCEDURE_HAS_NO_FEE',
      `Thủ tục "${procedure.name}" không thu phí, lệ phí theo danh mục TTHC; nếu thủ tục có thu phí, cập nhật mức phí trong danh mục trước khi yêu cầu nộp.`,
    );
  }
  return amount ?? procedure.fee;
}

/**
 * One more step of a dossier received at the desk: the procedure's terms decide the amount to pay and whether an
 * online payment can be recorded, then the history with the step decides the record. `paidOnline` is what the
 * register holds: once set it is kept, so a later payment at the desk does not undo an online one.
 */
export function decideStep(
  calendar: WorkingCalendar,
  procedure: ProcedureTerms,
  dossier: { paidOnline: boolean },
  history: readonly DossierEvent[],
  step: DossierEvent,
): DeskDecision {
  const event: DossierEvent = step.type === 'payment-requested' ? { ...step, amount: paymentAmount(procedure, step.amount) } : step;
  if (event.type === 'paid' && event.online && !procedure.onlinePayment) {
    throw new DossierRuleError(
      'PROCEDURE_NO_ONLINE_PAYMENT',
      `Thủ tục "${procedure.name}" chưa triển khai thanh toán trực tuyến theo danh mục TTHC: ghi nhận nộp tại Bộ phận Một cửa, hoặc cập nhật danh mục nếu thủ tục đã có thanh toán trực tuyến.`,
    );
  }
  const record = foldDossierRecord(calendar, procedure, [...history, event]);
  return { event, summary: summarizeEvent(event), record: { ...record, paidOnline: record.paidOnline || dossier.paidOnline } };
}
