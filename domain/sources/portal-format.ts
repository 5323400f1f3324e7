/**
 * The national public-service portal's dossier synchronisation format (Cổng DVC quốc gia, services
 * "DongBoHoSoMC" for a dossier and "CapNhatTienDoHoSoMC" for its processing history), as far as public sources
 * show it. Each field of the register says where it comes from and what the evidence is; fields no public source
 * names are marked 'not-found' and stay configurable in the source's mapping. docs: server/modules/sources/CONNECTORS.md.
 */
import type { DossierImportColumn } from '../dossiers/import-row';
import type { FieldMapping } from './mapping';
import type { SourceMoment } from './source-time';

export type Provenance = 'portal' | 'portal-values-unconfirmed' | 'not-found';

export interface PortalFieldNote {
  field: DossierImportColumn | 'updatedAt';
  /** The portal's field name, or null when no public source names one. */
  portalName: string | null;
  provenance: Provenance;
  note: string;
}

/** What is known of each register column in the portal's format (shown beside the mapping editor). */
export const PORTAL_FIELD_NOTES: readonly PortalFieldNote[] = [
  { field: 'code', portalName: 'MaHoSo', provenance: 'portal', note: 'Mã hồ sơ (HoSoDongBoDVC.MaHoSo).' },
  { field: 'procedureCode', portalName: 'MaTTHC', provenance: 'portal', note: 'Mã TTHC trên CSDL quốc gia về TTHC (MaTTHC).' },
  {
    field: 'unitCode',
    portalName: 'DonViXuLy',
    provenance: 'portal-values-unconfirmed',
    note: 'DonViXuLy là tên cơ quan xử lý, không phải mã đơn vị của cchc: khai bảng đổi tên → mã, hoặc để trống để lấy đơn vị giải quyết của thủ tục.',
  },
  { field: 'applicantName', portalName: 'ChuHoSo', provenance: 'portal', note: 'Chủ hồ sơ.' },
  { field: 'applicantPhone', portalName: 'SoDienThoai', provenance: 'portal', note: 'Số điện thoại chủ hồ sơ.' },
  {
    field: 'channel',
    portalName: 'KenhThucHien',
    provenance: 'portal',
    note: 'Kênh thực hiện: 1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích (mô tả chỉ số 766, mục 3.3).',
  },
  {
    field: 'receivingPoint',
    portalName: null,
    provenance: 'not-found',
    note: 'Không tìm thấy trường nơi tiếp nhận (Trung tâm tỉnh, trung tâm cấp xã) trong định dạng đồng bộ: để trống thì cchc suy từ kênh (trực tuyến, bưu chính) và loại đơn vị tiếp nhận.',
  },
  {
    field: 'receivingUnitCode',
    portalName: null,
    provenance: 'not-found',
    note: 'Không tìm thấy mã cơ quan tiếp nhận trong định dạng đồng bộ: khai trường của hệ thống nguồn (ví dụ mã Trung tâm Phục vụ hành chính công); để trống thì lấy đơn vị giải quyết.',
  },
  { field: 'state', portalName: 'TrangThaiHoSo', provenance: 'portal', note: 'Trạng thái 1–10 của Cổng DVC quốc gia.' },
  { field: 'receivedOn', portalName: 'NgayTiepNhan', provenance: 'portal', note: 'Ngày tiếp nhận, dạng yyyyMMddHHmmss giờ Việt Nam.' },
  { field: 'dueOn', portalName: 'NgayHenTra', provenance: 'portal', note: 'Ngày hẹn trả; để trống thì cchc tính theo thời hạn của thủ tục và lịch làm việc.' },
  {
    field: 'resolvedOn',
    portalName: 'NgayKetThucXuLy',
    provenance: 'portal',
    note: 'Thời gian kết thúc xử lý (mô tả chỉ số 766, mục 2.1); nếu trống lấy thời điểm trạng thái 9 trong tiến trình.',
  },
  { field: 'returnedOn', portalName: 'NgayTra', provenance: 'portal', note: 'Ngày trả kết quả; nếu trống lấy thời điểm trạng thái 10 trong tiến trình.' },
  {
    field: 'returnChannel',
    portalName: 'HinhThuc',
    provenance: 'portal-values-unconfirmed',
    note: 'Hình thức trả: 0 trả trực tiếp, 1 qua bưu chính theo một bản cài đặt mã nguồn mở; chưa có văn bản công bố — kiểm tra bảng đổi giá trị.',
  },
  {
    field: 'supplementCount',
    portalName: 'DanhSachHoSoBoSung',
    provenance: 'portal',
    note: 'Số lần yêu cầu bổ sung = số phần tử của DanhSachHoSoBoSung, hoặc số lần trạng thái 5 trong tiến trình.',
  },
  {
    field: 'digitized',
    portalName: 'DanhSachGiayToKetQua',
    provenance: 'portal',
    note: 'Có kết quả điện tử khi DanhSachGiayToKetQua có tệp (mô tả chỉ số 766, mục 4.1).',
  },
  {
    field: 'paidOnline',
    portalName: 'DuocThanhToanTrucTuyen',
    provenance: 'portal',
    note: '1 thanh toán trên Cổng DVC quốc gia, 2 qua cổng thanh toán của bộ/tỉnh, 0 không (mô tả chỉ số 766, mục 3.6).',
  },
  {
    field: 'electronicRouting',
    portalName: null,
    provenance: 'not-found',
    note: 'Không tìm thấy trường luân chuyển hồ sơ điện tử trong định dạng đồng bộ: khai trường của hệ thống nguồn nếu có.',
  },
  {
    field: 'apologyIssued',
    portalName: null,
    provenance: 'not-found',
    note: 'Không tìm thấy trường văn bản xin lỗi trong định dạng đồng bộ: khai trường của hệ thống nguồn nếu có.',
  },
  {
    field: 'updatedAt',
    portalName: null,
    provenance: 'not-found',
    note: 'Định dạng đồng bộ là đẩy (isUpdating), không có trường thời điểm cập nhật: khai tham số lọc theo thời điểm cập nhật của hệ thống nguồn.',
  },
];

