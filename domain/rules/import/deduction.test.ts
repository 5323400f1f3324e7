// Deductions per occurrence. The public corpora searched (see docs/frameworks-sources.md) hold only the opening
// pages of provinces' PAR decisions, not their appendices, so these sentences follow the wordings that appear in
// such appendices and in the issue ("Mỗi văn bản ban hành chậm trừ 0,25 điểm"), with their decimal commas,
// "cứ 01", "điểm/…", "cho mỗi …" and caps on the deduction; each is checked by scoring it.
import { describe, expect, it } from 'vitest';
import { Criterion } from '../framework-schema';
import { scoreCriterion } from '../score';
import { readDeduction } from './deduction-text';
import { recogniseRule } from './recognise';

/** The recognised rule as a leaf the engine scores, with the maximum the draft would give it. */
function leaf(title: string, sentences: string[], tableMax: number | null = null) {
  const r = recogniseRule(title, sentences, { tableMax });
  const node = r.rule
    ? Criterion.parse({ code: '1.2', title, maxPoints: tableMax ?? r.maxPoints ?? 0, responsibleUnits: [], inputs: r.inputs, rule: r.rule })
    : null;
  const scores = (key: string, counts: number[]) => counts.map((n) => scoreCriterion(node!, { [key]: n }).score);
  return { r, node, scores };
}

