import { describe, expect, it } from 'vitest';
import { findBandProblems } from '../band-coverage';
import { Criterion } from '../framework-schema';
import { scoreCriterion } from '../score';
import { recogniseRule } from './recognise';

/** The recognised rule as a leaf the engine scores. */
function leaf(title: string, sentences: string[]) {
  const r = recogniseRule(title, sentences);
  return { r, node: Criterion.parse({ code: '1.1', title, maxPoints: r.maxPoints ?? 0, responsibleUnits: [], inputs: r.inputs, rule: r.rule }) };
}

describe('per-item points with a cap', () => {
  it('"mỗi … được 0,1 điểm, tối đa 0,5 điểm" becomes min(count × 0,1; 0,5)', () => {
    const { r, node } = leaf('Sáng kiến, giải pháp CCHC được công nhận', ['Mỗi sáng kiến được công nhận được 0,1 điểm, tối đa 0,5 điểm']);
    expect(r).toMatchObject({ status: 'recognised', maxPoints: 0.5, rule: { type: 'formula', expr: 'min(sangKienDuocCongNhan × 0.1, 0.5)' } });
    expect([0, 1, 4, 5, 6, 20].map((n) => scoreCriterion(node, { sangKienDuocCongNhan: n }).score)).toEqual([0, 0.1, 0.4, 0.5, 0.5, 0.5]);
  });
  it('reads "không quá" as the cap and a colon before the points', () => {
    const { r } = leaf('Mô hình mới', ['Mỗi mô hình mới: 0,25 điểm (không quá 1 điểm)']);
    expect(r).toMatchObject({ maxPoints: 1, rule: { expr: 'min(moHinhMoi × 0.25, 1)' } });
  });
});

describe('levels and sums', () => {
  it('adds a 0-point level when the text names none, and says so', () => {
    const { r, node } = leaf('Ban hành kế hoạch', ['Ban hành kịp thời: 0,5', 'Ban hành chậm: 0,25']);
    expect(r.status).toBe('partly');
    expect(r.reasons.join(' ')).toContain('thêm mức "Không đạt các mức trên"');
    expect(node.inputs?.[0].levels?.map((l) => l.label)).toEqual(['Ban hành kịp thời', 'Ban hành chậm', 'Không đạt các mức trên']);
  });
  it('independent items without a zero line add up', () => {
    const { r } = leaf('Thông tin', ['+ Có chuyên mục CCHC: 0,25', '+ Cập nhật hằng tháng: 0,25', '+ Có hộp thư góp ý: 0,5']);
    expect(r).toMatchObject({ status: 'recognised', maxPoints: 1, rule: { type: 'sum' } });
  });
});

describe('what it cannot read', () => {
  it('a formula whose letters are not explained is not recognised, with the reason', () => {
    const r = recogniseRule('Tỷ lệ văn bản', ['Điểm đánh giá được tính theo công thức: (b/a)*1.0']);
    expect(r.status).toBe('unrecognised');
    expect(r.reasons[0]).toContain('dùng b, a nhưng văn bản không giải thích');
  });
  it('sentences without points are not recognised', () => {
    expect(recogniseRule('Tiêu chí', ['Thực hiện đầy đủ theo hướng dẫn của Sở Nội vụ'])).toMatchObject({
      status: 'unrecognised',
      reasons: [expect.stringContaining('Không thấy câu nào cho điểm')],
    });
  });
});

describe('bands read from the words', () => {
  it('"trên"/"dưới" on counts leave exactly the edge out, and the gap is named', () => {
    const r = recogniseRule('Tin bài', ['Trên 20 tin: 0,5', 'Dưới 20 tin: 0']);
    expect(r.status).toBe('partly');
    expect(r.reasons.join(' ')).toContain('giá trị đúng bằng 20 không thuộc khoảng nào');
  });
  it('overlapping bands are flagged', () => {
    const problems = findBandProblems(
      [
        { min: 0.5, points: 1 },
        { min: 0.4, max: 0.6, points: 0.5 },
        { max: 0.4, points: 0 },
      ],
      { max: 1, integer: false, percent: true },
    );
    expect(problems).toEqual([{ kind: 'overlap', from: 0.5, to: 0.6, bands: [0, 1], text: 'giá trị từ 50% đến dưới 60% thuộc cùng lúc các khoảng 1, 2' }]);
  });
  it('a threshold-free zero line takes what the thresholds leave: "Còn TTHC … : 0" below 100%', () => {
    const { r, node } = leaf('Tỷ lệ TTHC tiếp nhận tại Bộ phận Một cửa', [
      '100% số TTHC được tiếp nhận tại Bộ phận Một cửa: 0,5',
      'Còn TTHC tiếp nhận tại phòng chuyên môn: 0',
    ]);
    expect(r.rule).toMatchObject({
      type: 'bands',
      bands: [
        { min: 1, points: 0.5 },
        { max: 1, points: 0 },
      ],
    });
    expect([scoreCriterion(node, { achieved: 10, total: 10 }).score, scoreCriterion(node, { achieved: 9, total: 10 }).score]).toEqual([0.5, 0]);
  });
  it('linear above a floor with full points from a threshold (7.4.2)', () => {
    const { r, node } = leaf('Tỷ lệ hồ sơ TTHC được xử lý trực tuyến', [
      'Từ 80% số hồ sơ TTHC trở lên: 2,5',
      'Từ 40% đến dưới 80% số hồ sơ TTHC thì tính theo công thức: Tỷ lệ % số hồ sơ x 2,5 điểm',
      'Dưới 40% hồ sơ TTHC: 0 điểm',
    ]);
    expect(r.rule).toMatchObject({ type: 'linearAboveFloor', floor: 0.4, factor: 2.5, fullFrom: { min: 0.8, points: 2.5 } });
    expect([80, 79, 40, 39].map((n) => scoreCriterion(node, { achieved: n, total: 100 }).score)).toEqual([2.5, 1.98, 1, 0]);
    expect(node.inputs?.map((i) => i.label)).toEqual(['Số hồ sơ TTHC được xử lý trực tuyến', 'Tổng số hồ sơ TTHC']);
  });
});