/** The default mapping of a pull source that speaks the portal's format. */
export const PORTAL_MAPPING: FieldMapping = {
  code: { from: 'MaHoSo', kind: 'value' },
  procedureCode: { from: 'MaTTHC', kind: 'value' },
  unitCode: { from: null, kind: 'value' },
  applicantName: { from: 'ChuHoSo', kind: 'value' },
  applicantPhone: { from: 'SoDienThoai', kind: 'phone' },
  channel: { from: 'KenhThucHien', kind: 'value' },
  receivingPoint: { from: null, kind: 'value' },
  receivingUnitCode: { from: null, kind: 'value' },
  state: { from: 'TrangThaiHoSo', kind: 'value' },
  receivedOn: { from: 'NgayTiepNhan', kind: 'date' },
  dueOn: { from: 'NgayHenTra', kind: 'date' },
  resolvedOn: { from: 'NgayKetThucXuLy', kind: 'date' },
  returnedOn: { from: 'NgayTra', kind: 'date' },
  returnChannel: { from: 'HinhThuc', kind: 'value', values: { '0': '1', '1': '3' } },
  supplementCount: { from: 'DanhSachHoSoBoSung', kind: 'count' },
  digitized: { from: 'DanhSachGiayToKetQua', kind: 'present' },
  paidOnline: { from: 'DuocThanhToanTrucTuyen', kind: 'value', values: { '0': '0', '1': '1', '2': '1' }, fallback: '0' },
  electronicRouting: { from: null, kind: 'value', fallback: '0' },
  apologyIssued: { from: null, kind: 'value', fallback: '0' },
};

/** One entry of a dossier's processing history (QuaTrinhXuLy: MaHoSo, NguoiXuLy, ThoiDiemXuLy, NoiDungXuLy, TrangThai…). */
export interface ProgressEntry {
  code: string;
  /** Portal state code the step put the dossier in. */
  state: string;
  at: SourceMoment | null;
}

/** What the history says when the dossier record leaves it out: supplement requests, resolution and return dates. */
export interface ProgressFacts {
  supplementCount: number;
  resolvedOn: string | null;
  returnedOn: string | null;
}

/**
 * Reads a dossier's history the way the 766 method does: the end of processing is the first "resolved" (9), the
 * return the first "returned" (10); each "supplement requested" (5) step is one request (more than one counts late).
 */
export function progressFacts(entries: readonly ProgressEntry[]): ProgressFacts {
  const sorted = [...entries].sort((a, b) => (a.at && b.at ? (a.at.date + (a.at.time ?? '')).localeCompare(b.at.date + (b.at.time ?? '')) : 0));
  return {
    supplementCount: sorted.filter((e) => e.state === '5').length,
    resolvedOn: sorted.find((e) => e.state === '9' && e.at)?.at?.date ?? null,
    returnedOn: sorted.find((e) => e.state === '10' && e.at)?.at?.date ?? null,
  };
}
