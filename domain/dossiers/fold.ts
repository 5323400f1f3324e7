/**
 * The fold of a dossier's history: each event is checked against its own fields and the life cycle, then
 * applied. Due dates are computed by domain/calendar (record.ts); here they are only recorded as events carry them.
 */
import { formatViDate, isIsoDate, type IsoDate } from '../time/iso-date';
import { emptyDossier, type DerivedDossier, type DossierPause } from './derived';
import type { DossierEvent } from './events';
import { DossierRuleError } from './rule-error';
import { isReceivingChannelCode } from './states';
import { refuseTransition, TRANSITIONS } from './transitions';

function requireText(dossier: DerivedDossier, value: string | undefined, what: string): void {
  if (!value || value.trim() === '') {
    throw new DossierRuleError('DOSSIER_REASON_REQUIRED', `Hồ sơ ${dossier.dossierCode}: cần ghi rõ ${what}.`);
  }
}

function requireDate(dossier: DerivedDossier, value: string | null | undefined, field: string): asserts value is IsoDate {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new DossierRuleError('DOSSIER_INVALID_DATE', `Hồ sơ ${dossier.dossierCode}: ${field} không phải ngày hợp lệ (YYYY-MM-DD).`);
  }
}

/** Closes an open pause at the given date (the applicant answered, withdrew, or the dossier stopped). */
function closePause(pauses: readonly DossierPause[], on: IsoDate): DossierPause[] {
  return pauses.map((p) => (p.to === null ? { ...p, to: on } : p));
}

/**
 * The one rule on how far an extension reaches: its new due date must be after the day it is granted and after
 * the due date in force (`dossier.dueOn`: the record fold sets it to the date moved by waiting days and earlier
 * extensions before it applies an extension). Anything else would shorten the time or extend into the past.
 */
function refuseExtensionNotLater(dossier: DerivedDossier, on: IsoDate, newDueOn: IsoDate): void {
  if (newDueOn <= on) {
    throw new DossierRuleError(
      'DOSSIER_EXTENSION_NOT_LATER',
      `Hồ sơ ${dossier.dossierCode}: hạn giải quyết mới ${formatViDate(newDueOn)} phải sau ngày gia hạn ${formatViDate(on)}.`,
    );
  }
  if (dossier.dueOn !== null && newDueOn <= dossier.dueOn) {
    throw new DossierRuleError(
      'DOSSIER_EXTENSION_NOT_LATER',
      `Hồ sơ ${dossier.dossierCode}: hạn giải quyết mới ${formatViDate(newDueOn)} phải sau hạn hiện tại ${formatViDate(dossier.dueOn)}.`,
    );
  }
}

/** Checks the event's own fields before the life-cycle rules, so messages name the field to fix. */
function checkEventFields(dossier: DerivedDossier, event: DossierEvent): void {
  if (event.dossierCode !== dossier.dossierCode) {
    throw new DossierRuleError('DOSSIER_CODE_MISMATCH', `Sự kiện thuộc hồ sơ ${event.dossierCode}, không thuộc hồ sơ ${dossier.dossierCode}.`);
  }
  requireDate(dossier, event.on, 'ngày của sự kiện');
  if (dossier.lastEventOn !== null && event.on < dossier.lastEventOn) {
    throw new DossierRuleError(
      'DOSSIER_EVENT_OUT_OF_ORDER',
      `Hồ sơ ${dossier.dossierCode}: sự kiện ngày ${event.on} sớm hơn sự kiện trước đó (${dossier.lastEventOn}); lịch sử hồ sơ chỉ được ghi thêm theo thứ tự thời gian.`,
    );
  }
  switch (event.type) {
    case 'registered':
      if (!isReceivingChannelCode(event.channel)) {
        throw new DossierRuleError('DOSSIER_CHANNEL_MISSING', `Hồ sơ ${dossier.dossierCode}: thiếu hoặc sai hình thức tiếp nhận (1, 2 hoặc 3).`);
      }
      break;
    case 'received':
      if (dossier.channel === null && !isReceivingChannelCode(event.channel)) {
        throw new DossierRuleError('DOSSIER_CHANNEL_MISSING', `Hồ sơ ${dossier.dossierCode}: thiếu hoặc sai hình thức tiếp nhận (1, 2 hoặc 3).`);
      }
      if (event.dueOn != null) {
        requireDate(dossier, event.dueOn, 'ngày hẹn trả kết quả');
        if (event.dueOn < event.on) {
          throw new DossierRuleError(
            'DOSSIER_DUE_BEFORE_RECEIPT',
            `Hồ sơ ${dossier.dossierCode}: ngày hẹn trả ${event.dueOn} sớm hơn ngày tiếp nhận ${event.on}.`,
          );
        }
      }
      break;
    case 'rejected':
      requireText(dossier, event.reason, 'lý do từ chối tiếp nhận');
      if (event.channel !== undefined && !isReceivingChannelCode(event.channel)) {
        throw new DossierRuleError('DOSSIER_CHANNEL_MISSING', `Hồ sơ ${dossier.dossierCode}: sai hình thức tiếp nhận (1, 2 hoặc 3).`);
      }
      break;
    case 'payment-requested':
      if (event.amount !== undefined && (!Number.isInteger(event.amount) || event.amount <= 0)) {
        throw new DossierRuleError(
          'DOSSIER_INVALID_AMOUNT',
          `Hồ sơ ${dossier.dossierCode}: số tiền phải nộp phải là số đồng nguyên dương (nhận ${event.amount}).`,
        );
      }
      break;
    case 'supplement-requested':
      requireText(dossier, event.reason, 'nội dung cần bổ sung, hoàn thiện');
      break;
    case 'stopped':
      requireText(dossier, event.reason, 'lý do dừng xử lý');
      break;
    case 'apology-issued':
      requireText(dossier, event.reason, 'lý do chậm trả kết quả');
      requireDate(dossier, event.newAppointmentOn, 'ngày hẹn lại');
      if (event.newAppointmentOn <= event.on) {
        throw new DossierRuleError(
          'DOSSIER_APPOINTMENT_NOT_LATER',
          `Hồ sơ ${dossier.dossierCode}: ngày hẹn lại ${event.newAppointmentOn} phải sau ngày xin lỗi ${event.on}.`,
        );
      }
      break;
    case 'extended':
      requireText(dossier, event.reason, 'lý do gia hạn');
      requireDate(dossier, event.newDueOn, 'hạn giải quyết mới');
      refuseExtensionNotLater(dossier, event.on, event.newDueOn);
      break;
    case 'forwarded':
      requireText(dossier, event.toUnitId, 'đơn vị nhận liên thông');
      break;
    default:
      break;
  }
}

