// Criteria 7.5 and 7.6 of area 7 (seed 004): online public services, the one-stop electronic system and digitisation.
import { type CriterionData, NOT_FULL, proceduresOf, shares, yesNo, yesNoRule } from './hp-sgddt-2023-area7-shapes';

/** 7.5 and 7.6 of HP-SGDDT-2023, as seed 004 quotes them. */
export const CRITERIA_7_5_AND_7_6: CriterionData[] = [
  {
    code: '7.5',
    title: 'Thực hiện quy định về tiếp nhận hồ sơ và trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích',
    maxPoints: 0.8,
    responsibleUnits: ['VP', 'CAC-PHONG'],
    children: [
      {
        code: '7.5.1',
        title: 'Tỷ lệ TTHC có phát sinh hồ sơ tiếp nhận/trả kết quả giải quyết qua dịch vụ BCCI',
        maxPoints: 0.1,
        responsibleUnits: ['VP', 'CAC-PHONG'],
        inputs: [
          { key: 'withPostal', label: 'Số TTHC có phát sinh hồ sơ tiếp nhận/trả kết quả qua dịch vụ BCCI', type: 'number', unit: 'TTHC có hồ sơ qua BCCI' },
          proceduresOf('Số TTHC thuộc thẩm quyền giải quyết'),
        ],
        rule: {
          type: 'bands',
          value: { kind: 'ratio', numerator: 'withPostal', denominator: 'total' },
          bands: shares(0.1, 0.05, 0.75, 0.5),
          onNoData: 'insufficient',
        },
      },
      {
        code: '7.5.2',
        title: 'Tỷ lệ hồ sơ TTHC được tiếp nhận qua dịch vụ BCCI',
        maxPoints: 0.2,
        responsibleUnits: ['VP', 'CAC-PHONG'],
        inputs: [
          {
            key: 'postalReceived',
            label: 'Số hồ sơ tiếp nhận qua dịch vụ BCCI',
            type: 'number',
            unit: 'hồ sơ tiếp nhận qua BCCI',
            metric: 'dossiers.postalReceived',
          },
          { key: 'total', label: 'Tổng số hồ sơ TTHC tiếp nhận', type: 'number', unit: 'hồ sơ', metric: 'dossiers.received' },
        ],
        rule: {
          type: 'bands',
          value: { kind: 'ratio', numerator: 'postalReceived', denominator: 'total' },
          bands: shares(0.2, 0.1, 0.2, 0.15),
          onNoData: 'insufficient',
        },
      },
      {
        code: '7.5.3',
        title: 'Tỷ lệ hồ sơ TTHC trả kết quả qua dịch vụ BCCI',
        maxPoints: 0.5,
        responsibleUnits: ['VP', 'CAC-PHONG'],
        inputs: [
          {
            key: 'postalReturned',
            label: 'Số hồ sơ trả kết quả qua dịch vụ BCCI',
            type: 'number',
            unit: 'hồ sơ trả qua BCCI',
            metric: 'dossiers.postalReturned',
          },
          { key: 'total', label: 'Tổng số hồ sơ TTHC đã giải quyết', type: 'number', unit: 'hồ sơ', metric: 'dossiers.resolved' },
        ],
        rule: {
          type: 'bands',
          value: { kind: 'ratio', numerator: 'postalReturned', denominator: 'total' },
          bands: shares(0.5, 0.3, 0.2, 0.15),
          onNoData: 'insufficient',
        },
      },
    ],
  },
  {
    code: '7.6',
    title:
      'Thực hiện áp dụng, duy trì, cải tiến Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015 đối với tất cả các thủ tục hành chính được công bố theo quy định của pháp luật thuộc thẩm quyền giải quyết theo Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ',
    maxPoints: 2.5,
    responsibleUnits: ['VP', 'CAC-PHONG'],
    children: [
      {
        code: '7.6.1',
        title:
          'Áp dụng trên thực tế hệ thống văn bản, tài liệu và quy trình theo Hệ thống quản lý chất lượng do người đứng đầu sở, ban, ngành quyết định ban hành',
        maxPoints: 0.4,
        responsibleUnits: ['VP', 'CAC-PHONG'],
        inputs: yesNo('Thực hiện đúng, đầy đủ theo quy định', NOT_FULL),
        rule: yesNoRule(0.4),
      },
      {
        code: '7.6.2',
        title:
          'Công bố hoặc công bố lại (khi có sự điều chỉnh, mở rộng, thu hẹp phạm vi áp dụng) việc áp dụng Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015; có niêm yết tại trụ sở cơ quan và đăng tải trên Cổng thông tin điện tử thành phần của sở, ban, ngành trong hệ thống Cổng thông tin điện tử thành phố',
        maxPoints: 0.3,
        responsibleUnits: ['VP', 'CAC-PHONG'],
        inputs: yesNo('Thực hiện đúng, đầy đủ theo quy định', NOT_FULL),
        rule: yesNoRule(0.3),
      },
      {
        code: '7.6.3',
        title: 'Duy trì và cải tiến Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015',
        maxPoints: 1,
        responsibleUnits: ['VP', 'CAC-PHONG'],
        inputs: [
          {
            key: 'lawUpdates',
            label:
              'Cập nhật các thay đổi của văn bản quy phạm pháp luật liên quan đến hoạt động xử lý công việc vào Hệ thống quản lý chất lượng chậm nhất là ba tháng kể từ khi văn bản quy phạm pháp luật có hiệu lực thi hành',
            type: 'boolean',
          },
          {
            key: 'internalAudit',
            label:
              'Thực hiện đánh giá nội bộ và xem xét cải tiến của Lãnh đạo tối thiểu một năm một lần để bảo đảm phù hợp với yêu cầu của Tiêu chuẩn quốc gia TCVN ISO 9001:2015, quy định của pháp luật và thực tế tại đơn vị',
            type: 'boolean',
          },
        ],
        rule: {
          type: 'sum',
          items: [
            { input: 'lawUpdates', points: 0.5 },
            { input: 'internalAudit', points: 0.5 },
          ],
        },
      },
      {
        code: '7.6.4',
        title:
          'Hàng năm tổ chức bồi dưỡng, đào tạo, cập nhật kiến thức, thực tế áp dụng về xây dựng, áp dụng, duy trì, cải tiến Hệ thống quản lý chất lượng và nghiệp vụ kiểm tra cho cán bộ, công chức, viên chức',
        maxPoints: 0.3,
        responsibleUnits: ['VP', 'CAC-PHONG'],
        inputs: yesNo('Thực hiện đúng, đầy đủ', 'Không thực hiện hoặc thực hiện không đúng, không đầy đủ'),
        rule: yesNoRule(0.3),
      },
      {
        code: '7.6.5',
        title: 'Thực hiện việc nhận diện bối cảnh và xác định rủi ro',
        maxPoints: 0.5,
        responsibleUnits: ['VP', 'CAC-PHONG'],
        inputs: [
          {
            key: 'level',
            label: 'Mức thực hiện',
            type: 'level',
            levels: [
              { key: 'full', label: 'Thực hiện đúng, đầy đủ' },
              { key: 'partial', label: 'Có thực hiện nhưng không đầy đủ' },
              { key: 'none', label: 'Không thực hiện' },
            ],
          },
        ],
        rule: {
          type: 'level',
          input: 'level',
          points: [
            { level: 'full', points: 0.5 },
            { level: 'partial', points: 0.25 },
            { level: 'none', points: 0 },
          ],
        },
      },
    ],
  },
];
