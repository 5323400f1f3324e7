// Area 7 (Xây dựng và phát triển chính quyền điện tử, chính quyền số) as seed 004 quotes it.
// 7.1.1, 7.1.2 and 7.1.5 are listed in the seed without points or scoring lines: they are placeholders.
import type { z } from 'zod';
import type { Criterion } from '../framework-schema';

type CriterionData = z.input<typeof Criterion>;

const yesNo = (full: string, none: string) => [
  {
    key: 'level',
    label: 'Mức thực hiện',
    type: 'level' as const,
    levels: [
      { key: 'full', label: full },
      { key: 'none', label: none },
    ],
  },
];
const yesNoRule = (points: number) => ({
  type: 'level' as const,
  input: 'level',
  points: [
    { level: 'full', points },
    { level: 'none', points: 0 },
  ],
});
const NOT_FULL = 'Không thực hiện hoặc thực hiện không đúng, không đầy đủ theo quy định';
const noRule =
  'Kế hoạch (seed 004) chỉ nêu tên tiêu chí, không nêu điểm tối đa và cách chấm: mục giữ chỗ, điểm tối đa 0 cho tới khi có Phụ lục II của UBND thành phố.';
const proceduresOf = (label: string) => ({ key: 'total', label, type: 'number' as const, unit: 'TTHC' });
const shares = (top: number, mid: number, edgeTop: number, edgeMid: number) => [
  { min: edgeTop, points: top },
  { min: edgeMid, max: edgeTop, points: mid },
  { max: edgeMid, points: 0 },
];

