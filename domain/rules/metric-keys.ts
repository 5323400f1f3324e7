// Metrics the product computes from its own records (dossiers, tasks, feedback), one per countable fact.
// A framework input naming one of these is filled automatically; any other input is typed in with evidence.

/** Every metric key a framework input may name in its `metric` field, with what it counts (Vietnamese, for the UI). */
export const METRIC_KEYS = {
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

/** A metric key, e.g. 'tasks.doneOnTime'. */
export type MetricKey = keyof typeof METRIC_KEYS;

/** The metric keys as a list, for schemas and pickers. */
export const METRIC_KEY_LIST = Object.keys(METRIC_KEYS) as [MetricKey, ...MetricKey[]];
