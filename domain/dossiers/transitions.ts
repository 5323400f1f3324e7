/**
 * The dossier life-cycle rules: which event may follow which state, and how a refusal reads.
 */
import type { DerivedDossier } from './derived';
import type { DossierEventType } from './events';
import { DossierRuleError } from './rule-error';
import { dossierStateInfo, type DossierStateCode } from './states';

interface Transition {
  from: readonly (DossierStateCode | null)[];
  /** 'same' for events that annotate the dossier without moving it. */
  to: DossierStateCode | 'same';
  /** Verb phrase after "không thể …" in refusals. */
  action: string;
}

/** The life-cycle rules; one line per event type so a reviewer can check them against the portal. */
export const TRANSITIONS: Record<DossierEventType, Transition> = {
  registered: { from: [null], to: 1, action: 'đăng ký lại' },
  received: { from: [null, 1], to: 2, action: 'tiếp nhận' },
  rejected: { from: [null, 1], to: 3, action: 'từ chối tiếp nhận' },
  'processing-started': { from: [2], to: 4, action: 'chuyển xử lý' },
  'supplement-requested': { from: [2, 4], to: 5, action: 'yêu cầu bổ sung' },
  'supplement-received': { from: [5], to: 4, action: 'ghi nhận hồ sơ bổ sung' },
  'payment-requested': { from: [2, 4], to: 6, action: 'yêu cầu thực hiện nghĩa vụ tài chính' },
  paid: { from: [6], to: 4, action: 'ghi nhận đã thực hiện nghĩa vụ tài chính' },
  'withdrawal-requested': { from: [1, 2, 4, 5, 6], to: 7, action: 'nhận yêu cầu rút hồ sơ' },
  stopped: { from: [2, 4, 5, 6, 7], to: 8, action: 'dừng xử lý' },
  resolved: { from: [2, 4], to: 9, action: 'ghi nhận đã xử lý xong' },
  returned: { from: [9], to: 10, action: 'trả kết quả' },
  // An apology may come after resolution too: the result can be ready late but not yet returned.
  'apology-issued': { from: [2, 4, 5, 6, 9], to: 'same', action: 'gửi văn bản xin lỗi, hẹn lại ngày trả kết quả' },
  // Only while the clock runs: waiting for the applicant (5, 6) leaves no due date to move, and the
  // paused days already push it back when the applicant answers.
  extended: { from: [2, 4], to: 'same', action: 'gia hạn thời gian giải quyết' },
  forwarded: { from: [2, 4], to: 4, action: 'chuyển liên thông' },
  // Recorded by a change of the organisation, never at the desk: a dossier not yet closed goes to the successor
  // (a resolved one too, when the change is recorded after the successor resolved it).
  transferred: { from: [1, 2, 4, 5, 6, 7, 9], to: 'same', action: 'chuyển sang đơn vị kế thừa' },
};

/** Event types the life cycle accepts from a state (null: a dossier with no history yet), e.g. the desk's buttons. */
export function dossierEventsAllowedIn(state: DossierStateCode | null): DossierEventType[] {
  return (Object.keys(TRANSITIONS) as DossierEventType[]).filter((t) => TRANSITIONS[t].from.includes(state));
}

/** Event types the life cycle accepts next. */
export function allowedDossierEvents(dossier: DerivedDossier): DossierEventType[] {
  return dossierEventsAllowedIn(dossier.state);
}

/** The refusal of an event the life cycle does not accept from the dossier's state. */
export function refuseTransition(dossier: DerivedDossier, type: DossierEventType): DossierRuleError {
  const { action } = TRANSITIONS[type];
  if (dossier.state === null) {
    return new DossierRuleError('DOSSIER_NOT_STARTED', `Hồ sơ ${dossier.dossierCode} chưa được đăng ký hoặc tiếp nhận, không thể ${action}.`);
  }
  const code =
    dossier.state === 10
      ? 'DOSSIER_ALREADY_RETURNED'
      : dossier.state === 3
        ? 'DOSSIER_REJECTED'
        : dossier.state === 8
          ? 'DOSSIER_STOPPED'
          : 'DOSSIER_ILLEGAL_TRANSITION';
  return new DossierRuleError(code, `Hồ sơ ${dossier.dossierCode} ${dossierStateInfo(dossier.state).phrase}, không thể ${action}.`);
}
