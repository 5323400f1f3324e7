import { describe, expect, it } from 'vitest';
import { normalizeProcedureRow, procedureFlagConflicts, PROCEDURE_COLUMNS as C } from './procedure-row';

const good = {
  [C.code]: '1.005092',
  [C.name]: 'Cấp bản sao văn bằng',
  [C.field]: 'Văn bằng, chứng chỉ',
  [C.level]: 'Tỉnh',
  [C.time]: '8 giờ làm việc',
  [C.fee]: '50.000',
  [C.online]: 'Toàn trình',
  [C.legacy]: 'Mức độ 4',
  [C.unitName]: 'Phòng Khảo thí',
  [C.unitCode]: 'KTKDCLGD',
  [C.channels]: '1, 2',
  [C.published]: 'Có',
  [C.onlinePayment]: 'Có',
  [C.fullyOnlineEligible]: 'Có',
};

describe('normalizeProcedureRow', () => {
  it('reads the columns the export writes', () => {
    const r = normalizeProcedureRow(good, 2);
    expect(r).toEqual({
      ok: true,
      value: {
        code: '1.005092',
        name: 'Cấp bản sao văn bằng',
        field: 'Văn bằng, chứng chỉ',
        level: 'province',
        workingDays: null,
        workingHours: 8,
        fee: 50000,
        onlineLevel: 'full',
        legacyLevel: 'Mức độ 4',
        unitRef: { code: 'KTKDCLGD' },
        channels: [1, 2],
        published: true,
        onlinePayment: true,
        fullyOnlineEligible: true,
      },
    });
    const days = normalizeProcedureRow(
      { ...good, [C.time]: '5 ngày làm việc', [C.unitCode]: '', [C.channels]: '', [C.online]: 'Không', [C.published]: 'Không' },
      3,
    );
    expect(days.ok && days.value).toMatchObject({
      workingDays: 5,
      workingHours: null,
      unitRef: { name: 'Phòng Khảo thí' },
      channels: [1, 3],
      published: false,
    });
  });

  it('reads online payment and full-online eligibility, empty cells and absent columns included', () => {
    const read = (over: Record<string, string>) => {
      const r = normalizeProcedureRow({ ...good, ...over }, 4);
      return r.ok ? { onlinePayment: r.value.onlinePayment, fullyOnlineEligible: r.value.fullyOnlineEligible } : r.problems;
    };
    expect(read({ [C.onlinePayment]: 'không', [C.fullyOnlineEligible]: 'x' })).toEqual({ onlinePayment: false, fullyOnlineEligible: true });
    // A free procedure leaves payment empty; an empty eligibility cell means eligible (the default).
    expect(read({ [C.fee]: '0', [C.onlinePayment]: '', [C.online]: 'Một phần', [C.fullyOnlineEligible]: '' })).toEqual({
      onlinePayment: false,
      fullyOnlineEligible: true,
    });
    expect(read({ [C.online]: 'Một phần', [C.fullyOnlineEligible]: 'Không' })).toEqual({ onlinePayment: true, fullyOnlineEligible: false });
    // An older export without the two columns: undefined, so an update keeps what is stored.
    const { [C.onlinePayment]: _p, [C.fullyOnlineEligible]: _e, ...old } = good;
    const r = normalizeProcedureRow(old, 5);
    expect(r.ok && r.value).toMatchObject({ onlinePayment: undefined, fullyOnlineEligible: undefined });
  });

  it('refuses unreadable or contradictory online flags, naming the cell', () => {
    const messages = (over: Record<string, string>) => {
      const r = normalizeProcedureRow({ ...good, ...over }, 9);
      return r.ok ? [] : r.problems.map((p) => [p.column, p.message]);
    };
    expect(messages({ [C.onlinePayment]: 'có lẽ', [C.fullyOnlineEligible]: '2' })).toEqual([
      [C.onlinePayment, 'Dòng 9, cột \'Thanh toán trực tuyến\': "có lẽ" phải là Có, Không hoặc để trống.'],
      [C.fullyOnlineEligible, 'Dòng 9, cột \'Đủ điều kiện toàn trình\': "2" phải là Có, Không hoặc để trống.'],
    ]);
    expect(messages({ [C.fee]: '0', [C.fullyOnlineEligible]: 'Không' })).toEqual([
      [
        C.onlinePayment,
        "Dòng 9, cột 'Thanh toán trực tuyến': thủ tục không thu phí, lệ phí thì không có thanh toán trực tuyến; ghi Không hoặc nhập số tiền phí.",
      ],
      [
        C.fullyOnlineEligible,
        "Dòng 9, cột 'Đủ điều kiện toàn trình': thủ tục đang cung cấp trực tuyến toàn trình thì là đủ điều kiện toàn trình; ghi Có hoặc sửa mức DVC trực tuyến.",
      ],
    ]);
    expect(procedureFlagConflicts({ fee: 50000, onlineLevel: 'none', onlinePayment: true, fullyOnlineEligible: false })).toEqual([]);
  });

  it('names the row and column of every problem', () => {
    const r = normalizeProcedureRow({ ...good, [C.level]: 'Trung ương', [C.time]: 'sớm', [C.fee]: 'miễn', [C.online]: 'Không', [C.channels]: '1,2' }, 7);
    expect(r.ok).toBe(false);
    const messages = !r.ok ? r.problems.map((p) => p.message) : [];
    expect(messages).toEqual([
      'Dòng 7, cột \'Cấp thực hiện\': "Trung ương" không phải Tỉnh, Huyện hoặc Xã.',
      'Dòng 7, cột \'Thời hạn\': "sớm" không phải thời hạn; ghi ví dụ "5 ngày làm việc" hoặc "8 giờ làm việc".',
      'Dòng 7, cột \'Phí, lệ phí (đồng)\': "miễn" không phải số tiền (đồng), ghi ví dụ 50000 hoặc 0.',
      "Dòng 7, cột 'Kênh tiếp nhận': thủ tục không có DVC trực tuyến thì không nhận kênh 2 (trực tuyến).",
    ]);
  });
});