/** The dossier after one more event; throws DossierRuleError when the life cycle forbids it. */
export function applyDossierEvent(dossier: DerivedDossier, event: DossierEvent): DerivedDossier {
  checkEventFields(dossier, event);
  const rule = TRANSITIONS[event.type];
  if (!rule.from.includes(dossier.state)) throw refuseTransition(dossier, event.type);

  const next: DerivedDossier = {
    ...dossier,
    state: rule.to === 'same' ? dossier.state : rule.to,
    lastEventOn: event.on,
    eventCount: dossier.eventCount + 1,
    flags: { ...dossier.flags },
  };
  switch (event.type) {
    case 'registered':
      next.channel = event.channel;
      next.procedureCode = event.procedureCode ?? null;
      next.registeredOn = event.on;
      break;
    case 'received':
      next.channel = dossier.channel ?? event.channel ?? null;
      next.procedureCode = event.procedureCode ?? dossier.procedureCode;
      next.receivedOn = event.on;
      next.dueOn = event.dueOn ?? null;
      break;
    case 'rejected':
      if (dossier.state === null) {
        next.channel = event.channel ?? null;
        next.procedureCode = event.procedureCode ?? null;
        next.registeredOn = event.on;
      }
      next.closedOn = event.on;
      next.pauses = closePause(dossier.pauses, event.on);
      break;
    case 'stopped':
      next.closedOn = event.on;
      next.pauses = closePause(dossier.pauses, event.on);
      break;
    case 'supplement-requested':
      next.supplementCount = dossier.supplementCount + 1;
      next.pauses = [...dossier.pauses, { kind: 'supplement', from: event.on, to: null }];
      break;
    case 'payment-requested':
      next.pauses = [...dossier.pauses, { kind: 'payment', from: event.on, to: null }];
      break;
    case 'supplement-received':
      next.pauses = closePause(dossier.pauses, event.on);
      break;
    case 'paid':
      next.pauses = closePause(dossier.pauses, event.on);
      if (event.online) next.flags.paidOnline = true;
      break;
    case 'withdrawal-requested':
      // Once the applicant asks to withdraw, the office is no longer waiting on them for papers or fees.
      next.pauses = closePause(dossier.pauses, event.on);
      next.flags.withdrawalRequested = true;
      break;
    case 'resolved':
      next.resolvedOn = event.on;
      break;
    case 'returned':
      next.returnedOn = event.on;
      break;
    case 'apology-issued':
      next.apologies = [...dossier.apologies, { on: event.on, reason: event.reason, newAppointmentOn: event.newAppointmentOn }];
      next.appointmentOn = event.newAppointmentOn;
      next.flags.apologyIssued = true;
      break;
    case 'extended':
      next.dueOn = event.newDueOn;
      next.flags.extended = true;
      break;
    case 'forwarded':
      next.forwards = [...dossier.forwards, { on: event.on, toUnitId: event.toUnitId }];
      next.flags.forwarded = true;
      break;
    case 'processing-started':
      break;
  }
  next.flags.multipleSupplements = next.supplementCount > 1;
  next.flags.paused = next.pauses.some((p) => p.to === null);
  return next;
}

/** One step of a fold: the dossier after one more event (applyDossierEvent, or a fold that knows more, as record.ts). */
export type DossierFoldStep = (dossier: DerivedDossier, event: DossierEvent) => DerivedDossier;

/** Folds a whole history into the dossier's current state; the first event names the dossier. */
export function deriveDossier(events: readonly DossierEvent[], step: DossierFoldStep = applyDossierEvent): DerivedDossier {
  if (events.length === 0) {
    throw new DossierRuleError('DOSSIER_NO_EVENTS', 'Hồ sơ chưa có sự kiện nào, không thể xác định trạng thái.');
  }
  let dossier = emptyDossier(events[0].dossierCode);
  events.forEach((event, index) => {
    try {
      dossier = step(dossier, event);
    } catch (error) {
      if (error instanceof DossierRuleError) throw new DossierRuleError(error.code, error.message, index);
      throw error;
    }
  });
  return dossier;
}
