/**
 * The counts one unit reports for one period (month, quarter or year) to score Bộ chỉ số 766.
 * Each count has a Vietnamese label, definition and source, shown beside the score so a reviewer
 * can see where every number came from.
 */

export interface Kpi766Counts {
  proceduresTotal: number;
  proceduresPublished: number;
  received: number;
  dossiersSynced: number;
  resolved: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  late: number;
  proceduresOnline: number;
  receivedForOnlineProcedures: number;
  onlineSubmitted: number;
  proceduresWithFee: number;
  proceduresPaidOnline: number;
  paymentsTotal: number;
  paymentsOnline: number;
  digitizedResults: number;
  digitizedDossiers: number;
  complaints: number;
  surveyResponses: number;
  satisfied: number;
}

export type Kpi766CountKey = keyof Kpi766Counts;

export interface Kpi766CountDefinition {
  label: string;
  definition: string;
  /** Where the number comes from: this product's data or a figure typed in with evidence. */
  source: string;
}

/** Definition of every count, in Vietnamese, for the UI and the explanation of a score. */
export const KPI766_COUNTS: Readonly<Record<Kpi766CountKey, Kpi766CountDefinition>> = {
  proceduresTotal: {
    label: 'TTHC thuộc thẩm quyền',
    definition: 'Số TTHC thuộc thẩm quyền giải quyết của đơn vị theo quyết định công bố còn hiệu lực tại cuối kỳ.',
    source: 'Danh mục TTHC của hệ thống.',
  },
  proceduresPublished: {
    label: 'TTHC được công khai đầy đủ',
    definition: 'Số TTHC được công khai đầy đủ, đúng quy định trên Cơ sở dữ liệu quốc gia về TTHC và Cổng DVC.',
    source: 'Danh mục TTHC (trạng thái công khai), đối chiếu CSDL quốc gia về TTHC.',
  },
  received: {
    label: 'Hồ sơ tiếp nhận',
    definition: 'Số hồ sơ được tiếp nhận trong kỳ qua mọi kênh (trực tiếp, trực tuyến, bưu chính công ích).',
    source: 'Lịch sử hồ sơ: sự kiện tiếp nhận có ngày trong kỳ.',
  },
  dossiersSynced: {
    label: 'Hồ sơ đồng bộ lên Cổng DVC quốc gia',
    definition: 'Số hồ sơ tiếp nhận trong kỳ có trạng thái xử lý được đồng bộ lên Cổng DVC quốc gia để người dân theo dõi.',
    source: 'Nhật ký đồng bộ của hệ thống hoặc số liệu Cổng DVC quốc gia.',
  },
  resolved: {
    label: 'Hồ sơ đã giải quyết',
    definition: 'Số hồ sơ có kết quả giải quyết trong kỳ (trước hạn + đúng hạn + trễ hạn).',
    source: 'Lịch sử hồ sơ: sự kiện đã xử lý xong có ngày trong kỳ.',
  },
  resolvedEarly: {
    label: 'Hồ sơ giải quyết trước hạn',
    definition: 'Số hồ sơ giải quyết xong trước ngày hẹn trả (đã trừ thời gian chờ bổ sung).',
    source: 'Lịch sử hồ sơ và lịch ngày làm việc.',
  },
  resolvedOnTime: {
    label: 'Hồ sơ giải quyết đúng hạn',
    definition: 'Số hồ sơ giải quyết xong đúng ngày hẹn trả; không gồm hồ sơ trước hạn.',
    source: 'Lịch sử hồ sơ và lịch ngày làm việc.',
  },
  late: {
    label: 'Hồ sơ trễ hạn',
    definition: 'Số hồ sơ giải quyết xong sau ngày hẹn trả; hồ sơ bị yêu cầu bổ sung quá một lần cũng tính là trễ hạn (phương pháp 766).',
    source: 'Lịch sử hồ sơ và lịch ngày làm việc.',
  },
  proceduresOnline: {
    label: 'TTHC cung cấp DVC trực tuyến',
    definition: 'Số TTHC được cung cấp dịch vụ công trực tuyến (toàn trình hoặc một phần, Nghị định 42/2022/NĐ-CP).',
    source: 'Danh mục TTHC (mức độ trực tuyến).',
  },
  receivedForOnlineProcedures: {
    label: 'Hồ sơ của TTHC có DVC trực tuyến',
    definition: 'Số hồ sơ tiếp nhận trong kỳ thuộc các TTHC có cung cấp DVC trực tuyến, qua mọi kênh.',
    source: 'Lịch sử hồ sơ và danh mục TTHC.',
  },
  onlineSubmitted: {
    label: 'Hồ sơ nộp trực tuyến',
    definition: 'Số hồ sơ trong nhóm trên được nộp trực tuyến (hình thức tiếp nhận 2).',
    source: 'Lịch sử hồ sơ (kênh tiếp nhận).',
  },
  proceduresWithFee: {
    label: 'TTHC có thu phí, lệ phí',
    definition: 'Số TTHC có yêu cầu nộp phí, lệ phí hoặc nghĩa vụ tài chính.',
    source: 'Danh mục TTHC.',
  },
  proceduresPaidOnline: {
    label: 'TTHC có thanh toán trực tuyến',
    definition: 'Số TTHC có thu phí, lệ phí đã triển khai thanh toán trực tuyến và phát sinh giao dịch trong kỳ.',
    source: 'Danh mục TTHC và nhật ký thanh toán.',
  },
  paymentsTotal: {
    label: 'Giao dịch thanh toán',
    definition: 'Số hồ sơ có nộp phí, lệ phí trong kỳ.',
    source: 'Nhật ký thanh toán hoặc nhập tay kèm tài liệu kiểm chứng.',
  },
  paymentsOnline: {
    label: 'Giao dịch thanh toán trực tuyến',
    definition: 'Số hồ sơ trong nhóm trên nộp phí, lệ phí trực tuyến.',
    source: 'Nhật ký thanh toán hoặc nhập tay kèm tài liệu kiểm chứng.',
  },
  digitizedResults: {
    label: 'Kết quả giải quyết được số hóa',
    definition: 'Số hồ sơ giải quyết trong kỳ có kết quả được số hóa, ký số và lưu trong kho dữ liệu điện tử.',
    source: 'Kho kết quả điện tử của hệ thống.',
  },
  digitizedDossiers: {
    label: 'Hồ sơ được số hóa khi tiếp nhận',
    definition: 'Số hồ sơ tiếp nhận trong kỳ có thành phần hồ sơ được số hóa khi tiếp nhận.',
    source: 'Kho hồ sơ điện tử của hệ thống.',
  },
  complaints: {
    label: 'Phản ánh, kiến nghị về giải quyết TTHC',
    definition: 'Số phản ánh, kiến nghị hợp lệ về việc giải quyết TTHC hoặc thái độ của công chức nhận được trong kỳ.',
    source: 'Sổ theo dõi phản ánh, kiến nghị (PAKN) của hệ thống.',
  },
  surveyResponses: {
    label: 'Lượt đánh giá',
    definition: 'Số lượt người dân, tổ chức đánh giá việc giải quyết hồ sơ trong kỳ.',
    source: 'Phiếu khảo sát của hệ thống hoặc số liệu Cổng DVC quốc gia.',
  },
  satisfied: {
    label: 'Lượt đánh giá hài lòng',
    definition: 'Số lượt đánh giá ở mức hài lòng hoặc rất hài lòng.',
    source: 'Phiếu khảo sát của hệ thống hoặc số liệu Cổng DVC quốc gia.',
  },
};

/** Problems with the counts that make scoring meaningless (negative, fractional, missing), in Vietnamese. */
export function findInvalidKpi766Counts(counts: Kpi766Counts): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(KPI766_COUNTS) as Kpi766CountKey[]) {
    const value: unknown = counts[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      problems.push(`Số liệu «${KPI766_COUNTS[key].label}» (${key}) phải là số nguyên không âm, nhận được ${String(value)}.`);
    }
  }
  return problems;
}

/** Inconsistencies that do not stop scoring but should be fixed at the source, in Vietnamese. */
export function findKpi766CountWarnings(counts: Kpi766Counts): string[] {
  const warnings: string[] = [];
  const classified = counts.resolvedEarly + counts.resolvedOnTime + counts.late;
  if (classified !== counts.resolved) {
    warnings.push(
      `Trước hạn (${counts.resolvedEarly}) + đúng hạn (${counts.resolvedOnTime}) + trễ hạn (${counts.late}) = ${classified}, khác số hồ sơ đã giải quyết (${counts.resolved}).`,
    );
  }
  return warnings;
}
