/**
 * The indicators of Bộ chỉ số 766 (Quyết định 766/QĐ-TTg, 2022) and their formula shapes, as data.
 * Source of the shapes and thresholds: METHODS.md (national dashboard); the split of a group's points
 * between its indicators is not confirmed against the decision's appendix, so it lives in the weight
 * sets (weights.ts) where an administrator can change it.
 */
import type { Kpi766CountKey } from './counts';

/** numerator ÷ denominator, where the numerator may be a sum of counts. */
export interface Kpi766Ratio {
  numerator: readonly Kpi766CountKey[];
  denominator: Kpi766CountKey;
  /** Short Vietnamese name of the share, used in explanations. */
  label: string;
}

export type Kpi766Formula =
  /** rate ≥ threshold → full points; below → rate × max ÷ threshold. threshold 1 makes it proportional. */
  | { kind: 'rate-threshold'; ratio: Kpi766Ratio; threshold: number }
  /** rate = 100% − Σ shares (never below 0), then scored like rate-threshold. */
  | { kind: 'complement-threshold'; minus: readonly Kpi766Ratio[]; threshold: number };

export interface Kpi766Indicator {
  key: string;
  /** Display order code, e.g. '3.2' (our numbering, grouped as on the dashboard). */
  code: string;
  label: string;
  /** Vietnamese definition shown with the score. */
  definition: string;
  formula: Kpi766Formula;
}