describe('a deduction per occurrence from the criterion’s points', () => {
  it('"Mỗi văn bản ban hành chậm trừ 0,25 điểm" from "đầy đủ, đúng thời hạn: 1" is max(1 − n × 0,25; 0)', () => {
    const { r, node, scores } = leaf('Ban hành văn bản quy phạm pháp luật theo Chương trình', [
      'Ban hành đầy đủ, đúng thời hạn: 1 điểm',
      'Mỗi văn bản ban hành chậm trừ 0,25 điểm',
    ]);
    expect(r).toMatchObject({
      status: 'recognised',
      maxPoints: 1,
      rule: { type: 'formula', expr: 'max(1 - vanBanBanHanhCham × 0.25, 0)', onNoData: 'insufficient' },
    });
    expect(node!.inputs).toEqual([
      { key: 'vanBanBanHanhCham', label: 'Số văn bản ban hành chậm', type: 'number', unit: 'văn bản ban hành chậm', integer: true },
    ]);
    expect(scores('vanBanBanHanhCham', [0, 1, 3, 4, 5, 12])).toEqual([1, 0.75, 0.25, 0, 0, 0]);
    expect(r.reasons[0]).toBe(
      'Bắt đầu từ 1 điểm (câu «Ban hành đầy đủ, đúng thời hạn: 1»), mỗi văn bản ban hành chậm trừ 0,25 điểm, không dưới 0 → max(1 - vanBanBanHanhCham × 0.25, 0).',
    );
  });

  it('with no sentence for the full points, starts from the table’s maximum', () => {
    const { r, scores } = leaf('Tiến độ ban hành văn bản', ['Mỗi văn bản ban hành chậm trừ 0,25 điểm'], 0.75);
    expect(r).toMatchObject({ status: 'recognised', maxPoints: 0.75, rule: { expr: 'max(0.75 - vanBanBanHanhCham × 0.25, 0)' } });
    expect(r.reasons[0]).toContain('điểm tối đa trong bảng');
    expect(scores('vanBanBanHanhCham', [0, 2, 3, 7])).toEqual([0.75, 0.25, 0, 0]);
  });

  it('without either, is not recognised and says what to enter', () => {
    const r = recogniseRule('Tiến độ ban hành văn bản', ['Mỗi văn bản ban hành chậm trừ 0,25 điểm']);
    expect(r.status).toBe('unrecognised');
    expect(r.reasons[0]).toContain('không rõ điểm xuất phát');
    expect(r.rule).toBeUndefined();
  });

  it('a cap on the deduction ("tối đa trừ 0,3 điểm") keeps what the cap leaves', () => {
    const { r, scores } = leaf('Thực hiện chế độ báo cáo CCHC định kỳ', [
      'Gửi đầy đủ, đúng thời hạn các báo cáo định kỳ: 0,5',
      'Mỗi báo cáo gửi chậm hoặc không gửi trừ 0,1 điểm, tối đa trừ 0,3 điểm',
    ]);
    expect(r).toMatchObject({ status: 'recognised', maxPoints: 0.5, rule: { expr: 'max(0.5 - min(baoCaoGuiChamHoac × 0.1, 0.3), 0)' } });
    expect(scores('baoCaoGuiChamHoac', [0, 1, 2, 3, 4, 9])).toEqual([0.5, 0.4, 0.3, 0.2, 0.2, 0.2]);
    expect(r.reasons[0]).toContain('trừ tối đa 0,3 điểm');
  });

  it('"Cứ 01 … trừ" with "tổng số điểm trừ không quá …" in brackets', () => {
    const { r, scores } = leaf('Thực hiện nhiệm vụ UBND tỉnh giao', [
      'Hoàn thành 100% nhiệm vụ đúng hạn: 1,5',
      'Cứ 01 nhiệm vụ hoàn thành chậm so với thời hạn trừ 0,1 điểm (tổng số điểm trừ không quá 1 điểm)',
    ]);
    expect(r.rule).toMatchObject({ expr: 'max(1.5 - min(nhiemVuHoanThanhCham × 0.1, 1), 0)' });
    expect(scores('nhiemVuHoanThanhCham', [0, 5, 10, 15])).toEqual([1.5, 1, 0.5, 0.5]);
  });

  it('"trừ 0,05 điểm/hồ sơ" and "trừ … cho mỗi …": what is counted follows the points', () => {
    expect(readDeduction('Có hồ sơ quá hạn: trừ 0,05 điểm/hồ sơ quá hạn')).toEqual({
      item: 'hồ sơ quá hạn',
      perItem: 0.05,
      cap: null,
      text: 'trừ 0,05 điểm/hồ sơ quá hạn',
    });
    expect(readDeduction('Trừ 0,2 điểm cho mỗi nhiệm vụ chậm tiến độ, tối đa 1 điểm')).toMatchObject({ item: 'nhiệm vụ chậm tiến độ', perItem: 0.2, cap: 1 });
  });

  it('"Có … thì mỗi … trừ" names the counted thing from before "thì"', () => {
    const { r, node, scores } = leaf('Thực hiện xin lỗi khi giải quyết hồ sơ quá hạn', [
      'Không có hồ sơ quá hạn hoặc 100% hồ sơ quá hạn có văn bản xin lỗi: 0,5',
      'Có hồ sơ quá hạn không có văn bản xin lỗi thì mỗi hồ sơ trừ 0,1 điểm',
    ]);
    expect(node!.inputs![0]).toMatchObject({ label: 'Số hồ sơ quá hạn không có văn bản xin lỗi', unit: 'hồ sơ quá hạn không có văn bản xin lỗi' });
    expect(r.status).toBe('recognised');
    expect(scores(node!.inputs![0].key, [0, 2, 5, 6])).toEqual([0.5, 0.3, 0, 0]);
  });

  it('a cap not below the starting points is dropped, since the floor at 0 already holds', () => {
    const { r } = leaf('Kỷ luật, kỷ cương hành chính', [
      'Không có cán bộ vi phạm: 1',
      'Mỗi trường hợp cán bộ, công chức vi phạm bị xử lý kỷ luật trừ 0,5 điểm, tối đa 1 điểm',
    ]);
    expect(r.rule).toMatchObject({ expr: 'max(1 - truongHopCanBoCong × 0.5, 0)' });
    expect(r.reasons[1]).toContain('không nhỏ hơn điểm xuất phát');
  });

  it('flags a sentence the deduction does not cover, and a starting point that differs from the table', () => {
    const { r } = leaf(
      'Ban hành kế hoạch CCHC năm',
      ['Ban hành đúng thời hạn: 1 điểm', 'Mỗi ngày ban hành chậm trừ 0,1 điểm', 'Không ban hành kế hoạch: 0'],
      1.5,
    );
    expect(r.status).toBe('partly');
    expect(r.reasons.join(' ')).toContain('«Không ban hành kế hoạch: 0» không nằm trong công thức trừ điểm');
    expect(r.reasons.join(' ')).toContain('bảng ghi điểm tối đa 1,5');
  });

  it('leaves points that are added per item, and "trừ" meaning "except", to their own readings', () => {
    expect(readDeduction('Mỗi sáng kiến được công nhận được 0,1 điểm, tối đa 0,5 điểm')).toBeNull();
    expect(readDeduction('a là tổng số văn bản đi (trừ văn bản mật)')).toBeNull();
    expect(recogniseRule('Sáng kiến', ['Mỗi sáng kiến được công nhận được 0,1 điểm, tối đa 0,5 điểm']).rule).toMatchObject({
      expr: 'min(sangKienDuocCongNhan × 0.1, 0.5)',
    });
  });
});
