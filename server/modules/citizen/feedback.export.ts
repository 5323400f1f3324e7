import ExcelJS from 'exceljs';
import type { FeedbackSummary } from '../../../contracts/citizen-feedback';
import { addSheet, workbookBuffer, type ExcelColumn } from '../../documents/excel';
import { STATUS_LABELS } from './feedback/feedback-access';

const TIMELINESS: Record<FeedbackSummary['timeliness'], string> = {
  within: 'Trong hạn',
  'at-risk': 'Sắp đến hạn',
  overdue: 'Quá hạn',
  'on-time': 'Xử lý đúng hạn',
  late: 'Xử lý quá hạn',
};
const CHANNELS: Record<FeedbackSummary['channel'], string> = { online: 'Trực tuyến', paper: 'Văn bản giấy', phone: 'Điện thoại', email: 'Thư điện tử' };

const COLUMNS: ExcelColumn<FeedbackSummary>[] = [
  { header: 'Mã', width: 20, value: (f) => f.code },
  { header: 'Ngày nhận', width: 12, value: (f) => f.receivedOn },
  { header: 'Kênh', width: 14, value: (f) => CHANNELS[f.channel] },
  { header: 'Tiêu đề', width: 40, value: (f) => f.title },
  { header: 'Đơn vị xử lý', width: 28, value: (f) => f.assignedUnitName ?? '(chưa chuyển)' },
  { header: 'Trạng thái', width: 20, value: (f) => STATUS_LABELS[f.status] },
  { header: 'Hạn xử lý', width: 12, value: (f) => f.handleBy },
  { header: 'Ngày trả lời', width: 12, value: (f) => f.answeredOn ?? '' },
  { header: 'Ngày công khai', width: 14, value: (f) => f.publishedOn ?? '' },
  { header: 'Tiến độ', width: 16, value: (f) => TIMELINESS[f.timeliness] },
];

/** The feedback register as an Excel sheet (Sổ theo dõi phản ánh, kiến nghị). */
export async function feedbackWorkbook(items: FeedbackSummary[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  addSheet(book, 'PAKN', COLUMNS, items);
  return workbookBuffer(book);
}
