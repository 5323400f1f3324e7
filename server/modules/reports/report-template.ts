import type { ReportSection } from '../../../contracts/reports';

/**
 * The department's periodic CCHC report template (seed 003, mục V.1.c; the sections follow the six
 * reform areas of the 2025 plan). It is data: the Office may publish a new version; windows keep the
 * version they were opened with. Rates that add up across units are collected as a numerator and a
 * denominator ('sum'), so a small school does not weigh as much as a district office.
 */
export const DEFAULT_TEMPLATE = {
  code: 'BC-CCHC',
  name: 'Báo cáo công tác cải cách hành chính định kỳ',
  sections: [
    {
      key: 'chi-dao',
      title: 'I. Công tác chỉ đạo, điều hành',
      indicators: [
        { key: 'planIssued', label: 'Đã ban hành kế hoạch CCHC năm (1 = có, 0 = không)', source: 'manual', aggregate: 'count' },
        { key: 'directiveDocs', label: 'Số văn bản chỉ đạo, điều hành về CCHC đã ban hành', source: 'manual', aggregate: 'sum', unit: 'văn bản' },
        { key: 'propagandaEvents', label: 'Số buổi tuyên truyền, phổ biến về CCHC', source: 'manual', aggregate: 'sum', unit: 'buổi' },
        {
          key: 'tasksOnTimeRate',
          label: 'Tỷ lệ nhiệm vụ CCHC hoàn thành đúng hạn',
          source: 'metric',
          metricKey: 'tasks.doneOnTimeRate',
          aggregate: 'mean',
          unit: '%',
        },
      ],
    },
    {
      key: 'the-che',
      title: 'II. Cải cách thể chế',
      indicators: [{ key: 'regulationsReviewed', label: 'Số văn bản quy phạm, nội bộ được rà soát', source: 'manual', aggregate: 'sum', unit: 'văn bản' }],
    },
    {
      key: 'tthc',
      title: 'III. Cải cách thủ tục hành chính',
      indicators: [
        { key: 'dossiersReceived', label: 'Số hồ sơ TTHC tiếp nhận trong kỳ', source: 'manual', aggregate: 'sum', unit: 'hồ sơ' },
        { key: 'dossiersOnTime', label: 'Số hồ sơ TTHC giải quyết đúng hạn', source: 'manual', aggregate: 'sum', unit: 'hồ sơ' },
        {
          key: 'dossiersOnTimeRate',
          label: 'Tỷ lệ hồ sơ giải quyết đúng hạn (hệ thống)',
          source: 'metric',
          metricKey: 'dossiers.onTimeRate',
          aggregate: 'mean',
          unit: '%',
        },
        { key: 'feedbackReceived', label: 'Số phản ánh, kiến nghị tiếp nhận', source: 'manual', aggregate: 'sum', unit: 'phản ánh' },
      ],
    },
    {
      key: 'to-chuc',
      title: 'IV. Cải cách tổ chức bộ máy',
      indicators: [{ key: 'staffTrained', label: 'Số lượt cán bộ được bồi dưỡng về CCHC', source: 'manual', aggregate: 'sum', unit: 'lượt' }],
    },
    {
      key: 'tai-chinh',
      title: 'V. Cải cách tài chính công',
      indicators: [{ key: 'cashlessRate', label: 'Tỷ lệ thu học phí không dùng tiền mặt', source: 'manual', aggregate: 'mean', unit: '%' }],
    },
    {
      key: 'chuyen-doi-so',
      title: 'VI. Xây dựng chính quyền điện tử, chuyển đổi số',
      indicators: [
        { key: 'digitalDocsRate', label: 'Tỷ lệ văn bản trao đổi dưới dạng điện tử', source: 'manual', aggregate: 'mean', unit: '%' },
        {
          key: 'satisfactionRate',
          label: 'Mức độ hài lòng của người dân (khảo sát)',
          source: 'metric',
          metricKey: 'surveys.satisfactionRate',
          aggregate: 'mean',
          unit: '%',
        },
      ],
    },
    { key: 'danh-gia', title: 'VII. Đánh giá chung, tồn tại, hạn chế và phương hướng kỳ tới', indicators: [] },
  ] satisfies ReportSection[],
};
