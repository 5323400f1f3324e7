import { describe, expect, it } from 'vitest';
import { readRange, splitClauses } from './clauses';
import { cleanText, parseViNumber } from './vi-text';

const range = (text: string) => {
  const r = readRange(text);
  return r && { min: r.min, max: r.max, lowerExclusive: r.lowerExclusive, upperInclusive: r.upperInclusive, percent: r.percent };
};

describe('Vietnamese numbers and markup', () => {
  it('reads decimal commas, thousands dots and a converter’s decimal point', () => {
    expect([
      parseViNumber('0,25'),
      parseViNumber('2,5'),
      parseViNumber('1.000'),
      parseViNumber('1.5'),
      parseViNumber('97,5'),
      parseViNumber('12.345,6'),
    ]).toEqual([0.25, 2.5, 1000, 1.5, 97.5, 12345.6]);
    expect(parseViNumber('3,4,5')).toBeNull();
    expect(parseViNumber('abc')).toBeNull();
  });
  it('removes italics, paragraphs, markdown and turns LaTeX into plain text', () => {
    expect(cleanText('<i>Đầy đủ, kịp thời theo quy định: 0,5</i>')).toBe('Đầy đủ, kịp thời theo quy định: 0,5');
    expect(cleanText('**Mức tốt**: 0,5')).toBe('Mức tốt: 0,5');
    expect(cleanText('*Mức khá*: 0,25')).toBe('Mức khá: 0,25');
    expect(cleanText(String.raw`công thức $\left[\frac{\text{Tỷ lệ \% số hóa} \times 1}{100\%} \right]$`)).toBe('công thức ((Tỷ lệ % số hóa × 1)/(100%) )');
    expect(cleanText('công thức: $(b/a)*1.0+(c/a)*0.5$')).toBe('công thức: (b/a)*1.0+(c/a)*0.5');
  });
});

describe('threshold words', () => {
  it('"từ … đến dưới …" includes the lower edge and excludes the upper', () => {
    expect(range('Từ 60% đến dưới 80%')).toEqual({ min: 0.6, max: 0.8, lowerExclusive: undefined, upperInclusive: undefined, percent: true });
    expect(range('Có phản ánh, kiến nghị và xử lý từ 90% đến dưới 100% phản ánh, kiến nghị')).toMatchObject({ min: 0.9, max: 1 });
  });
  it('"từ … đến …" and "từ … – …" include both edges; "trên … đến …" excludes the lower', () => {
    expect(range('Từ 52 – 199 tin, bài/năm')).toMatchObject({ min: 52, max: 199, upperInclusive: true, percent: false });
    expect(range('Từ 12-51 tin, bài/năm')).toMatchObject({ min: 12, max: 51, upperInclusive: true });
    expect(range('Từ 95 % - 100% hồ sơ')).toMatchObject({ min: 0.95, max: 1, upperInclusive: true, percent: true });
    expect(range('Trên 50% đến 70%')).toMatchObject({ min: 0.5, max: 0.7, lowerExclusive: true, upperInclusive: true });
    expect(range('Trên 50% đến dưới 70%')).toMatchObject({ min: 0.5, max: 0.7, lowerExclusive: true, upperInclusive: undefined });
  });
  it('"trên" excludes, "dưới" excludes, "đạt", "từ", "trở lên", "tối thiểu" include', () => {
    expect(range('Trên 200 tin, bài/năm')).toMatchObject({ min: 200, lowerExclusive: true });
    expect(range('Dưới 12 tin, bài/năm')).toMatchObject({ max: 12, upperInclusive: undefined });
    expect(range('Đạt 90% kế hoạch')).toMatchObject({ min: 0.9, lowerExclusive: undefined });
    expect(range('Từ 80% trở lên')).toMatchObject({ min: 0.8 });
    expect(range('Từ 60% số TTHC trở lên cung cấp trực tuyến mức độ 3,4')).toMatchObject({ min: 0.6 });
    expect(range('Tối thiểu 30% đơn vị được kiểm tra')).toMatchObject({ min: 0.3 });
  });
  it('"không quá", "trở xuống" include the upper edge; decimals with commas', () => {
    expect(range('Tỷ lệ hồ sơ trễ hạn không quá 2,5%')).toMatchObject({ max: 0.025, upperInclusive: true });
    expect(range('5% trở xuống')).toMatchObject({ max: 0.05, upperInclusive: true });
    expect(range('Từ 97,5% trở lên')).toMatchObject({ min: 0.975 });
  });
  it('"100% …" alone is the top of a share; a level without numbers states no range', () => {
    expect(range('100% TTHC thuộc thẩm quyền giải quyết được công khai')).toMatchObject({ min: 1, percent: true });
    expect(range('Đầy đủ, kịp thời theo quy định')).toBeNull();
    expect(range('Tất cả số văn bản đi được gửi hoàn toàn dưới dạng điện tử')).toBeNull();
    expect(range('Cung cấp thông tin trên Cổng thông tin điện tử')).toBeNull();
  });
});

