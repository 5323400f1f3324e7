import ExcelJS from 'exceljs';
import type { DossierListQuery } from '../../../contracts/dossiers';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { listDossiers } from './dossier.service';

const TIMELINESS_VI: Record<string, string> = {
  early: 'Trước hạn',
  'on-time': 'Đúng hạn',
  late: 'Trễ hạn',
  'within-time': 'Trong hạn',
  'at-risk': 'Sắp đến hạn',
  overdue: 'Quá hạn',
};

/** The filtered register as an Excel sheet (Mẫu 07 "Sổ theo dõi hồ sơ" columns). */
export async function exportDossiers(db: Db, actor: Actor, query: DossierListQuery): Promise<Buffer> {
  const { items } = await listDossiers(db, actor, { ...query, page: 1, pageSize: 500 });
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sổ theo dõi hồ sơ');
  sheet.columns = [
    { header: 'Mã hồ sơ', key: 'code', width: 26 },
    { header: 'Thủ tục', key: 'procedure', width: 50 },
    { header: 'Người nộp', key: 'applicant', width: 24 },
    { header: 'Đơn vị giải quyết', key: 'unit', width: 24 },
    { header: 'Ngày tiếp nhận', key: 'received', width: 14 },
    { header: 'Hạn trả', key: 'due', width: 14 },
    { header: 'Ngày trả', key: 'returned', width: 14 },
    { header: 'Trạng thái', key: 'state', width: 22 },
    { header: 'Tiến độ', key: 'timeliness', width: 14 },
    { header: 'Số lần bổ sung', key: 'supplements', width: 10 },
    { header: 'Đã xin lỗi', key: 'apology', width: 10 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const d of items) {
    sheet.addRow({
      code: d.code,
      procedure: d.procedureName,
      applicant: d.applicantName,
      unit: d.unitName,
      received: d.receivedOn,
      due: d.dueOn ?? '',
      returned: d.returnedOn ?? '',
      state: d.stateLabel,
      timeliness: d.timeliness ? TIMELINESS_VI[d.timeliness] : '',
      supplements: d.supplementCount,
      apology: d.apologyIssued ? 'Có' : '',
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
