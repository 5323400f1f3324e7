import { formatViDate } from '../time/iso-date';
import type { DossierEvent } from './events';

/** Vietnamese one-liner for the history list and the public lookup (no personal data). */
export function summarizeEvent(event: DossierEvent): string {
  switch (event.type) {
    case 'registered':
      return 'Đăng ký hồ sơ';
    case 'received':
      return event.dueOn ? `Tiếp nhận hồ sơ, hẹn trả ${formatViDate(event.dueOn)}` : 'Tiếp nhận hồ sơ';
    case 'rejected':
      return `Từ chối tiếp nhận: ${event.reason}`;
    case 'processing-started':
      return 'Chuyển xử lý';
    case 'supplement-requested':
      return `Yêu cầu bổ sung: ${event.reason}`;
    case 'supplement-received':
      return 'Nhận hồ sơ bổ sung';
    case 'payment-requested':
      return `Yêu cầu thực hiện nghĩa vụ tài chính${event.amount ? `: ${event.amount.toLocaleString('vi-VN')} đồng` : ''}${event.note ? ` (${event.note})` : ''}`;
    case 'paid':
      return `Đã thực hiện nghĩa vụ tài chính (${event.online ? 'thanh toán trực tuyến' : 'nộp tại Bộ phận Một cửa'})`;
    case 'withdrawal-requested':
      return 'Công dân yêu cầu rút hồ sơ';
    case 'stopped':
      return `Dừng xử lý: ${event.reason}`;
    case 'resolved':
      return 'Đã xử lý xong';
    case 'returned':
      return 'Đã trả kết quả';
    case 'apology-issued':
      return `Xin lỗi vì chậm trả kết quả, hẹn lại ngày ${formatViDate(event.newAppointmentOn)}`;
    case 'extended':
      return `Gia hạn đến ${formatViDate(event.newDueOn)}: ${event.reason}`;
    case 'forwarded':
      return 'Chuyển liên thông';
    case 'transferred':
      return `Chuyển từ «${event.fromUnitName}» sang «${event.toUnitName}» (đơn vị kế thừa) từ ngày ${formatViDate(event.on)} theo ${event.decisionNo}`;
  }
}
