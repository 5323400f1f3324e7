// What a criterion's words are about, and which of the system's metrics measure it: the counts of a share
// (achieved over total) where the system counts both, the percentage where it only has the share (survey
// satisfaction, reports sent on time, units inspected), and the catalogue's percentage when the share counts
// procedures rather than dossiers. Matched on words without marks, in order: the first topic that fits wins.
import type { MetricKey } from '../metric-keys';

/** One topic: its words, why it was chosen (for the reason shown), and the metrics that measure it. */
export type MetricTopic = {
  topic: RegExp;
  why: string;
  /** Achieved and total counts of the share, when the system counts both. */
  counts?: [MetricKey, MetricKey];
  /** The share as a percentage of dossiers, tasks, feedback, answers, reports or units. */
  percent?: MetricKey;
  /** The share as a percentage of procedures (TTHC) in the catalogue. */
  procedures?: MetricKey;
};

// A share whose counted thing is procedures ("Số TTHC có phát sinh hồ sơ qua BCCI") is not a share of dossiers.
export const COUNTS_PROCEDURES = /^(so|tong so|ty le) (tthc|thu tuc)/;

export const SHARE_TOPICS: MetricTopic[] = [
  { topic: /hai long/, why: 'mức độ hài lòng của người dân, tổ chức', percent: 'surveys.satisfactionRate' },
  { topic: /xin loi/, why: 'xin lỗi khi giải quyết hồ sơ quá hạn', counts: ['dossiers.lateWithApology', 'dossiers.late'], percent: 'dossiers.lateApologyRate' },
  { topic: /so hoa/, why: 'số hóa kết quả giải quyết', counts: ['dossiers.digitizedResults', 'dossiers.resolved'], percent: 'dossiers.digitizedRate' },
  { topic: /toan trinh/, why: 'dịch vụ công trực tuyến toàn trình', percent: 'dossiers.fullyOnlineRate', procedures: 'procedures.fullyOnlineRate' },
  {
    topic: /thanh toan.*truc tuyen|truc tuyen.*thanh toan/,
    why: 'thanh toán trực tuyến',
    percent: 'dossiers.onlinePaymentRate',
    procedures: 'procedures.onlinePaymentRate',
  },
  { topic: /luan chuyen.*dien tu|dien tu.*luan chuyen/, why: 'luân chuyển hồ sơ bằng phương thức điện tử', percent: 'dossiers.electronicRoutingRate' },
  {
    topic: /(buu chinh|bcci).*(tra ket qua)|(tra ket qua).*(buu chinh|bcci)/,
    why: 'trả kết quả qua bưu chính công ích',
    counts: ['dossiers.postalReturned', 'dossiers.resolved'],
  },
  {
    topic: /(buu chinh|bcci).*(tiep nhan)|(tiep nhan).*(buu chinh|bcci)/,
    why: 'tiếp nhận qua bưu chính công ích',
    counts: ['dossiers.postalReceived', 'dossiers.received'],
  },
  {
    topic: /ho so.*truc tuyen|truc tuyen.*ho so/,
    why: 'hồ sơ tiếp nhận trực tuyến',
    counts: ['dossiers.onlineSubmitted', 'dossiers.received'],
    percent: 'dossiers.onlineSubmittedRate',
  },
  { topic: /ho so.*dung han/, why: 'hồ sơ giải quyết đúng hạn', counts: ['dossiers.resolvedOnTime', 'dossiers.resolved'], percent: 'dossiers.onTimeRate' },
  { topic: /ho so.*truoc han/, why: 'hồ sơ giải quyết trước hạn', counts: ['dossiers.resolvedEarly', 'dossiers.resolved'], percent: 'dossiers.earlyRate' },
  {
    topic: /phan anh.*kien nghi.*dung han/,
    why: 'phản ánh, kiến nghị xử lý đúng hạn',
    counts: ['feedback.handledOnTime', 'feedback.received'],
    percent: 'feedback.handledOnTimeRate',
  },
  { topic: /phan anh.*kien nghi/, why: 'phản ánh, kiến nghị được xử lý', counts: ['feedback.handled', 'feedback.received'] },
  { topic: /nhiem vu.*dung (thoi )?han/, why: 'nhiệm vụ hoàn thành đúng hạn', counts: ['tasks.doneOnTime', 'tasks.assigned'], percent: 'tasks.doneOnTimeRate' },
  { topic: /nhiem vu.*hoan thanh/, why: 'nhiệm vụ hoàn thành', counts: ['tasks.done', 'tasks.assigned'], percent: 'tasks.doneRate' },
  // After the subjects above, so "hồ sơ … đúng hạn" stays a dossier share even when the words name a report.
  { topic: /bao cao.*(dung han|dung thoi han|kip thoi|dung thoi gian)/, why: 'báo cáo định kỳ gửi đúng hạn', percent: 'reports.onTimeRate' },
  {
    topic: /kiem tra.*(co quan|don vi|phong|truong)|(co quan|don vi|phong|truong).*duoc kiem tra/,
    why: 'phòng, đơn vị được kiểm tra CCHC',
    percent: 'inspections.unitsInspectedRate',
  },
  { topic: /cong khai.*co so du lieu quoc gia/, why: 'TTHC công khai trên Cơ sở dữ liệu quốc gia', procedures: 'procedures.publishedRate' },
];

/** One input's own label, for formulas over named counts ("Số nhiệm vụ được giao"). */
export const COUNT_TOPICS: Array<{ topic: RegExp; metric: MetricKey; why: string }> = [
  { topic: /nhiem vu.*hoan thanh.*dung (thoi )?han/, metric: 'tasks.doneOnTime', why: 'nhiệm vụ hoàn thành đúng hạn' },
  { topic: /nhiem vu.*hoan thanh/, metric: 'tasks.done', why: 'nhiệm vụ hoàn thành' },
  { topic: /nhiem vu.*(duoc giao|giao)/, metric: 'tasks.assigned', why: 'nhiệm vụ được giao' },
  { topic: /ho so.*(dung han|truoc han)/, metric: 'dossiers.resolvedOnTime', why: 'hồ sơ giải quyết đúng hạn' },
  { topic: /ho so.*qua han/, metric: 'dossiers.late', why: 'hồ sơ giải quyết quá hạn' },
];