/** Every indicator this product scores; groups and points come from a weight set. */
export const KPI766_INDICATORS: readonly Kpi766Indicator[] = [
  {
    key: 'procedures-published',
    code: '1.1',
    label: 'Công khai TTHC',
    definition: 'Tỷ lệ TTHC được công khai đầy đủ trên CSDL quốc gia về TTHC trên tổng số TTHC thuộc thẩm quyền; điểm tỷ lệ thuận.',
    formula: {
      kind: 'rate-threshold',
      ratio: { numerator: ['proceduresPublished'], denominator: 'proceduresTotal', label: 'TTHC được công khai' },
      threshold: 1,
    },
  },
  {
    key: 'dossiers-synced',
    code: '1.2',
    label: 'Công khai tiến độ hồ sơ',
    definition: 'Tỷ lệ hồ sơ tiếp nhận được đồng bộ trạng thái lên Cổng DVC quốc gia; điểm tỷ lệ thuận.',
    formula: {
      kind: 'rate-threshold',
      ratio: { numerator: ['dossiersSynced'], denominator: 'received', label: 'hồ sơ được đồng bộ' },
      threshold: 1,
    },
  },
  {
    key: 'resolved-on-time',
    code: '2.1',
    label: 'Giải quyết đúng hạn',
    definition: 'Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn trên tổng số hồ sơ đã giải quyết (= 100% − tỷ lệ trễ hạn); điểm tỷ lệ thuận.',
    formula: {
      kind: 'rate-threshold',
      ratio: { numerator: ['resolvedEarly', 'resolvedOnTime'], denominator: 'resolved', label: 'hồ sơ đúng hạn' },
      threshold: 1,
    },
  },
  {
    key: 'resolved-early',
    code: '2.2',
    label: 'Giải quyết trước hạn',
    definition: 'Tỷ lệ hồ sơ giải quyết trước hạn trên tổng số hồ sơ đã giải quyết; đạt 80% (chỉ tiêu Kế hoạch CCHC 2025) được đủ điểm.',
    formula: {
      kind: 'rate-threshold',
      ratio: { numerator: ['resolvedEarly'], denominator: 'resolved', label: 'hồ sơ trước hạn' },
      threshold: 0.8,
    },
  },
  {
    key: 'procedures-online',
    code: '3.1',
    label: 'Cung cấp DVC trực tuyến',
    definition: 'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến trên tổng số TTHC; đạt 80% được đủ điểm.',
    formula: {
      kind: 'rate-threshold',
      ratio: { numerator: ['proceduresOnline'], denominator: 'proceduresTotal', label: 'TTHC có DVC trực tuyến' },
      threshold: 0.8,
    },
  },
  {
    key: 'online-submission',
    code: '3.2',
    label: 'Hồ sơ trực tuyến',
    definition: 'Tỷ lệ hồ sơ nộp trực tuyến trên tổng số hồ sơ của các TTHC có cung cấp DVC trực tuyến; đạt 50% được đủ điểm.',
    formula: {
      kind: 'rate-threshold',
      ratio: { numerator: ['onlineSubmitted'], denominator: 'receivedForOnlineProcedures', label: 'hồ sơ nộp trực tuyến' },
      threshold: 0.5,
    },
  },
  {
    key: 'procedures-paid-online',
    code: '4.1',
    label: 'TTHC có thanh toán trực tuyến',
    definition: 'Tỷ lệ TTHC có thanh toán trực tuyến trên tổng số TTHC có thu phí, lệ phí; đạt 80% được đủ điểm.',
    formula: {
      kind: 'rate-threshold',
      ratio: { numerator: ['proceduresPaidOnline'], denominator: 'proceduresWithFee', label: 'TTHC có thanh toán trực tuyến' },
      threshold: 0.8,
    },
  },
  {
    key: 'payments-online',
    code: '4.2',
    label: 'Giao dịch thanh toán trực tuyến',
    definition: 'Tỷ lệ hồ sơ nộp phí, lệ phí trực tuyến trên tổng số hồ sơ có nộp phí, lệ phí; đạt 80% được đủ điểm.',
    formula: {
      kind: 'rate-threshold',
      ratio: { numerator: ['paymentsOnline'], denominator: 'paymentsTotal', label: 'giao dịch trực tuyến' },
      threshold: 0.8,
    },
  },
  {
    key: 'results-digitized',
    code: '5.1',
    label: 'Số hóa kết quả giải quyết',
    definition: 'Tỷ lệ hồ sơ đã giải quyết có kết quả được số hóa trên tổng số hồ sơ đã giải quyết; đạt 80% được đủ điểm.',
    formula: {
      kind: 'rate-threshold',
      ratio: { numerator: ['digitizedResults'], denominator: 'resolved', label: 'kết quả được số hóa' },
      threshold: 0.8,
    },
  },
  {
    key: 'dossiers-digitized',
    code: '5.2',
    label: 'Số hóa hồ sơ khi tiếp nhận',
    definition: 'Tỷ lệ hồ sơ tiếp nhận được số hóa thành phần hồ sơ trên tổng số hồ sơ tiếp nhận; đạt 80% được đủ điểm.',
    formula: {
      kind: 'rate-threshold',
      ratio: { numerator: ['digitizedDossiers'], denominator: 'received', label: 'hồ sơ được số hóa' },
      threshold: 0.8,
    },
  },
  {
    key: 'procedure-satisfaction',
    code: '6.1',
    label: 'Mức độ hài lòng về giải quyết TTHC',
    definition: '100% − (tỷ lệ hồ sơ trễ hạn trên hồ sơ đã giải quyết + tỷ lệ phản ánh, kiến nghị trên hồ sơ tiếp nhận); đạt 90% được đủ điểm.',
    formula: {
      kind: 'complement-threshold',
      minus: [
        { numerator: ['late'], denominator: 'resolved', label: 'trễ hạn' },
        { numerator: ['complaints'], denominator: 'received', label: 'phản ánh, kiến nghị' },
      ],
      threshold: 0.9,
    },
  },
  {
    key: 'survey-satisfaction',
    code: '6.2',
    label: 'Đánh giá hài lòng',
    definition: 'Tỷ lệ lượt đánh giá hài lòng, rất hài lòng trên tổng số lượt đánh giá; đạt 90% được đủ điểm.',
    formula: {
      kind: 'rate-threshold',
      ratio: { numerator: ['satisfied'], denominator: 'surveyResponses', label: 'đánh giá hài lòng' },
      threshold: 0.9,
    },
  },
];

/** The indicator with this key; throws when a weight set names one that does not exist. */
export function kpi766Indicator(key: string): Kpi766Indicator {
  const indicator = KPI766_INDICATORS.find((i) => i.key === key);
  if (!indicator) throw new RangeError(`Bộ chỉ số 766 không có chỉ số «${key}».`);
  return indicator;
}
