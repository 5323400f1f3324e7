import { describe, expect, it } from 'vitest';
import { summarizeEvent } from './index';

const at = { dossierCode: 'H27-250303-0001', on: '2025-03-03' };

describe('summarizeEvent', () => {
  it('writes the history line a citizen reads, with dates and amounts in Vietnamese', () => {
    expect(summarizeEvent({ ...at, type: 'received', channel: 1, dueOn: '2025-03-10' })).toBe('Tiếp nhận hồ sơ, hẹn trả 10/03/2025');
    expect(summarizeEvent({ ...at, type: 'received' })).toBe('Tiếp nhận hồ sơ');
    expect(summarizeEvent({ ...at, type: 'payment-requested', amount: 150_000, note: 'Lệ phí cấp bản sao' })).toBe(
      'Yêu cầu thực hiện nghĩa vụ tài chính: 150.000 đồng (Lệ phí cấp bản sao)',
    );
    expect(summarizeEvent({ ...at, type: 'paid', online: true })).toBe('Đã thực hiện nghĩa vụ tài chính (thanh toán trực tuyến)');
    expect(summarizeEvent({ ...at, type: 'paid' })).toBe('Đã thực hiện nghĩa vụ tài chính (nộp tại Bộ phận Một cửa)');
    expect(summarizeEvent({ ...at, type: 'extended', reason: 'Chờ xác minh', newDueOn: '2025-03-14' })).toBe('Gia hạn đến 14/03/2025: Chờ xác minh');
    expect(summarizeEvent({ ...at, type: 'apology-issued', reason: 'Chậm', newAppointmentOn: '2025-03-18', signer: 'Nguyễn Văn Hùng' })).toBe(
      'Xin lỗi vì chậm trả kết quả, hẹn lại ngày 18/03/2025',
    );
  });

  it('names no person: the public lookup shows these lines', () => {
    expect(summarizeEvent({ ...at, type: 'apology-issued', reason: 'Chậm', newAppointmentOn: '2025-03-18', signer: 'Nguyễn Văn Hùng' })).not.toContain('Hùng');
    expect(summarizeEvent({ ...at, type: 'forwarded', toUnitId: 'so-tai-chinh' })).toBe('Chuyển liên thông');
  });
});
