/**
 * Where a dossier was received, apart from the unit that handles it. Since 01/07/2025 (Nghị định 118/2025/NĐ-CP) a
 * department's dossiers are received and returned at the provincial Public Administration Service Centre and at
 * commune-level centres while its divisions handle them; before, each unit's own one-stop desk received them. Online
 * (national portal) and postal submissions have no counter: they are taken in by a unit's one-stop staff.
 */
import { describePeriod } from '../org-units/check';
import { coversDate } from '../org-units/timeline';
import { formatViDate } from '../time/iso-date';

export const RECEIVING_POINTS = ['desk', 'provincial-centre', 'commune-centre', 'postal', 'online'] as const;
export type ReceivingPoint = (typeof RECEIVING_POINTS)[number];

export const RECEIVING_POINT_LABELS: Record<ReceivingPoint, string> = {
  desk: 'Bộ phận Một cửa của đơn vị',
  'provincial-centre': 'Trung tâm Phục vụ hành chính công tỉnh/thành phố',
  'commune-centre': 'Trung tâm phục vụ hành chính công cấp xã',
  postal: 'Bưu chính công ích',
  online: 'Trực tuyến (Cổng Dịch vụ công)',
};

/** Words an import or a source may use for each point (lower case, with and without diacritics). */
const POINT_WORDS: Record<string, ReceivingPoint> = {
  'một cửa': 'desk',
  'mot cua': 'desk',
  'bộ phận một cửa': 'desk',
  'bo phan mot cua': 'desk',
  'trung tâm tỉnh': 'provincial-centre',
  'trung tam tinh': 'provincial-centre',
  'trung tâm thành phố': 'provincial-centre',
  'trung tam thanh pho': 'provincial-centre',
  'trung tâm xã': 'commune-centre',
  'trung tam xa': 'commune-centre',
  'trung tâm cấp xã': 'commune-centre',
  'trung tam cap xa': 'commune-centre',
  'bưu chính': 'postal',
  'buu chinh': 'postal',
  'bưu chính công ích': 'postal',
  'buu chinh cong ich': 'postal',
  'trực tuyến': 'online',
  'truc tuyen': 'online',
  'cổng dvc': 'online',
  'cong dvc': 'online',
};

/** The point a word names ('provincial-centre', 'trung tâm tỉnh', 'bưu chính'…), or null when it names none. */
export function readReceivingPoint(word: string): ReceivingPoint | null {
  const t = word.trim().toLowerCase();
  if ((RECEIVING_POINTS as readonly string[]).includes(t)) return t as ReceivingPoint;
  return POINT_WORDS[t] ?? null;
}

/** The point implied by the way the dossier came in when nobody named one: post and portal, else a unit's desk. */
export function defaultReceivingPoint(channel: number): ReceivingPoint {
  if (channel === 2) return 'online';
  if (channel === 3) return 'postal';
  return 'desk';
}

/** The point a unit's counter is, for a dossier that came in by `channel` (the default when only the unit is known). */
export function receivingPointAt(channel: number, unitType: string): ReceivingPoint {
  if (channel !== 1) return defaultReceivingPoint(channel);
  if (unitType === 'service_center') return 'provincial-centre';
  if (unitType === 'commune') return 'commune-centre';
  return 'desk';
}

/** The receiving unit as the rule reads it: its type and the dates it exists. */
export interface ReceivingUnitFacts {
  name: string;
  type: string;
  validFrom: string | null;
  validTo: string | null;
}

/**
 * Why a receiving point does not fit the dossier (a Vietnamese sentence saying what to fix), or null when it does:
 * the point agrees with the channel (online ⇔ 2, postal ⇔ 3, a counter ⇔ 1), a centre is a unit of that kind, and
 * the unit existed on the day the dossier was received. The last check applies to a receiving unit the dossier names
 * (`named`); a defaulted one is the handling unit itself, whose dates the register does not judge on receipt.
 */
export function receivingPointProblem(point: ReceivingPoint, channel: number, unit: ReceivingUnitFacts, receivedOn: string, named = true): string | null {
  if (channel === 2 && point !== 'online')
    return `hồ sơ nộp trực tuyến (kênh 2) có nơi tiếp nhận là "trực tuyến", không phải "${RECEIVING_POINT_LABELS[point]}".`;
  if (channel === 3 && point !== 'postal')
    return `hồ sơ gửi qua bưu chính (kênh 3) có nơi tiếp nhận là "bưu chính công ích", không phải "${RECEIVING_POINT_LABELS[point]}".`;
  if (channel === 1 && (point === 'online' || point === 'postal'))
    return `hồ sơ nộp trực tiếp (kênh 1) được tiếp nhận tại Bộ phận Một cửa hoặc một Trung tâm, không phải "${RECEIVING_POINT_LABELS[point]}".`;
  if (point === 'provincial-centre' && unit.type !== 'service_center')
    return `'${unit.name}' không phải Trung tâm Phục vụ hành chính công; chọn đơn vị loại trung tâm.`;
  if (point === 'commune-centre' && unit.type !== 'commune') return `'${unit.name}' không phải UBND cấp xã; trung tâm cấp xã thuộc một xã/phường.`;
  if (point === 'desk' && (unit.type === 'service_center' || unit.type === 'commune'))
    return `'${unit.name}' là trung tâm phục vụ hành chính công; chọn nơi tiếp nhận là trung tâm, không phải Bộ phận Một cửa của đơn vị.`;
  if (named && !coversDate(unit, receivedOn))
    return `'${unit.name}' không hoạt động vào ngày tiếp nhận ${receivedOn}; chọn nơi tiếp nhận có trên cơ cấu ngày đó.`;
  return null;
}

/**
 * Why a handling unit cannot take a dossier received on that day (it did not exist then: not yet established, or
 * ended by a change of the organisation), or null. A moved dossier keeps the unit of its receipt, so an ended unit
 * is right for a dossier received while it existed.
 */
export function handlingUnitProblem(unit: ReceivingUnitFacts & { code: string }, receivedOn: string): string | null {
  if (coversDate(unit, receivedOn)) return null;
  return `đơn vị '${unit.code}' (${unit.name}) hoạt động ${describePeriod(unit.validFrom, unit.validTo)}, không có vào ngày tiếp nhận ${formatViDate(receivedOn)}; ghi đơn vị xử lý có trên cơ cấu ngày đó (đơn vị kế thừa nếu đơn vị cũ đã giải thể, sáp nhập).`;
}
