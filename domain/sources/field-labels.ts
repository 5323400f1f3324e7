/** The register's import columns as officers name them, lower case (they sit inside sentences: "'NgayTiepNhan' (ngày tiếp nhận)"). */
import type { DossierImportColumn } from '../dossiers/import-row';

export const IMPORT_COLUMN_LABELS: Record<DossierImportColumn, string> = {
  code: 'mã hồ sơ',
  procedureCode: 'mã thủ tục',
  unitCode: 'đơn vị giải quyết',
  applicantName: 'chủ hồ sơ',
  applicantPhone: 'số điện thoại',
  channel: 'kênh tiếp nhận',
  receivingPoint: 'nơi tiếp nhận',
  receivingUnitCode: 'đơn vị tiếp nhận',
  state: 'trạng thái',
  receivedOn: 'ngày tiếp nhận',
  dueOn: 'ngày hẹn trả',
  resolvedOn: 'ngày kết thúc xử lý',
  returnedOn: 'ngày trả kết quả',
  returnChannel: 'hình thức trả kết quả',
  supplementCount: 'số lần yêu cầu bổ sung',
  digitized: 'kết quả điện tử',
  paidOnline: 'thanh toán trực tuyến',
  electronicRouting: 'luân chuyển điện tử',
  apologyIssued: 'văn bản xin lỗi',
};
