// Metrics the product computes from its own records (dossiers, tasks, feedback, surveys, reports, inspections).
// A framework input naming one of these is filled automatically; any other input is typed in with evidence.
// A count fills a whole-number input as it is; a percentage (0–100) fills a share input, which the rules read
// as a fraction (0–1): the conversion is in metric-input.ts. The registry (server/metrics) computes each key
// with the same unit; a test holds the two together.

/** Counted facts, by key, with what they count (Vietnamese, for the UI). */
export const COUNT_METRICS = {
  'dossiers.received': 'Số hồ sơ TTHC tiếp nhận trong kỳ',
  'dossiers.onlineSubmitted': 'Số hồ sơ TTHC tiếp nhận trực tuyến',
  'dossiers.postalReceived': 'Số hồ sơ TTHC tiếp nhận qua dịch vụ bưu chính công ích',
  'dossiers.resolved': 'Số hồ sơ TTHC đã giải quyết trong kỳ',
  'dossiers.resolvedOnTime': 'Số hồ sơ TTHC giải quyết đúng hạn (kể cả trước hạn)',
  'dossiers.resolvedEarly': 'Số hồ sơ TTHC giải quyết trước hạn',
  'dossiers.late': 'Số hồ sơ TTHC giải quyết quá hạn',
  'dossiers.lateWithApology': 'Số hồ sơ quá hạn đã có văn bản xin lỗi',
  'dossiers.digitizedResults': 'Số hồ sơ có kết quả giải quyết được số hóa',
  'dossiers.postalReturned': 'Số hồ sơ trả kết quả qua dịch vụ bưu chính công ích',
  'feedback.received': 'Số phản ánh, kiến nghị về TTHC đã tiếp nhận',
  'feedback.handled': 'Số phản ánh, kiến nghị về TTHC đã xử lý hoặc kiến nghị xử lý',
  'feedback.handledOnTime': 'Số phản ánh, kiến nghị về TTHC xử lý đúng hạn',
  'tasks.assigned': 'Số nhiệm vụ UBND thành phố giao trong Chương trình công tác năm',
  'tasks.done': 'Số nhiệm vụ được giao đã hoàn thành',
  'tasks.doneOnTime': 'Số nhiệm vụ được giao hoàn thành đúng thời hạn',
} as const;

/** Percentages (0–100), by key, each with what it divides by what, as the registry computes it. */
export const PERCENT_METRICS = {
  'dossiers.onTimeRate': 'Tỷ lệ hồ sơ TTHC giải quyết đúng hạn (kể cả trước hạn) trên tổng số hồ sơ đã giải quyết trong kỳ',
  'dossiers.earlyRate': 'Tỷ lệ hồ sơ TTHC giải quyết trước hạn trên tổng số hồ sơ đã giải quyết trong kỳ',
  'dossiers.lateApologyRate': 'Tỷ lệ hồ sơ giải quyết quá hạn có văn bản xin lỗi trên tổng số hồ sơ giải quyết quá hạn trong kỳ',
  'dossiers.digitizedRate': 'Tỷ lệ hồ sơ có kết quả giải quyết được số hóa trên tổng số hồ sơ đã giải quyết trong kỳ',
  'dossiers.onlineSubmittedRate': 'Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến trên tổng số hồ sơ tiếp nhận trong kỳ',
  'dossiers.fullyOnlineRate': 'Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình trên tổng số hồ sơ đã giải quyết trong kỳ',
  'dossiers.electronicRoutingRate': 'Tỷ lệ hồ sơ luân chuyển nội bộ bằng phương thức điện tử trên tổng số hồ sơ đã giải quyết trong kỳ',
  'dossiers.onlinePaymentRate': 'Tỷ lệ giao dịch thanh toán phí, lệ phí trực tuyến trên tổng số giao dịch thanh toán trong kỳ',
  'procedures.publishedRate': 'Tỷ lệ TTHC đang áp dụng được công khai trên Cơ sở dữ liệu quốc gia về TTHC (danh mục hiện hành)',
  'procedures.fullyOnlineRate': 'Tỷ lệ TTHC được cung cấp trực tuyến toàn trình trên số TTHC đủ điều kiện (danh mục hiện hành)',
  'procedures.onlinePaymentRate': 'Tỷ lệ TTHC có phí, lệ phí cho phép thanh toán trực tuyến trên số TTHC có phí, lệ phí (danh mục hiện hành)',
  'feedback.handledOnTimeRate':
    'Tỷ lệ phản ánh, kiến nghị xử lý đúng hoặc trước hạn trên tổng số phản ánh, kiến nghị tiếp nhận trong kỳ (cách tính của Quyết định 766/QĐ-TTg)',
  'surveys.satisfactionRate':
    'Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC: tỷ lệ hài lòng trên các phiếu khảo sát hợp lệ trả lời trong kỳ, mỗi phiếu tính theo phương pháp đã chọn',
  'reports.onTimeRate':
    'Tỷ lệ báo cáo CCHC định kỳ gửi đúng hạn trên tổng số báo cáo đã đến hạn của đơn vị và các đơn vị cấp dưới phải báo cáo, các kỳ có hạn nộp trong kỳ',
  'inspections.unitsInspectedRate': 'Tỷ lệ phòng, đơn vị trực thuộc được kiểm tra CCHC trong kỳ trên tổng số phòng, đơn vị trực thuộc đang hoạt động',
  'tasks.doneRate': 'Tỷ lệ nhiệm vụ được giao đã hoàn thành trên tổng số nhiệm vụ được giao',
  'tasks.doneOnTimeRate': 'Tỷ lệ nhiệm vụ được giao hoàn thành đúng hạn trên tổng số nhiệm vụ được giao',
} as const;

/** Every metric key a framework input may name in its `metric` field, with its definition. */
export const METRIC_KEYS = { ...COUNT_METRICS, ...PERCENT_METRICS } as const;

/** A metric key, e.g. 'tasks.doneOnTime' or 'surveys.satisfactionRate'. */
export type MetricKey = keyof typeof METRIC_KEYS;

/** The unit a metric's value is in: a count, or a percentage 0–100. */
export type MetricUnit = 'count' | '%';

/** The metric keys as a list, for schemas and pickers. */
export const METRIC_KEY_LIST = Object.keys(METRIC_KEYS) as [MetricKey, ...MetricKey[]];

/** The unit of a metric key ('%' for the percentages, 'count' otherwise). */
export function metricUnitOf(key: MetricKey): MetricUnit {
  return Object.prototype.hasOwnProperty.call(PERCENT_METRICS, key) ? '%' : 'count';
}

/** True when the text is a metric key a framework input may name. */
export function isMetricKey(text: string): text is MetricKey {
  return Object.prototype.hasOwnProperty.call(METRIC_KEYS, text);
}
