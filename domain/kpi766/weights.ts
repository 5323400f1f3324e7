/**
 * Group weights of Bộ chỉ số 766 as data (METHODS.md). The decision has been revised: the current
 * national dashboard has six groups, the first version five, so both sets are kept and a score always
 * names the set it used. How a group's points split between indicators is our assumption (equal shares)
 * until checked against the decision's appendix.
 */

export interface Kpi766GroupWeight {
  key: string;
  label: string;
  /** Points of the group; the groups of a set add up to 100. */
  weight: number;
  /** Indicator keys with their share of the group's points (shares add up to 1). */
  indicators: readonly { key: string; share: number }[];
}

export interface Kpi766WeightSet {
  id: string;
  label: string;
  groups: readonly Kpi766GroupWeight[];
}

const halves = (a: string, b: string) => [
  { key: a, share: 0.5 },
  { key: b, share: 0.5 },
];

/** Current national dashboard: 18/20/12/22/18/10 over six groups. */
export const KPI766_WEIGHTS_DASHBOARD: Kpi766WeightSet = {
  id: '766-dashboard',
  label: 'Bộ chỉ số 766 – cổng DVC quốc gia hiện hành (6 nhóm)',
  groups: [
    { key: 'transparency', label: 'Công khai, minh bạch', weight: 18, indicators: halves('procedures-published', 'dossiers-synced') },
    { key: 'progress', label: 'Tiến độ giải quyết', weight: 20, indicators: halves('resolved-on-time', 'resolved-early') },
    { key: 'online-services', label: 'Dịch vụ công trực tuyến', weight: 12, indicators: halves('procedures-online', 'online-submission') },
    { key: 'digitization', label: 'Số hóa hồ sơ', weight: 22, indicators: halves('results-digitized', 'dossiers-digitized') },
    { key: 'satisfaction', label: 'Mức độ hài lòng', weight: 18, indicators: halves('procedure-satisfaction', 'survey-satisfaction') },
    { key: 'online-payment', label: 'Thanh toán trực tuyến', weight: 10, indicators: halves('procedures-paid-online', 'payments-online') },
  ],
};

/** First version of the decision: 18/20/22/22/18 over five groups; online payment sat inside online services. */
export const KPI766_WEIGHTS_FIRST: Kpi766WeightSet = {
  id: '766-first',
  label: 'Bộ chỉ số 766 – phiên bản đầu (5 nhóm)',
  groups: [
    { key: 'transparency', label: 'Công khai, minh bạch', weight: 18, indicators: halves('procedures-published', 'dossiers-synced') },
    { key: 'progress', label: 'Tiến độ giải quyết', weight: 20, indicators: halves('resolved-on-time', 'resolved-early') },
    {
      key: 'online-services',
      label: 'Dịch vụ công trực tuyến',
      weight: 22,
      indicators: [
        { key: 'procedures-online', share: 0.25 },
        { key: 'online-submission', share: 0.25 },
        { key: 'procedures-paid-online', share: 0.25 },
        { key: 'payments-online', share: 0.25 },
      ],
    },
    { key: 'digitization', label: 'Số hóa hồ sơ', weight: 22, indicators: halves('results-digitized', 'dossiers-digitized') },
    { key: 'satisfaction', label: 'Mức độ hài lòng', weight: 18, indicators: halves('procedure-satisfaction', 'survey-satisfaction') },
  ],
};

/** Problems that make a weight set unusable (weights not summing to 100, shares not to 1), in Vietnamese. */
export function findWeightSetProblems(set: Kpi766WeightSet): string[] {
  const problems: string[] = [];
  const total = set.groups.reduce((sum, g) => sum + g.weight, 0);
  // Compare with a tolerance: shares such as 1/3 do not add up exactly in floating point.
  if (Math.abs(total - 100) > 1e-9) problems.push(`Tổng trọng số các nhóm của «${set.label}» là ${total}, phải bằng 100.`);
  for (const group of set.groups) {
    const shares = group.indicators.reduce((sum, i) => sum + i.share, 0);
    if (Math.abs(shares - 1) > 1e-9) problems.push(`Tổng tỷ trọng các chỉ số của nhóm «${group.label}» là ${shares}, phải bằng 1.`);
  }
  return problems;
}
