// Real .xlsx exports in the three layouts one-stop systems produce, for the file-source tests and the browser
// journey: a plain table (header on row 1), a report with a title block (header on row 4), and form 07 "sổ theo
// dõi hồ sơ" with merged header cells over two rows and no state column. Dates are Vietnamese text, with and
// without a time, and one real Excel date cell; `broken` adds a row with an impossible date.
import ExcelJS from 'exceljs';

export interface FixtureDossier {
  code: string;
  procedureCode: string;
  name: string;
  phone: string;
  channel: 'Trực tiếp' | 'Trực tuyến' | 'Bưu chính công ích';
  received: string | Date;
  due: string;
  resolved: string | null;
  returned: string | null;
}

/** `n` dossiers received in March 2025, a third still in progress, a third resolved, a third returned. */
export function fixtureDossiers(n: number, prefix = 'TEP'): FixtureDossier[] {
  const procs = ['1.005088', '1.001000', '1.004475', '1.001622'];
  const channels: FixtureDossier['channel'][] = ['Trực tiếp', 'Trực tuyến', 'Bưu chính công ích'];
  return Array.from({ length: n }, (_, i) => {
    const day = String(3 + (i % 20)).padStart(2, '0');
    const stage = i % 3;
    return {
      code: `${prefix}-${String(i + 1).padStart(4, '0')}`,
      procedureCode: procs[i % procs.length],
      name: `Người nộp số ${i + 1}`,
      phone: `09${String(10_000_000 + i * 7919).slice(0, 8)}`,
      channel: channels[i % 3],
      // Times on some, dates only on others; one real Excel date cell.
      received: i === 1 ? new Date(Date.UTC(2025, 2, Number(day), 9, 15)) : i % 2 ? `${day}/03/2025` : `${day}/03/2025 08:30`,
      due: `${String(Number(day) + 7).padStart(2, '0')}/03/2025`,
      resolved: stage >= 1 ? `${String(Number(day) + 5).padStart(2, '0')}/03/2025 16:00` : null,
      returned: stage === 2 ? `${String(Number(day) + 6).padStart(2, '0')}/03/2025` : null,
    };
  });
}

const STATE_WORDS = (d: FixtureDossier) => (d.returned ? 'Đã trả kết quả' : d.resolved ? 'Đã xử lý xong' : 'Đang xử lý');

async function toBuffer(book: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Header on row 1, one row per dossier, the state in words. */
export async function plainTable(dossiers: FixtureDossier[], opts: { broken?: boolean } = {}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Hồ sơ');
  sheet.addRow([
    'Mã hồ sơ',
    'Mã TTHC',
    'Chủ hồ sơ',
    'Số điện thoại',
    'Kênh tiếp nhận',
    'Trạng thái',
    'Ngày tiếp nhận',
    'Ngày hẹn trả',
    'Ngày kết thúc xử lý',
    'Ngày trả kết quả',
  ]);
  for (const d of dossiers)
    sheet.addRow([d.code, d.procedureCode, d.name, d.phone, d.channel, STATE_WORDS(d), d.received, d.due, d.resolved ?? '', d.returned ?? '']);
  if (opts.broken) sheet.addRow(['TEP-LOI-1', '1.005088', 'Người nộp lỗi', '0912000111', 'Trực tiếp', 'Đang xử lý', '31/02/2025', '07/03/2025', '', '']);
  return toBuffer(book);
}

/** "Báo cáo tình hình giải quyết hồ sơ": a title block, the header on row 4. */
export async function titledReport(dossiers: FixtureDossier[], opts: { broken?: boolean } = {}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Báo cáo');
  sheet.addRow(['SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG']);
  sheet.addRow(['DANH SÁCH HỒ SƠ TIẾP NHẬN VÀ GIẢI QUYẾT']);
  sheet.addRow(['Kỳ báo cáo: tháng 03/2025']);
  sheet.mergeCells('A1:H1');
  sheet.mergeCells('A2:H2');
  sheet.mergeCells('A3:H3');
  sheet.addRow([
    'STT',
    'Số hồ sơ',
    'Mã thủ tục',
    'Họ và tên người nộp',
    'Điện thoại',
    'Hình thức nộp',
    'Ngày tiếp nhận',
    'Hẹn trả',
    'Ngày có kết quả',
    'Ngày trả',
  ]);
  dossiers.forEach((d, i) => sheet.addRow([i + 1, d.code, d.procedureCode, d.name, d.phone, d.channel, d.received, d.due, d.resolved ?? '', d.returned ?? '']));
  if (opts.broken) sheet.addRow([dossiers.length + 1, 'TEP-LOI-2', '1.005088', 'Người nộp lỗi', 'không có', 'Trực tiếp', '10/03/2025', '17/03/2025', '', '']);
  sheet.addRow([]);
  sheet.addRow(['', '', '', '', '', '', 'Người lập biểu']);
  return toBuffer(book);
}

/** Form 07 "sổ theo dõi hồ sơ": header on rows 4–5 with merged cells, address and phone in one cell, no state. */
export async function form07(dossiers: FixtureDossier[], opts: { broken?: boolean | 'procedure' } = {}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sổ theo dõi');
  sheet.addRow(['SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG']);
  sheet.addRow(['SỔ THEO DÕI HỒ SƠ']);
  sheet.addRow(['(Mẫu số 07, Thông tư 03/2025/TT-VPCP)']);
  sheet.addRow([
    'STT',
    'Mã hồ sơ',
    'Mã TTHC',
    'Tên cá nhân, tổ chức',
    'Địa chỉ, số điện thoại',
    'Nhận hồ sơ',
    null,
    'Hẹn trả kết quả',
    'Nhận kết quả từ cơ quan giải quyết',
    'Trả kết quả cho cá nhân, tổ chức',
    'Ghi chú',
  ]);
  sheet.addRow([null, null, null, null, null, 'Ngày, giờ', 'Hình thức', null, 'Ngày, giờ', 'Ngày, giờ', null]);
  for (const range of ['A1:K1', 'A2:K2', 'A3:K3', 'F4:G4', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'H4:H5', 'K4:K5']) sheet.mergeCells(range);
  dossiers.forEach((d, i) =>
    sheet.addRow([
      i + 1,
      d.code,
      d.procedureCode,
      d.name,
      `Số ${i + 1} Lạch Tray, Ngô Quyền; ĐT: ${d.phone}`,
      d.received,
      d.channel,
      d.due,
      d.resolved ?? '',
      d.returned ?? '',
      '',
    ]),
  );
  // A broken row: an impossible date, or (broken: 'procedure') a procedure the catalogue does not have.
  if (opts.broken === 'procedure')
    sheet.addRow([
      dossiers.length + 1,
      'TEP-LOI-4',
      '9.999999',
      'Người nộp lỗi',
      'Lê Chân; ĐT: 0912000444',
      '14/03/2025 08:00',
      'Trực tiếp',
      '21/03/2025',
      '',
      '',
      '',
    ]);
  else if (opts.broken)
    sheet.addRow([
      dossiers.length + 1,
      'TEP-LOI-3',
      '1.005088',
      'Người nộp lỗi',
      'Lê Chân; ĐT: 0912000333',
      '15/13/2025 08:00',
      'Trực tiếp',
      '22/03/2025',
      '',
      '',
      '',
    ]);
  return toBuffer(book);
}

/** The state column's words as codes (what the officer types in the profile for the plain and titled layouts). */
export const STATE_VALUES = { 'Đang xử lý': '4', 'Đã xử lý xong': '9', 'Đã trả kết quả': '10' };
