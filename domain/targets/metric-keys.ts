/**
 * The measures the system can compute itself, by key. A target bound to one of these is evaluated from
 * the product's own data; any other target takes a value typed in with evidence. All are percentages.
 */

export const TARGET_METRICS = {
  'dossiers.trackedRate': 'Tỷ lệ hồ sơ TTHC được theo dõi trạng thái trên Hệ thống thông tin giải quyết TTHC',
  'dossiers.onTimeRate': 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn (gồm trước hạn)',
  'dossiers.earlyRate': 'Tỷ lệ hồ sơ TTHC giải quyết trước hạn',
  'dossiers.digitizedRate': 'Tỷ lệ kết quả giải quyết TTHC được số hóa',
  'dossiers.electronicRoutingRate': 'Tỷ lệ hồ sơ TTHC luân chuyển nội bộ bằng phương thức điện tử',
  'dossiers.fullyOnlineRate': 'Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình',
  'dossiers.onlinePaymentRate': 'Tỷ lệ giao dịch thanh toán trực tuyến trên tổng số giao dịch thanh toán',
  'procedures.onlinePaymentRate': 'Tỷ lệ TTHC có nghĩa vụ tài chính được thanh toán trực tuyến',
  'procedures.fullyOnlineRate': 'Tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến toàn trình',
  'procedures.publishedRate': 'Tỷ lệ TTHC được chuẩn hóa, công khai trên Cơ sở dữ liệu quốc gia',
  'procedures.simplifiedRate': 'Tỷ lệ TTHC (quy định) được cắt giảm, đơn giản hóa',
  'procedures.costReductionRate': 'Tỷ lệ cắt giảm chi phí tuân thủ TTHC',
  'surveys.satisfactionRate': 'Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC',
  'inspections.unitsInspectedRate': 'Tỷ lệ phòng, đơn vị được kiểm tra CCHC trong năm',
  'tasks.doneOnTimeRate': 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn',
} as const;

export type TargetMetricKey = keyof typeof TARGET_METRICS;

/** True when the text names a metric the system computes. */
export function isTargetMetricKey(text: string): text is TargetMetricKey {
  return Object.prototype.hasOwnProperty.call(TARGET_METRICS, text);
}
