import { describe, expect, it } from 'vitest';
import { normalizeImportRow } from '../dossiers/import-row';
import { compileMapping, readPath } from './mapping';
import { PORTAL_MAPPING, progressFacts } from './portal-format';

const portalRecord = {
  MaHoSo: '000.00.12.H27-250314-0001',
  MaTTHC: '1.005088',
  ChuHoSo: 'Nguyễn Văn An',
  SoDienThoai: '0912 345 678',
  KenhThucHien: '2',
  TrangThaiHoSo: '10',
  NgayTiepNhan: '20250314083000',
  NgayHenTra: '20250321170000',
  NgayKetThucXuLy: '20250320101500',
  NgayTra: '20250321090000',
  HinhThuc: '1',
  DanhSachHoSoBoSung: [{ NoiDungBoSung: 'Bổ sung bản sao' }],
  DanhSachGiayToKetQua: [{ DuongDanTepTinKetQua: 'https://…/kq.pdf' }],
  DuocThanhToanTrucTuyen: '2',
};

describe('field mapping', () => {
  it('maps a record in the portal format to the import layout, which the import then accepts', () => {
    const map = compileMapping(PORTAL_MAPPING);
    const { raw, problems } = map((from) => readPath(portalRecord, from));
    expect(problems).toEqual([]);
    expect(raw).toMatchObject({
      code: '000.00.12.H27-250314-0001',
      applicantPhone: '0912345678',
      channel: '2',
      state: '10',
      receivedOn: '2025-03-14',
      dueOn: '2025-03-21',
      resolvedOn: '2025-03-20',
      returnedOn: '2025-03-21',
      returnChannel: '3',
      supplementCount: '1',
      digitized: '1',
      paidOnline: '1',
      electronicRouting: '0',
    });
    const checked = normalizeImportRow({ ...raw, unitCode: 'KTKDCLGD' }, 1);
    expect(checked.ok).toBe(true);
  });

  it('names the field of a date it cannot read, and uses fallbacks for what the source leaves out', () => {
    const map = compileMapping(PORTAL_MAPPING);
    const { raw, problems } = map((from) =>
      readPath({ ...portalRecord, NgayTiepNhan: '31/02/2025', DanhSachHoSoBoSung: undefined, DuocThanhToanTrucTuyen: null }, from),
    );
    expect(problems).toEqual([
      { field: 'receivedOn', from: 'NgayTiepNhan', message: "'31/02/2025' không phải ngày hợp lệ (dd/mm/yyyy, có thể kèm giờ, hoặc yyyyMMddHHmmss)." },
    ]);
    expect(raw.supplementCount).toBe('0');
    expect(raw.paidOnline).toBe('0');
  });

  it('derives the state from the dates when an export has no state column', () => {
    const map = compileMapping({
      state: { from: null, kind: 'derive-state', fallback: '4' },
      resolvedOn: { from: 'kq', kind: 'date' },
      returnedOn: { from: 'tra', kind: 'date' },
    });
    expect(map((f) => ({ kq: '20/03/2025', tra: '' })[f]).raw.state).toBe('9');
    expect(map((f) => ({ kq: '20/03/2025', tra: '21/03/2025 09:00' })[f]).raw.state).toBe('10');
    expect(map(() => '').raw.state).toBe('4');
  });

  it('finds the phone number in an "address, phone" cell and maps words through the value table, ignoring case', () => {
    const map = compileMapping({ applicantPhone: { from: 'p', kind: 'phone' }, channel: { from: 'c', kind: 'value', values: { 'Nộp trực tuyến': '2' } } });
    expect(map((f) => ({ p: 'Số 5 Lạch Tray, Ngô Quyền; ĐT: 0225.3856.123', c: 'NỘP TRỰC TUYẾN' })[f]).raw).toEqual({
      applicantPhone: '02253856123',
      channel: '2',
    });
  });

  it('reads the history the way the 766 method does', () => {
    const at = (date: string, time: string) => ({ date, time });
    expect(
      progressFacts([
        { code: 'X', state: '10', at: at('2025-03-22', '09:00:00') },
        { code: 'X', state: '5', at: at('2025-03-15', '10:00:00') },
        { code: 'X', state: '4', at: at('2025-03-14', '08:00:00') },
        { code: 'X', state: '5', at: at('2025-03-17', '10:00:00') },
        { code: 'X', state: '9', at: at('2025-03-20', '16:00:00') },
      ]),
    ).toEqual({ supplementCount: 2, resolvedOn: '2025-03-20', returnedOn: '2025-03-22' });
  });
});
