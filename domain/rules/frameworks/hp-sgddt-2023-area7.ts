// Area 7 (Xây dựng và phát triển chính quyền điện tử, chính quyền số) as seed 004 quotes it.
// 7.1.1, 7.1.2 and 7.1.5 are listed in the seed without points or scoring lines: they are placeholders.
import { type CriterionData, noRule, proceduresOf, shares } from './hp-sgddt-2023-area7-shapes';
import { CRITERIA_7_5_AND_7_6 } from './hp-sgddt-2023-area7-services';

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
    ...CRITERIA_7_5_AND_7_6,
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
