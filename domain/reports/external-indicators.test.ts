import { describe, expect, it } from 'vitest';
import { checkIndicators, rankLabel } from './external-indicators';

const row = (code: string, over: Partial<{ score: number | null; max: number | null; rank: number | null; rankOf: number | null }> = {}) => ({
  code,
  name: `Chỉ số ${code}`,
  score: null,
  max: null,
  rank: null,
  rankOf: null,
  ...over,
});

describe('external index sub-indicators', () => {
  it('reads ranks as the province publishes them', () => {
    expect(rankLabel(2, 18)).toBe('02/18');
    expect(rankLabel(15, 21)).toBe('15/21');
    expect(rankLabel(null, 18)).toBeNull();
  });

  it('accepts the seed 002 PAR areas ranked in the result pool', () => {
    expect(checkIndicators([row('LV1', { rank: 5 }), row('LV3', { rank: 11, score: 8.5, max: 10 })], 18)).toEqual([]);
  });

  it('names the row and column of every mistake at once', () => {
    const problems = checkIndicators([row('LV1', { rank: 19 }), row('lv1', { score: 11, max: 10 }), row('LV2', { rank: 20, rankOf: 21 })], 18);
    expect(problems).toEqual([
      { row: 0, field: 'rank', message: "Dòng 1, cột 'Thứ hạng': hạng 19 vượt quá số đơn vị xếp hạng (18)." },
      { row: 1, field: 'code', message: expect.stringContaining('Dòng 2, cột \'Mã\': mã "lv1" đã dùng ở dòng 1') },
      { row: 1, field: 'score', message: expect.stringContaining("Dòng 2, cột 'Điểm': 11 lớn hơn điểm tối đa 10") },
    ]);
  });
});
