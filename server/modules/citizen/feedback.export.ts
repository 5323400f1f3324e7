import ExcelJS from 'exceljs';
import type { FeedbackSummary } from '../../../contracts/citizen-feedback';
import { STATUS_LABELS } from './feedback.service';

const TIMELINESS: Record<FeedbackSummary['timeliness'], string> = {
  within: 'Trong hạn',
  'at-risk': 'Sắp đến hạn',
  overdue: 'Quá hạn',
  'on-time': 'Xử lý đúng hạn',
  late: 'Xử lý quá hạn',
};
const CHANNELS: Record<FeedbackSummary['channel'], string> = { online: 'Trực tuyến', paper: 'Văn bản giấy', phone: 'Điện thoại', email: 'Thư điện tử' };

/** The feedback register as an Excel sheet (Sổ theo dõi phản ánh, kiến nghị). */
export async function feedbackWorkbook(items: FeedbackSummary[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('PAKN');
  ws.columns = [
    { header: 'Mã', key: 'code', width: 20 },
    { header: 'Ngày nhận', key: 'receivedOn', width: 12 },
    { header: 'Kênh', key: 'channel', width: 14 },
    { header: 'Tiêu đề', key: 'title', width: 40 },
    { header: 'Đơn vị xử lý', key: 'unit', width: 28 },
    { header: 'Trạng thái', key: 'status', width: 20 },
    { header: 'Hạn xử lý', key: 'handleBy', width: 12 },
    { header: 'Ngày trả lời', key: 'answeredOn', width: 12 },
    { header: 'Ngày công khai', key: 'publishedOn', width: 14 },
    { header: 'Tiến độ', key: 'timeliness', width: 16 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const f of items) {
    ws.addRow({
      code: f.code,
      receivedOn: f.receivedOn,
      channel: CHANNELS[f.channel],
      title: f.title,
      unit: f.assignedUnitName ?? '(chưa chuyển)',
      status: STATUS_LABELS[f.status],
      handleBy: f.handleBy,
      answeredOn: f.answeredOn ?? '',
      publishedOn: f.publishedOn ?? '',
      timeliness: TIMELINESS[f.timeliness],
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
