import { describe, expect, it } from 'vitest';
import { handlingUnitProblem, readReceivingPoint, receivingPointAt, receivingPointProblem } from './receiving-point';

const centre = { name: 'Trung tâm Phục vụ hành chính công thành phố Hải Phòng', type: 'service_center', validFrom: '2025-07-01', validTo: null };
const ward = { name: 'UBND phường Lê Chân', type: 'commune', validFrom: '2025-07-01', validTo: null };
const division = { name: 'Phòng Giáo dục Trung học', type: 'division', validFrom: null, validTo: null };
const office = { name: 'Phòng Giáo dục và Đào tạo quận Lê Chân', type: 'district_office', validFrom: null, validTo: '2025-07-01' };

describe('receiving point', () => {
  it('reads the codes and the words officers write', () => {
    expect(['provincial-centre', 'Trung tâm tỉnh', 'trung tam xa', 'Bưu chính công ích', 'trực tuyến', 'một cửa'].map(readReceivingPoint)).toEqual([
      'provincial-centre',
      'provincial-centre',
      'commune-centre',
      'postal',
      'online',
      'desk',
    ]);
    expect(readReceivingPoint('quầy số 5')).toBeNull();
  });

  it('takes the point from the channel and the unit’s kind when nobody names it', () => {
    expect([
      receivingPointAt(1, 'service_center'),
      receivingPointAt(1, 'commune'),
      receivingPointAt(1, 'division'),
      receivingPointAt(2, 'service_center'),
      receivingPointAt(3, 'division'),
    ]).toEqual(['provincial-centre', 'commune-centre', 'desk', 'online', 'postal']);
  });

  it('accepts a point that fits the channel, the unit and the day', () => {
    expect(receivingPointProblem('provincial-centre', 1, centre, '2025-07-01')).toBeNull();
    expect(receivingPointProblem('commune-centre', 1, ward, '2026-01-05')).toBeNull();
    expect(receivingPointProblem('online', 2, centre, '2025-08-01')).toBeNull();
    expect(receivingPointProblem('desk', 1, office, '2025-06-30')).toBeNull();
  });

  it('says what to fix when it does not', () => {
    expect(receivingPointProblem('provincial-centre', 2, centre, '2025-08-01')).toContain('kênh 2');
    expect(receivingPointProblem('postal', 1, centre, '2025-08-01')).toContain('kênh 1');
    expect(receivingPointProblem('provincial-centre', 1, division, '2025-08-01')).toContain('không phải Trung tâm Phục vụ hành chính công');
    expect(receivingPointProblem('commune-centre', 1, centre, '2025-08-01')).toContain('không phải UBND cấp xã');
    expect(receivingPointProblem('desk', 1, ward, '2025-08-01')).toContain('chọn nơi tiếp nhận là trung tâm');
    expect(receivingPointProblem('provincial-centre', 1, centre, '2025-06-30')).toContain('không hoạt động vào ngày tiếp nhận 2025-06-30');
    expect(receivingPointProblem('desk', 1, office, '2025-07-01')).toContain('không hoạt động');
  });

  it('leaves the dates of a defaulted receiving unit (the handling unit itself) to the register', () => {
    // A file names no receiving unit: the handling unit stands in, and a row is not refused for its dates alone.
    expect(receivingPointProblem('desk', 1, office, '2025-07-01', false)).toBeNull();
    expect(receivingPointProblem('postal', 1, office, '2025-07-01', false)).toContain('kênh 1');
  });
});

describe('the handling unit on the day of receipt', () => {
  const office = { code: 'PGD-LC', name: 'Phòng GD&ĐT quận Lê Chân', type: 'district_office', validFrom: null, validTo: '2025-07-01' };
  it('accepts a unit on the days it existed, its last day included, and says what to fix after it ended', () => {
    expect(handlingUnitProblem(office, '2025-06-30')).toBeNull();
    expect(handlingUnitProblem(office, '2025-07-01')).toBe(
      "đơn vị 'PGD-LC' (Phòng GD&ĐT quận Lê Chân) hoạt động đến 30/06/2025, không có vào ngày tiếp nhận 01/07/2025; ghi đơn vị xử lý có trên cơ cấu ngày đó (đơn vị kế thừa nếu đơn vị cũ đã giải thể, sáp nhập).",
    );
    expect(handlingUnitProblem({ ...office, validFrom: '2025-07-01', validTo: null }, '2025-06-30')).toContain('hoạt động từ 01/07/2025');
  });
});
