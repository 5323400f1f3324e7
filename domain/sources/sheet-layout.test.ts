import { describe, expect, it } from 'vitest';
import { guessHeader, headerLabels, suggestMapping, type SheetCell } from './sheet-layout';

const form07: SheetCell[][] = [
  ['SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG', null, null, null, null, null, null, null, null],
  ['SỔ THEO DÕI HỒ SƠ', null, null, null, null, null, null, null, null],
  ['Từ ngày 01/03/2025 đến ngày 31/03/2025', null, null, null, null, null, null, null, null],
  ['STT', 'Mã hồ sơ', 'Mã TTHC', 'Tên cá nhân, tổ chức', 'Địa chỉ, số điện thoại', 'Nhận hồ sơ', null, 'Hẹn trả kết quả', 'Trả kết quả cho cá nhân, tổ chức'],
  [null, null, null, null, null, 'Ngày, giờ', 'Hình thức', null, 'Ngày, giờ'],
  [1, 'H27-0001', '1.005088', 'Nguyễn Văn An', 'Lê Chân, 0912345678', '14/03/2025 08:30', 'Trực tiếp', '21/03/2025', ''],
];

describe('sheet layouts', () => {
  it('finds a header under a title block and sees its second row', () => {
    expect(guessHeader(form07)).toEqual({ headerRow: 3, depth: 2 });
    expect(
      guessHeader([
        ['Mã hồ sơ', 'Mã TTHC', 'Chủ hồ sơ'],
        ['X', '1.0', 'A'],
      ]),
    ).toEqual({ headerRow: 0, depth: 1 });
  });

  it('joins merged header cells with their sub-columns', () => {
    expect(headerLabels(form07, 3, 2)).toEqual([
      'STT',
      'Mã hồ sơ',
      'Mã TTHC',
      'Tên cá nhân, tổ chức',
      'Địa chỉ, số điện thoại',
      'Nhận hồ sơ / Ngày, giờ',
      'Nhận hồ sơ / Hình thức',
      'Hẹn trả kết quả',
      'Trả kết quả cho cá nhân, tổ chức / Ngày, giờ',
    ]);
  });

  it('suggests a mapping that tells a due date from a return date and derives the state', () => {
    const m = suggestMapping(headerLabels(form07, 3, 2));
    expect(m.code?.from).toBe('Mã hồ sơ');
    expect(m.procedureCode?.from).toBe('Mã TTHC');
    expect(m.applicantName?.from).toBe('Tên cá nhân, tổ chức');
    expect(m.applicantPhone).toEqual({ from: 'Địa chỉ, số điện thoại', kind: 'phone' });
    expect(m.receivedOn).toEqual({ from: 'Nhận hồ sơ / Ngày, giờ', kind: 'date' });
    expect(m.dueOn).toEqual({ from: 'Hẹn trả kết quả', kind: 'date' });
    expect(m.returnedOn).toEqual({ from: 'Trả kết quả cho cá nhân, tổ chức / Ngày, giờ', kind: 'date' });
    expect(m.state).toEqual({ from: null, kind: 'derive-state', fallback: '4' });
  });
});
