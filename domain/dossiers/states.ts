/**
 * Dossier states and receiving channels as the national public-service portal (Cổng DVC quốc gia) codes them.
 * The numeric codes are the portal's, so synchronised data and our own history speak the same language.
 */

/** Portal state code of a dossier, 1–10. */
export type DossierStateCode = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

export interface DossierStateInfo {
  code: DossierStateCode;
  key: DossierStateKey;
  /** Portal wording, shown in the UI. */
  label: string;
  /** How the state reads after "Hồ sơ …" in a sentence, for error messages. */
  phrase: string;
  /** No further event may change the dossier (apart from nothing at all). */
  terminal: boolean;
}

export type DossierStateKey =
  | 'registered'
  | 'received'
  | 'rejected'
  | 'processing'
  | 'awaiting-supplement'
  | 'awaiting-payment'
  | 'withdrawal-requested'
  | 'stopped'
  | 'resolved'
  | 'returned';

export const DOSSIER_STATES: readonly DossierStateInfo[] = [
  { code: 1, key: 'registered', label: 'Mới đăng ký', phrase: 'mới đăng ký, chưa được tiếp nhận', terminal: false },
  { code: 2, key: 'received', label: 'Được tiếp nhận', phrase: 'đã được tiếp nhận', terminal: false },
  { code: 3, key: 'rejected', label: 'Không được tiếp nhận', phrase: 'đã bị từ chối tiếp nhận', terminal: true },
  { code: 4, key: 'processing', label: 'Đang xử lý', phrase: 'đang xử lý', terminal: false },
  { code: 5, key: 'awaiting-supplement', label: 'Yêu cầu bổ sung giấy tờ', phrase: 'đang chờ bổ sung giấy tờ', terminal: false },
  {
    code: 6,
    key: 'awaiting-payment',
    label: 'Yêu cầu thực hiện nghĩa vụ tài chính',
    phrase: 'đang chờ thực hiện nghĩa vụ tài chính',
    terminal: false,
  },
  {
    code: 7,
    key: 'withdrawal-requested',
    label: 'Công dân yêu cầu rút hồ sơ',
    phrase: 'đang chờ rút theo yêu cầu của công dân',
    terminal: false,
  },
  { code: 8, key: 'stopped', label: 'Dừng xử lý', phrase: 'đã dừng xử lý', terminal: true },
  { code: 9, key: 'resolved', label: 'Đã xử lý xong', phrase: 'đã xử lý xong', terminal: false },
  { code: 10, key: 'returned', label: 'Đã trả kết quả', phrase: 'đã trả kết quả', terminal: true },
];

/** The portal's description of a state code; throws on a code outside 1–10. */
export function dossierStateInfo(code: DossierStateCode): DossierStateInfo {
  const info = DOSSIER_STATES.find((s) => s.code === code);
  if (!info) throw new RangeError(`Mã trạng thái hồ sơ không hợp lệ: ${String(code)}`);
  return info;
}

/** Portal label of a state code, e.g. 10 → 'Đã trả kết quả'. */
export function dossierStateLabel(code: DossierStateCode): string {
  return dossierStateInfo(code).label;
}

/** Receiving channel code (hình thức tiếp nhận), 1–3. */
export type ReceivingChannelCode = 1 | 2 | 3;

export interface ReceivingChannelInfo {
  code: ReceivingChannelCode;
  key: 'direct' | 'online' | 'postal';
  label: string;
}

export const RECEIVING_CHANNELS: readonly ReceivingChannelInfo[] = [
  { code: 1, key: 'direct', label: 'Trực tiếp' },
  { code: 2, key: 'online', label: 'Trực tuyến' },
  { code: 3, key: 'postal', label: 'Bưu chính công ích' },
];

/** Label of a receiving channel, e.g. 3 → 'Bưu chính công ích'. */
export function receivingChannelLabel(code: ReceivingChannelCode): string {
  const info = RECEIVING_CHANNELS.find((c) => c.code === code);
  if (!info) throw new RangeError(`Mã hình thức tiếp nhận không hợp lệ: ${String(code)}`);
  return info.label;
}

/** True for channel codes the portal defines (1–3). */
export function isReceivingChannelCode(value: unknown): value is ReceivingChannelCode {
  return value === 1 || value === 2 || value === 3;
}
