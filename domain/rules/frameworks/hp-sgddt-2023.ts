// Hải Phòng's PAR Index for departments, 2023, as far as seed 004 quotes it (areas 3, 7 and 8).
// The other areas exist in the province's set but their criteria and maxima are not in our sources:
// they are placeholders with maximum 0, and the framework is marked partial, so `total` is of the shipped part.
import type { z } from 'zod';
import { Framework, type Criterion } from '../framework-schema';
import { AREA_3 } from './hp-sgddt-2023-area3';
import { AREA_7 } from './hp-sgddt-2023-area7';

type CriterionData = z.input<typeof Criterion>;

const AREA_8: CriterionData = {
  code: '8',
  title: 'Mức độ hoàn thành các nhiệm vụ được giao trong Chương trình công tác năm của UBND thành phố',
  maxPoints: 5,
  responsibleUnits: ['CAC-PHONG', 'DV-LIEN-QUAN'],
  children: [
    {
      code: '8.1',
      title: 'Số lượng nhiệm vụ được giao hoàn thành trong Chương trình công tác năm của UBND thành phố',
      maxPoints: 2.5,
      responsibleUnits: ['CAC-PHONG', 'DV-LIEN-QUAN'],
      inputs: [
        { key: 'done', label: 'Số nhiệm vụ hoàn thành', type: 'number', unit: 'nhiệm vụ hoàn thành', metric: 'tasks.done' },
        { key: 'assigned', label: 'Số nhiệm vụ được giao', type: 'number', unit: 'nhiệm vụ', metric: 'tasks.assigned' },
      ],
      rule: { type: 'formula', expr: 'done / assigned × 2.5', onNoData: 'insufficient', raise: { key: 'done', upTo: 'assigned' } },
      openCaseNote:
        'Mẫu số (được giao): mọi nhiệm vụ UBND thành phố giao cho Sở trong Chương trình công tác năm, kể cả nhiệm vụ không có thời hạn ("thường xuyên", "cả năm") và nhiệm vụ chưa hoàn thành; chỉ loại nhiệm vụ đã được UBND thành phố cho rút hoặc lùi sang năm sau bằng văn bản. Tử số (hoàn thành): nhiệm vụ đã hoàn thành, dù đúng hạn, trễ hạn hay không có hạn. Không được giao nhiệm vụ nào: "chưa đủ dữ liệu", hội đồng thẩm định quyết định.',
    },
    {
      code: '8.2',
      title: 'Số lượng nhiệm vụ được giao hoàn thành đúng thời hạn trong Chương trình công tác năm của UBND thành phố',
      maxPoints: 2.5,
      responsibleUnits: ['CAC-PHONG', 'DV-LIEN-QUAN'],
      inputs: [
        { key: 'onTime', label: 'Số nhiệm vụ hoàn thành đúng thời hạn', type: 'number', unit: 'nhiệm vụ hoàn thành đúng hạn', metric: 'tasks.doneOnTime' },
        { key: 'assigned', label: 'Số nhiệm vụ được giao', type: 'number', unit: 'nhiệm vụ', metric: 'tasks.assigned' },
      ],
      rule: { type: 'formula', expr: 'onTime / assigned × 2.5', onNoData: 'insufficient', raise: { key: 'onTime', upTo: 'assigned' } },
      openCaseNote:
        'Mẫu số như 8.1 (mọi nhiệm vụ được giao, kể cả nhiệm vụ không có thời hạn). Tử số: chỉ nhiệm vụ có thời hạn và hoàn thành không muộn hơn thời hạn; nhiệm vụ không có thời hạn dù đã hoàn thành không tính là đúng hạn (như cách Kế hoạch của Sở GD&ĐT Bến Tre, seed 002, tách "đúng hạn" và "không có thời hạn"). Đây là quy ước của hệ thống; nếu thành phố quy định khác, sửa dữ liệu tiêu chí.',
    },
  ],
};

const placeholderArea = (code: string, title: string): CriterionData => ({
  code,
  title,
  maxPoints: 0,
  responsibleUnits: [],
  placeholder: true,
  source: 'Tên lĩnh vực theo thứ tự chung của Bộ chỉ số CCHC; chưa đối chiếu Phụ lục II của Quyết định của UBND thành phố',
  openCaseNote:
    'Lĩnh vực có trong Bộ chỉ số của thành phố nhưng Kế hoạch (seed 004) không trích: chưa có tiêu chí và điểm tối đa (ghi 0), không tính vào tổng điểm.',
});

const RAW: z.input<typeof Framework> = {
  code: 'HP-SGDDT-2023',
  name: 'Bộ chỉ số cải cách hành chính của Sở Giáo dục và Đào tạo Hải Phòng năm 2023 (phần lĩnh vực 3, 7, 8)',
  year: 2023,
  version: 1,
  partial: true,
  description:
    'Tiêu chí của lĩnh vực 3, 7, 8 theo Phụ lục II Bộ chỉ số CCHC các sở, ban, ngành (Quyết định số 3087/QĐ-UBND ngày 21/9/2022 của UBND thành phố; văn bản nguồn cũng ghi số 3078/QĐ-UBND), như Kế hoạch nâng cao ứng dụng CNTT trong thực hiện TTHC năm 2023 của Sở GD&ĐT Hải Phòng trích dẫn. ' +
    'Tổng điểm tối đa 23,55 chỉ là của phần đã có (lĩnh vực 3: 7,75; lĩnh vực 7: 10,8; lĩnh vực 8: 5), không phải thang điểm 100 của cả Bộ chỉ số. ' +
    'Hai nội dung về phân cấp quản lý (kiểm tra phân cấp cho cấp huyện, cấp xã: 0,5; xử lý vấn đề phân cấp phát hiện qua thanh tra, kiểm tra: 0,5) xuất hiện trong văn bản nguồn nhưng không có mã tiêu chí nên chưa đưa vào.',
  areas: [
    placeholderArea('1', 'Công tác chỉ đạo, điều hành cải cách hành chính'),
    placeholderArea('2', 'Cải cách thể chế'),
    AREA_3,
    placeholderArea('4', 'Cải cách tổ chức bộ máy hành chính nhà nước'),
    placeholderArea('5', 'Cải cách chế độ công vụ'),
    placeholderArea('6', 'Cải cách tài chính công'),
    AREA_7,
    AREA_8,
  ],
};

/** The HP-SGDDT-2023 framework, validated at load so a data mistake fails loudly in tests, not in a score. */
export const HP_SGDDT_2023: Framework = Framework.parse(RAW);