describe('splitting sentences into clauses', () => {
  it('reads ": 0,25", "đạt 0,5", "là: 0" and "0 điểm" as points', () => {
    expect(splitClauses('<i>Thực hiện các nhiệm vụ đã đề ra theo Kế hoạch kiểm soát TTHC: 0,25</i>').map((c) => c.points)).toEqual([0.25]);
    expect(splitClauses('Trên 200 tin, bài/năm đạt 0,5')[0]).toMatchObject({ condition: 'Trên 200 tin, bài/năm', points: 0.5 });
    expect(splitClauses('Dưới 40% hồ sơ TTHC: 0 điểm')[0]).toMatchObject({ points: 0, range: { max: 0.4 } });
    expect(splitClauses('Hoàn thành đúng hạn được 0,5 điểm')[0]).toMatchObject({ condition: 'Hoàn thành đúng hạn', points: 0.5 });
  });
  it('splits several clauses of one line, keeping "Từ 95 % - 100%" whole', () => {
    const seed35 = String.raw`- Từ 70 % - 100% thì điểm đánh giá được tính theo công thức $\left[\frac{\text{Tỷ lệ \% số hóa} \times 1}{100\%} \right]$ - Dưới 70% thì điểm đánh giá là: 0`;
    const c = splitClauses(seed35);
    expect(c.map((x) => [x.points, x.range?.min, x.range?.max])).toEqual([
      [null, 0.7, 1],
      [0, undefined, 0.7],
    ]);
    expect(splitClauses('Thực hiện việc kiểm tra về phân cấp cho cấp huyện, cấp xã Có thực hiện: 0,5 Không thực hiện: 0').map((x) => x.points)).toEqual([
      0.5, 0,
    ]);
  });
  it('does not take a formula’s factor or an ISO year for points', () => {
    expect(splitClauses('Từ 40% đến dưới 80% số hồ sơ TTHC thì tính theo công thức: Tỷ lệ % số hồ sơ x 2,5 điểm')[0].points).toBeNull();
    expect(splitClauses('Tính theo công thức: (số nhiệm vụ hoàn thành/số nhiệm vụ được giao) x 2,5 điểm')[0].points).toBeNull();
    expect(splitClauses('Xây dựng theo tiêu chuẩn TCVN ISO 9001:2015: 0,5')).toMatchObject([
      { points: 0.5, condition: 'Xây dựng theo tiêu chuẩn TCVN ISO 9001:2015' },
    ]);
  });
  it('marks "Không có … hoặc …" as the case of nothing to count', () => {
    expect(splitClauses('Không có phản ánh, kiến nghị hoặc có phản ánh, kiến nghị và xử lý 100% phản ánh, kiến nghị: 0,5')[0]).toMatchObject({
      noDataCase: true,
      points: 0.5,
      range: { min: 1 },
    });
  });
});
