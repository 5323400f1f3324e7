import { describe, expect, it } from 'vitest';
import { normalizeImportRow } from './import-row';

const good = {
  code: 'H27.1-250114-0007',
  procedureCode: '1.005088',
  unitCode: 'VP',
  applicantName: 'Nguyễn Thị Hoa',
  applicantPhone: '0912 345 678',
  channel: 'trực tuyến',
  state: '10',
  receivedOn: '14/01/2025',
  resolvedOn: '2025-01-20',
  returnedOn: new Date('2025-01-21T00:00:00Z'),
  digitized: 'x',
};

describe('normalising an imported dossier row', () => {
  it('accepts spreadsheet dates, channel words and x-flags', () => {
    const r = normalizeImportRow(good, 2);
    expect(r).toEqual({
      ok: true,
      value: expect.objectContaining({
        channel: 2,
        state: 10,
        receivedOn: '2025-01-14',
        returnedOn: '2025-01-21',
        digitized: true,
        paidOnline: false,
        supplementCount: 0,
      }),
    });
  });

  it('names every bad cell by row and column', () => {
    const r = normalizeImportRow({ ...good, channel: 'fax', state: '11', receivedOn: '31/02/2025', applicantName: '' }, 7);
    expect(r.ok).toBe(false);
    const messages = r.ok ? [] : r.problems.map((p) => p.message);
    expect(messages).toContain("Dòng 7, cột 'applicantName': thiếu họ tên người nộp.");
    expect(messages).toContain("Dòng 7, cột 'channel': 'fax' không phải hình thức tiếp nhận (1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích).");
    expect(messages).toContain("Dòng 7, cột 'state': '11' không phải mã trạng thái của Cổng DVC (1–10).");
    expect(messages).toContain("Dòng 7, cột 'receivedOn': '31/02/2025' không phải ngày (YYYY-MM-DD hoặc DD/MM/YYYY).");
  });

  it('refuses control characters (a NUL cannot be stored) but keeps quotes, commas and Vietnamese text', () => {
    const bad = normalizeImportRow({ ...good, applicantName: 'Nguyễn\u0000 Hoa', code: 'H27\u0007' }, 4);
    expect(bad.ok ? [] : bad.problems.map((p) => p.message)).toEqual([
      "Dòng 4, cột 'code': mã hồ sơ có ký tự điều khiển không in được; xóa ký tự đó rồi gửi lại.",
      "Dòng 4, cột 'applicantName': họ tên người nộp có ký tự điều khiển không in được; xóa ký tự đó rồi gửi lại.",
    ]);
    const odd = normalizeImportRow({ ...good, applicantName: 'Trần "Bé", Văn\tA' }, 5);
    expect(odd.ok && odd.value.applicantName).toBe('Trần "Bé", Văn\tA');
  });

  it('refuses a returned dossier without a return date and dates out of order', () => {
    const r = normalizeImportRow({ ...good, returnedOn: '', resolvedOn: '2025-01-10' }, 3);
    const columns = r.ok ? [] : r.problems.map((p) => p.column);
    expect(columns).toEqual(['resolvedOn', 'returnedOn']);
  });
});