/** Area 7 of HP-SGDDT-2023: the criteria 7.1–7.7 of seed 004. */
export const AREA_7: CriterionData = {
  code: '7',
  title: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
  maxPoints: 10.8,
  responsibleUnits: ['VP', 'CAC-PHONG', 'DV-TRUC-THUOC', 'DV-LIEN-QUAN'],
  openCaseNote: 'Điểm tối đa 10,8 là tổng các tiêu chí có điểm mà Kế hoạch (seed 004) trích; 7.1.1, 7.1.2, 7.1.5 chưa có điểm.',
  children: [
    {
      code: '7.1',
      title: 'Ứng dụng công nghệ thông tin trong hoạt động quản lý, điều hành của cơ quan',
      maxPoints: 2,
      responsibleUnits: ['VP', 'CAC-PHONG', 'DV-LIEN-QUAN'],
      children: [
        {
          code: '7.1.1',
          title: 'Tỷ lệ thông tin hồ sơ giải quyết TTHC (tại bộ phận Một cửa) được cập nhật, luân chuyển xử lý trong hệ thống MCĐT-DVCTT',
          maxPoints: 0,
          responsibleUnits: ['CAC-PHONG'],
          placeholder: true,
          openCaseNote: noRule,
        },
        {
          code: '7.1.2',
          title: '100% TTHC trong hệ thống MCĐT-DVCTT được cập nhật quy trình điện tử',
          maxPoints: 0,
          responsibleUnits: ['CAC-PHONG'],
          placeholder: true,
          openCaseNote: noRule,
        },
        {
          code: '7.1.3',
          title: 'Tỷ lệ văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử',
          maxPoints: 1,
          responsibleUnits: ['CAC-PHONG', 'DV-LIEN-QUAN'],
          inputs: [
            { key: 'a', label: 'Tổng số văn bản đi (trừ văn bản mật)', type: 'number', unit: 'văn bản đi' },
            { key: 'b', label: 'Số văn bản đi được gửi hoàn toàn dưới dạng điện tử', type: 'number', unit: 'văn bản gửi hoàn toàn điện tử' },
            {
              key: 'c',
              label: 'Số văn bản đi được gửi dưới dạng điện tử song song với văn bản giấy',
              type: 'number',
              unit: 'văn bản gửi song song điện tử và giấy',
            },
          ],
          rule: { type: 'formula', expr: '(b / a) × 1.0 + (c / a) × 0.5', onNoData: 'insufficient' },
          openCaseNote: 'Không có văn bản đi (a = 0): hệ thống ghi "chưa đủ dữ liệu". b + c không được vượt a; nếu số liệu vượt, điểm bị giới hạn ở 1.',
        },
        {
          code: '7.1.4',
          title: 'Tỷ lệ văn bản điện tử ký số cá nhân',
          maxPoints: 1,
          responsibleUnits: ['CAC-PHONG', 'DV-LIEN-QUAN'],
          inputs: [
            { key: 'signed', label: 'Số văn bản điện tử được ký số cá nhân', type: 'number', unit: 'văn bản ký số' },
            { key: 'total', label: 'Tổng số văn bản điện tử', type: 'number', unit: 'văn bản' },
          ],
          rule: {
            type: 'bands',
            value: { kind: 'ratio', numerator: 'signed', denominator: 'total' },
            bands: [
              { min: 0.8, points: 1 },
              { min: 0.6, max: 0.8, points: 0.5 },
              { min: 0.4, max: 0.6, points: 0.25 },
              { max: 0.4, points: 0 },
            ],
            onNoData: 'insufficient',
          },
          openCaseNote: 'Không có văn bản điện tử (tổng = 0): hệ thống ghi "chưa đủ dữ liệu".',
        },
        {
          code: '7.1.5',
          title: 'Tỷ lệ hoàn thành Kế hoạch chuyển đổi số trong năm của đơn vị',
          maxPoints: 0,
          responsibleUnits: ['VP'],
          placeholder: true,
          openCaseNote: noRule,
        },
      ],
    },
    {
      code: '7.2',
      title: 'Cung cấp các loại thông tin phục vụ người dân và doanh nghiệp',
      maxPoints: 0.9,
      responsibleUnits: ['VP', 'CAC-PHONG'],
      inputs: [
        { key: 'decree43', label: 'Cung cấp các loại thông tin chủ yếu theo Nghị định số 43/2011/NĐ-CP ngày 13/6/2011 của Chính phủ', type: 'boolean' },
        { key: 'accessLaw', label: 'Cung cấp thông tin theo Luật Tiếp cận thông tin', type: 'boolean' },
        {
          key: 'spokesperson',
          label:
            'Cung cấp danh sách người phát ngôn báo chí và đầu mối tiếp nhận yêu cầu cung cấp thông tin theo Luật Tiếp cận thông tin trên Cổng thông tin điện tử',
          type: 'boolean',
        },
      ],
      rule: {
        type: 'sum',
        items: [
          { input: 'decree43', points: 0.5 },
          { input: 'accessLaw', points: 0.3 },
          { input: 'spokesperson', points: 0.1 },
        ],
      },
    },
    {
      code: '7.3',
      title:
        'Cung cấp thông tin chỉ đạo điều hành của các cấp lãnh đạo kịp thời trên Cổng thông tin điện tử của đơn vị (hàng ngày: 0,5 điểm, hàng tuần: 0,3 điểm, hàng tháng: 0,2 điểm)',
      maxPoints: 0.5,
      responsibleUnits: ['VP', 'CAC-PHONG', 'DV-TRUC-THUOC'],
      inputs: [{ key: 'posts', label: 'Số tin, bài chỉ đạo điều hành đăng trên Cổng thông tin điện tử trong năm', type: 'number', unit: 'tin, bài' }],
      rule: {
        type: 'bands',
        value: { kind: 'input', key: 'posts' },
        bands: [
          { min: 200, lowerExclusive: true, points: 0.5 },
          { min: 52, max: 200, upperInclusive: true, points: 0.3 },
          { min: 12, max: 52, points: 0.2 },
          { max: 12, points: 0 },
        ],
        onNoData: 'insufficient',
      },
      openCaseNote:
        'Bộ chỉ số ghi "Trên 200 tin, bài: 0,5" và "Từ 52 – 199: 0,3", nên đúng 200 tin, bài không thuộc mức nào: hệ thống tính 0,3 điểm, vì 200 chưa "trên 200".',
    },
    {
      code: '7.4',
      title: 'Cung cấp dịch vụ công trực tuyến',
      maxPoints: 2.6,
      responsibleUnits: ['CAC-PHONG', 'DV-LIEN-QUAN'],
      children: [
        {
          code: '7.4.1',
          title: 'Tỷ lệ TTHC cung cấp trực tuyến mức độ 3,4 có phát sinh hồ sơ trong năm',
          maxPoints: 0.1,
          responsibleUnits: ['CAC-PHONG', 'DV-LIEN-QUAN'],
          inputs: [
            {
              key: 'withDossiers',
              label: 'Số TTHC trực tuyến mức độ 3, 4 có phát sinh hồ sơ trực tuyến trong năm',
              type: 'number',
              unit: 'TTHC có phát sinh hồ sơ',
            },
            proceduresOf('Số TTHC cung cấp trực tuyến mức độ 3, 4'),
          ],
          rule: {
            type: 'bands',
            value: { kind: 'ratio', numerator: 'withDossiers', denominator: 'total' },
            bands: [
              { min: 0.6, points: 0.1 },
              { max: 0.6, points: 0 },
            ],
            onNoData: 'zero',
          },
          openCaseNote:
            'Mẫu số là số TTHC cung cấp trực tuyến mức độ 3, 4 (nay là "một phần" và "toàn trình" theo Nghị định 42/2022/NĐ-CP). Không có TTHC trực tuyến nào: 0 điểm.',
        },
        {
          code: '7.4.2',
          title: 'Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3 và 4',
          maxPoints: 2.5,
          responsibleUnits: ['CAC-PHONG', 'DV-LIEN-QUAN'],
          inputs: [
            {
              key: 'onlineSubmitted',
              label: 'Số hồ sơ TTHC được tiếp nhận, xử lý trực tuyến',
              type: 'number',
              unit: 'hồ sơ trực tuyến',
              metric: 'dossiers.onlineSubmitted',
            },
            { key: 'total', label: 'Tổng số hồ sơ TTHC tiếp nhận trong năm', type: 'number', unit: 'hồ sơ', metric: 'dossiers.received' },
          ],
          rule: {
            type: 'linearAboveFloor',
            value: { kind: 'ratio', numerator: 'onlineSubmitted', denominator: 'total' },
            floor: 0.4,
            factor: 2.5,
            fullFrom: { min: 0.8, points: 2.5 },
            onNoData: 'insufficient',
          },
          openCaseNote:
            'Không có hồ sơ tiếp nhận (tổng = 0): hệ thống ghi "chưa đủ dữ liệu". Từ 80% trở lên được 2,5 điểm dù công thức tỷ lệ × 2,5 cho ít hơn, như bộ chỉ số nêu.',
        },
      ],
    },
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
    {
      code: '7.7',
      title: 'Thực hiện giải quyết các TTHC theo tiêu chuẩn TCVN ISO 9001:2015',
      maxPoints: 1.5,
      responsibleUnits: ['VP', 'CAC-PHONG'],
      children: [
        {
          code: '7.7.1',
          title: 'Xây dựng và áp dụng theo tiêu chuẩn TCVN ISO 9001:2015',
          maxPoints: 0.5,
          responsibleUnits: ['VP', 'CAC-PHONG'],
          inputs: [
            { key: 'isoApplied', label: 'Số TTHC được xây dựng và áp dụng theo TCVN ISO 9001:2015', type: 'number', unit: 'TTHC áp dụng ISO' },
            proceduresOf('Số TTHC thuộc thẩm quyền giải quyết'),
          ],
          rule: {
            type: 'bands',
            value: { kind: 'ratio', numerator: 'isoApplied', denominator: 'total' },
            bands: [
              { min: 1, points: 0.5 },
              { max: 1, points: 0 },
            ],
            onNoData: 'insufficient',
          },
        },
        {
          code: '7.7.2',
          title: 'Hồ sơ giải quyết TTHC đúng quy trình ISO',
          maxPoints: 1,
          responsibleUnits: ['VP', 'CAC-PHONG'],
          inputs: [
            { key: 'isoCompliant', label: 'Số hồ sơ giải quyết đúng quy trình ISO', type: 'number', unit: 'hồ sơ đúng quy trình ISO' },
            { key: 'total', label: 'Tổng số hồ sơ phải giải quyết theo TTHC', type: 'number', unit: 'hồ sơ' },
          ],
          rule: {
            type: 'bands',
            value: { kind: 'ratio', numerator: 'isoCompliant', denominator: 'total' },
            bands: shares(1, 0.5, 1, 0.95),
            onNoData: 'insufficient',
          },
        },
      ],
    },
  ],
};
