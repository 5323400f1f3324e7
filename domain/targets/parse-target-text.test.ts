import { describe, expect, it } from 'vitest';
import { parseTargetText } from './parse-target-text';

describe('parseTargetText', () => {
  it.each([
    ['≥ 80% hồ sơ giải quyết trước hạn', '>=', 80, '%', 'hồ sơ giải quyết trước hạn'],
    ['>= 80% hồ sơ', '>=', 80, '%', 'hồ sơ'],
    ['Tối thiểu 30% cơ quan chuyên môn', '>=', 30, '%', 'cơ quan chuyên môn'],
    ['tối thiểu 80% hồ sơ giải quyết TTHC được luân chuyển', '>=', 80, '%', 'hồ sơ giải quyết TTHC được luân chuyển'],
    ['Đạt 95% trở lên', '>=', 95, '%', ''],
    ['đạt trên 90%', '>', 90, '%', ''],
    ['Phấn đấu 80% hồ sơ giải quyết TTHC trả trước hạn', '>=', 80, '%', 'hồ sơ giải quyết TTHC trả trước hạn'],
    ['100% hồ sơ TTHC giải quyết đúng hạn', '=', 100, '%', 'hồ sơ TTHC giải quyết đúng hạn'],
    ['50% người dân và doanh nghiệp', '>=', 50, '%', 'người dân và doanh nghiệp'],
    ['ít nhất 20% chi phí tuân thủ', '>=', 20, '%', 'chi phí tuân thủ'],
    ['không quá 2% hồ sơ trễ hạn', '<=', 2, '%', 'hồ sơ trễ hạn'],
    ['dưới 5%', '<', 5, '%', ''],
    ['≤ 2,5% hồ sơ', '<=', 2.5, '%', 'hồ sơ'],
    ['Tỷ lệ 96.17%', '>=', 96.17, '%', ''],
    ['> 200 tin bài', '>', 200, 'count', 'tin bài'],
    ['Từ 52 tin bài', '>=', 52, 'count', 'tin bài'],
    ['1.000 phiếu khảo sát', '>=', 1000, 'count', 'phiếu khảo sát'],
  ] as const)('reads %j', (text, comparison, value, unit, subject) => {
    expect(parseTargetText(text)).toEqual({ comparison, value, unit, subject });
  });

  it('keeps the subject as written (case and diacritics)', () => {
    expect(parseTargetText('Tối thiểu 80% TTHC có nghĩa vụ tài chính')?.subject).toBe('TTHC có nghĩa vụ tài chính');
  });

  it('returns null when the text does not start with a target', () => {
    expect(parseTargetText('Thực hiện quản lý chất lượng theo tiêu chuẩn ISO 9001:2015')).toBeNull();
    expect(parseTargetText('Hoàn thành 100% nhiệm vụ')).toBeNull();
    expect(parseTargetText('')).toBeNull();
    expect(parseTargetText('tối thiểu')).toBeNull();
  });
});
