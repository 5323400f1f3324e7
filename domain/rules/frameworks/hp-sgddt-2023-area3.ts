// Area 3 (Cải cách thủ tục hành chính) of Hải Phòng's PAR Index for departments, as seed 004 quotes it.
// Wording, maxima and divisions are the seed's; the rule shapes are how its lines read as data.
import type { z } from 'zod';
import type { Criterion } from '../framework-schema';

type CriterionData = z.input<typeof Criterion>;

const procedures = { key: 'total', label: 'Số TTHC thuộc thẩm quyền giải quyết của đơn vị', type: 'number', unit: 'TTHC' } as const;
const allOrNothing = (points: number) => [
  { min: 1, points },
  { max: 1, points: 0 },
];

/** Area 3 of HP-SGDDT-2023: the criteria 3.1–3.5 of seed 004. */
export const AREA_3: CriterionData = {
  code: '3',
  title: 'Cải cách thủ tục hành chính (TTHC)',
  maxPoints: 7.75,
  responsibleUnits: ['VP', 'TTr', 'CAC-PHONG', 'DV-TRUC-THUOC', 'DV-LIEN-QUAN'],
  openCaseNote: 'Điểm tối đa 7,75 là tổng các tiêu chí 3.1–3.5 mà Kế hoạch (seed 004) trích; chưa đối chiếu với Phụ lục II của Quyết định của UBND thành phố.',
  children: [
    {
      code: '3.1',
      title: 'Công tác chỉ đạo, điều hành về kiểm soát TTHC',
      maxPoints: 0.25,
      responsibleUnits: ['VP'],
      inputs: [
        {
          key: 'level',
          label: 'Mức thực hiện',
          type: 'level',
          levels: [
            { key: 'done', label: 'Thực hiện các nhiệm vụ đã đề ra theo Kế hoạch kiểm soát TTHC' },
            { key: 'notDone', label: 'Không ban hành Kế hoạch hoặc có ban hành nhưng không đảm bảo thời gian hoặc không hoàn thành các nhiệm vụ đã đề ra' },
          ],
        },
      ],
      rule: {
        type: 'level',
        input: 'level',
        points: [
          { level: 'done', points: 0.25 },
          { level: 'notDone', points: 0 },
        ],
      },
    },
    {
      code: '3.2',
      title: 'Xử lý các vấn đề phát hiện qua rà soát, đánh giá TTHC thuộc thẩm quyền',
      maxPoints: 0.5,
      responsibleUnits: ['CAC-PHONG', 'DV-TRUC-THUOC'],
      inputs: [
        {
          key: 'level',
          label: 'Mức thực hiện',
          type: 'level',
          levels: [
            { key: 'full', label: 'Tổ chức rà soát, đánh giá TTHC và xử lý hoặc kiến nghị xử lý 100% số vấn đề phát hiện qua rà soát' },
            { key: 'partial', label: 'Báo cáo chậm hoặc có dưới 100% số vấn đề phát hiện qua rà soát được xử lý hoặc kiến nghị xử lý' },
            { key: 'none', label: 'Không tổ chức thực hiện rà soát, đánh giá TTHC hoặc không có báo cáo' },
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
    {
      code: '3.3',
      title: 'Công bố, công khai TTHC',
      maxPoints: 2,
      responsibleUnits: ['VP', 'CAC-PHONG'],
      children: [
        {
          code: '3.3.1',
          title: 'Trình công bố danh mục TTHC thuộc thẩm quyền giải quyết của các cấp chính quyền trên địa bàn thành phố',
          maxPoints: 0.5,
          responsibleUnits: ['VP', 'CAC-PHONG'],
          inputs: [
            {
              key: 'level',
              label: 'Mức thực hiện',
              type: 'level',
              levels: [
                { key: 'fullTimely', label: 'Đầy đủ, kịp thời theo quy định' },
                { key: 'fullLate', label: 'Đầy đủ nhưng không kịp thời theo quy định' },
                { key: 'none', label: 'Không đầy đủ, không kịp thời theo quy định' },
              ],
            },
          ],
          rule: {
            type: 'level',
            input: 'level',
            points: [
              { level: 'fullTimely', points: 0.5 },
              { level: 'fullLate', points: 0.25 },
              { level: 'none', points: 0 },
            ],
          },
          openCaseNote:
            'Bộ chỉ số không nêu trường hợp "kịp thời nhưng không đầy đủ": hệ thống xếp vào mức "Không đầy đủ" (0 điểm) vì hai mức có điểm đều đòi hỏi đầy đủ.',
        },
        {
          code: '3.3.2',
          title: 'Công bố quy trình nội bộ giải quyết TTHC',
          maxPoints: 0.5,
          responsibleUnits: ['VP', 'CAC-PHONG', 'DV-TRUC-THUOC'],
          inputs: [
            { key: 'published', label: 'Số TTHC đã được công bố quy trình nội bộ', type: 'number', unit: 'TTHC được công bố quy trình nội bộ' },
            procedures,
          ],
          rule: { type: 'bands', value: { kind: 'ratio', numerator: 'published', denominator: 'total' }, bands: allOrNothing(0.5), onNoData: 'insufficient' },
        },
        {
          code: '3.3.3',
          title: 'Công khai TTHC đầy đủ, kịp thời, đúng quy định tại nơi tiếp nhận, giải quyết TTHC',
          maxPoints: 0.25,
          responsibleUnits: ['VP', 'CAC-PHONG', 'DV-TRUC-THUOC'],
          inputs: [
            {
              key: 'public',
              label: 'Số TTHC được công khai đầy đủ, kịp thời, đúng quy định tại nơi tiếp nhận',
              type: 'number',
              unit: 'TTHC được công khai tại nơi tiếp nhận',
            },
            procedures,
          ],
          rule: { type: 'bands', value: { kind: 'ratio', numerator: 'public', denominator: 'total' }, bands: allOrNothing(0.25), onNoData: 'insufficient' },
        },
        {
          code: '3.3.4',
          title: 'Công khai TTHC đầy đủ, kịp thời, đúng quy định trên Cổng thông tin điện tử của đơn vị',
          maxPoints: 0.25,
          responsibleUnits: ['VP', 'CAC-PHONG', 'DV-TRUC-THUOC'],
          inputs: [
            {
              key: 'public',
              label: 'Số TTHC được công khai đầy đủ, kịp thời, đúng quy định trên Cổng thông tin điện tử',
              type: 'number',
              unit: 'TTHC được công khai trên Cổng TTĐT',
            },
            procedures,
          ],
          rule: { type: 'bands', value: { kind: 'ratio', numerator: 'public', denominator: 'total' }, bands: allOrNothing(0.25), onNoData: 'insufficient' },
        },
        {
          code: '3.3.5',
          title: 'Niêm yết công khai địa chỉ tiếp nhận phản ánh kiến nghị, số điện thoại đường dây nóng về thủ tục hành chính tại Bộ phận Một cửa',
          maxPoints: 0.25,
          responsibleUnits: ['VP'],
          inputs: [
            {
              key: 'level',
              label: 'Mức thực hiện',
              type: 'level',
              levels: [
                { key: 'full', label: 'Thực hiện đầy đủ' },
                { key: 'notFull', label: 'Thực hiện không đầy đủ' },
              ],
            },
          ],
          rule: {
            type: 'level',
            input: 'level',
            points: [
              { level: 'full', points: 0.25 },
              { level: 'notFull', points: 0 },
            ],
          },
        },
        {
          code: '3.3.6',
          title: 'Công khai, niêm yết danh sách công chức, viên chức làm việc tại Bộ phận Một cửa',
          maxPoints: 0.25,
          responsibleUnits: ['VP', 'CAC-PHONG'],
          inputs: [
            {
              key: 'level',
              label: 'Mức thực hiện',
              type: 'level',
              levels: [
                { key: 'full', label: 'Thực hiện niêm yết đầy đủ, đảm bảo đúng quy định' },
                { key: 'notFull', label: 'Không thực hiện, hoặc thực hiện chưa đầy đủ, chưa đúng quy định' },
              ],
            },
          ],
          rule: {
            type: 'level',
            input: 'level',
            points: [
              { level: 'full', points: 0.25 },
              { level: 'notFull', points: 0 },
            ],
          },
          openCaseNote:
            'Bộ chỉ số chỉ nêu "đầy đủ, đúng quy định: 0,25" và "Không thực hiện: 0"; có thực hiện nhưng chưa đầy đủ được tính 0 điểm vì không đạt điều kiện của mức 0,25.',
        },
      ],
    },
    {
      code: '3.4',
      title: 'Thực hiện cơ chế một cửa, một cửa liên thông',
      maxPoints: 4,
      responsibleUnits: ['VP', 'TTr', 'CAC-PHONG', 'DV-LIEN-QUAN'],
      children: [
        {
          code: '3.4.1',
          title: 'Tỷ lệ TTHC thuộc thẩm quyền giải quyết được tiếp nhận, thực hiện theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa',
          maxPoints: 0.5,
          responsibleUnits: ['CAC-PHONG', 'DV-LIEN-QUAN'],
          inputs: [
            { key: 'oneStop', label: 'Số TTHC được tiếp nhận, thực hiện tại Bộ phận Một cửa', type: 'number', unit: 'TTHC tiếp nhận tại Bộ phận Một cửa' },
            procedures,
          ],
          rule: { type: 'bands', value: { kind: 'ratio', numerator: 'oneStop', denominator: 'total' }, bands: allOrNothing(0.5), onNoData: 'insufficient' },
        },
        {
          code: '3.4.2',
          title: 'Kết quả giải quyết hồ sơ TTHC',
          maxPoints: 1.5,
          responsibleUnits: ['CAC-PHONG', 'DV-LIEN-QUAN'],
          inputs: [
            {
              key: 'onTime',
              label: 'Số hồ sơ TTHC trong năm được giải quyết đúng hạn',
              type: 'number',
              unit: 'hồ sơ đúng hạn',
              metric: 'dossiers.resolvedOnTime',
            },
            { key: 'total', label: 'Tổng số hồ sơ TTHC đã giải quyết trong năm', type: 'number', unit: 'hồ sơ', metric: 'dossiers.resolved' },
          ],
          rule: {
            type: 'linearAboveFloor',
            value: { kind: 'ratio', numerator: 'onTime', denominator: 'total' },
            floor: 0.95,
            factor: 1.5,
            onNoData: 'insufficient',
          },
          openCaseNote:
            'Không có hồ sơ giải quyết trong năm (tổng = 0): bộ chỉ số không nêu; hệ thống ghi "chưa đủ dữ liệu" và không tự cho điểm, để hội đồng thẩm định quyết định. Mẫu số là hồ sơ đã giải quyết xong trong năm (hồ sơ đang giải quyết chưa tính).',
        },
        {
          code: '3.4.3',
          title: 'Thực hiện xin lỗi công khai khi giải quyết hồ sơ TTHC quá hạn',
          maxPoints: 0.5,
          responsibleUnits: ['CAC-PHONG', 'DV-LIEN-QUAN'],
          inputs: [
            {
              key: 'lateWithApology',
              label: 'Số hồ sơ quá hạn đã được công khai xin lỗi đầy đủ, đúng hạn',
              type: 'number',
              unit: 'hồ sơ quá hạn đã xin lỗi',
              metric: 'dossiers.lateWithApology',
            },
            { key: 'late', label: 'Số hồ sơ TTHC giải quyết quá hạn', type: 'number', unit: 'hồ sơ quá hạn', metric: 'dossiers.late' },
          ],
          rule: { type: 'bands', value: { kind: 'ratio', numerator: 'lateWithApology', denominator: 'late' }, bands: allOrNothing(0.5), onNoData: 'full' },
          openCaseNote: 'Không có hồ sơ quá hạn: đủ 0,5 điểm, vì bộ chỉ số chỉ cho 0 điểm khi "có hồ sơ TTHC giải quyết quá hạn chưa được công khai xin lỗi".',
        },
        {
          code: '3.4.4',
          title: 'Đánh giá chất lượng giải quyết TTHC của cơ quan, đơn vị',
          maxPoints: 1,
          responsibleUnits: ['CAC-PHONG', 'DV-LIEN-QUAN'],
          inputs: [
            {
              key: 'level',
              label: 'Mức đánh giá',
              type: 'level',
              levels: [
                { key: 'excellent', label: 'Mức xuất sắc' },
                { key: 'good', label: 'Mức tốt' },
                { key: 'fair', label: 'Mức khá' },
                { key: 'averageOrWeak', label: 'Mức trung bình, yếu' },
              ],
            },
          ],
          rule: {
            type: 'level',
            input: 'level',
            points: [
              { level: 'excellent', points: 1 },
              { level: 'good', points: 0.5 },
              { level: 'fair', points: 0.25 },
              { level: 'averageOrWeak', points: 0 },
            ],
          },
        },
        {
          code: '3.4.5',
          title: 'Xử lý phản ánh, kiến nghị của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết',
          maxPoints: 0.5,
          responsibleUnits: ['VP', 'TTr', 'CAC-PHONG'],
          inputs: [
            { key: 'handled', label: 'Số phản ánh, kiến nghị đã xử lý', type: 'number', unit: 'phản ánh, kiến nghị được xử lý', metric: 'feedback.handled' },
            { key: 'received', label: 'Số phản ánh, kiến nghị nhận được', type: 'number', unit: 'phản ánh, kiến nghị', metric: 'feedback.received' },
          ],
          rule: {
            type: 'bands',
            value: { kind: 'ratio', numerator: 'handled', denominator: 'received' },
            bands: [
              { min: 1, points: 0.5 },
              { min: 0.9, max: 1, points: 0.25 },
              { max: 0.9, points: 0 },
            ],
            onNoData: 'full',
          },
          openCaseNote: 'Không có phản ánh, kiến nghị: đủ 0,5 điểm, như bộ chỉ số nêu ("Không có phản ánh, kiến nghị hoặc … xử lý 100%: 0,5").',
        },
      ],
    },
    {
      code: '3.5',
      title: 'Số hóa kết quả giải quyết thủ tục hành chính',
      maxPoints: 1,
      responsibleUnits: ['CAC-PHONG', 'DV-LIEN-QUAN'],
      inputs: [
        {
          key: 'digitized',
          label: 'Số hồ sơ có kết quả giải quyết được số hóa',
          type: 'number',
          unit: 'kết quả được số hóa',
          metric: 'dossiers.digitizedResults',
        },
        { key: 'total', label: 'Tổng số hồ sơ TTHC đã giải quyết', type: 'number', unit: 'hồ sơ', metric: 'dossiers.resolved' },
      ],
      rule: {
        type: 'linearAboveFloor',
        value: { kind: 'ratio', numerator: 'digitized', denominator: 'total' },
        floor: 0.7,
        factor: 1,
        onNoData: 'insufficient',
      },
      openCaseNote:
        'Không có hồ sơ giải quyết (tổng = 0): bộ chỉ số không nêu; hệ thống ghi "chưa đủ dữ liệu" và không tự cho điểm. Mẫu số là hồ sơ đã giải quyết (có kết quả) trong năm.',
    },
  ],
};
