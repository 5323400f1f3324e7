import { describe, expect, it } from 'vitest';
import { normalizeProcedureRow, PROCEDURE_COLUMNS as C } from './procedure-row';

const good = {
  [C.code]: '1.005092', [C.name]: 'Cấp bản sao văn bằng', [C.field]: 'Văn bằng, chứng chỉ', [C.level]: 'Tỉnh', [C.time]: '8 giờ làm việc',
  [C.fee]: '50.000', [C.online]: 'Toàn trình', [C.legacy]: 'Mức độ 4', [C.unitName]: 'Phòng Khảo thí', [C.unitCode]: 'KTKDCLGD', [C.channels]: '1, 2', [C.published]: 'Có',
};

describe('normalizeProcedureRow', () => {
  it('reads the columns the export writes', () => {
    const r = normalizeProcedureRow(good, 2);
    expect(r).toEqual({ ok: true, value: { code: '1.005092', name: 'Cấp bản sao văn bằng', field: 'Văn bằng, chứng chỉ', level: 'province', workingDays: null, workingHours: 8, fee: 50000, onlineLevel: 'full', legacyLevel: 'Mức độ 4', unitRef: { code: 'KTKDCLGD' }, channels: [1, 2], published: true } });
    const days = normalizeProcedureRow({ ...good, [C.time]: '5 ngày làm việc', [C.unitCode]: '', [C.channels]: '', [C.online]: 'Không', [C.published]: 'Không' }, 3);
    expect(days.ok && days.value).toMatchObject({ workingDays: 5, workingHours: null, unitRef: { name: 'Phòng Khảo thí' }, channels: [1, 3], published: false });
  });

  it('names the row and column of every problem', () => {
    const r = normalizeProcedureRow({ ...good, [C.level]: 'Trung ương', [C.time]: 'sớm', [C.fee]: 'miễn', [C.online]: 'Không', [C.channels]: '1,2' }, 7);
    expect(r.ok).toBe(false);
    const messages = !r.ok ? r.problems.map((p) => p.message) : [];
    expect(messages).toEqual([
      "Dòng 7, cột 'Cấp thực hiện': \"Trung ương\" không phải Tỉnh, Huyện hoặc Xã.",
      "Dòng 7, cột 'Thời hạn': \"sớm\" không phải thời hạn; ghi ví dụ \"5 ngày làm việc\" hoặc \"8 giờ làm việc\".",
      "Dòng 7, cột 'Phí, lệ phí (đồng)': \"miễn\" không phải số tiền (đồng), ghi ví dụ 50000 hoặc 0.",
      "Dòng 7, cột 'Kênh tiếp nhận': thủ tục không có DVC trực tuyến thì không nhận kênh 2 (trực tuyến).",
    ]);
  });
});
