import ExcelJS from 'exceljs';
import type { Dossier, DossierListQuery } from '../../../contracts/dossiers';
import { RECEIVING_POINT_LABELS } from '../../../domain/dossiers/receiving-point';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { addSheet, workbookBuffer, type ExcelColumn } from '../../documents/excel';
import { listDossiers } from './dossier/list-dossiers';

const TIMELINESS_VI: Record<string, string> = {
  early: 'Trước hạn',
  'on-time': 'Đúng hạn',
  late: 'Trễ hạn',
  'within-time': 'Trong hạn',
  'at-risk': 'Sắp đến hạn',
  overdue: 'Quá hạn',
};

/** Mẫu 07 "Sổ theo dõi hồ sơ" columns. */
const REGISTER_COLUMNS: ExcelColumn<Dossier>[] = [
  { header: 'Mã hồ sơ', width: 26, value: (d) => d.code },
  { header: 'Thủ tục', width: 50, value: (d) => d.procedureName },
  { header: 'Người nộp', width: 24, value: (d) => d.applicantName },
  { header: 'Đơn vị giải quyết', width: 24, value: (d) => d.unitName },
  { header: 'Nơi tiếp nhận', width: 30, value: (d) => RECEIVING_POINT_LABELS[d.receivingPoint] },
  { header: 'Đơn vị tiếp nhận', width: 30, value: (d) => d.receivingUnitName ?? '' },
  { header: 'Ngày tiếp nhận', width: 14, value: (d) => d.receivedOn },
  { header: 'Hạn trả', width: 14, value: (d) => d.dueOn ?? '' },
  { header: 'Ngày trả', width: 14, value: (d) => d.returnedOn ?? '' },
  { header: 'Trạng thái', width: 22, value: (d) => d.stateLabel },
  { header: 'Tiến độ', width: 14, value: (d) => (d.timeliness ? TIMELINESS_VI[d.timeliness] : '') },
  { header: 'Số lần bổ sung', width: 10, value: (d) => d.supplementCount },
  { header: 'Đã xin lỗi', width: 10, value: (d) => (d.apologyIssued ? 'Có' : '') },
];

/** The filtered register as an Excel sheet. */
export async function exportDossiers(db: Db, actor: Actor, query: DossierListQuery): Promise<Buffer> {
  const { items } = await listDossiers(db, actor, { ...query, page: 1, pageSize: 500 });
  const book = new ExcelJS.Workbook();
  addSheet(book, 'Sổ theo dõi hồ sơ', REGISTER_COLUMNS, items);
  return workbookBuffer(book);
}
