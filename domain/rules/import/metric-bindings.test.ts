import { describe, expect, it } from 'vitest';
import { findCriterion, validateFramework } from '../framework-ops';
import type { Criterion, Framework } from '../framework-schema';
import { inputValueFromMetric } from '../metric-input';
import { scoreCriterion } from '../score';
import { OWN_DATA_APPENDIX } from './fixtures/own-data-appendix';
import { appendixFromText, applyMetricBindings, buildImportDraft, suggestMetricBindings } from './index';
import { SHARE_INPUT_KEY } from './metric-bindings';

const draft = buildImportDraft(appendixFromText(OWN_DATA_APPENDIX), { code: 'TEST-OWN-DATA', name: 'Bộ chỉ số thử', year: 2025, sourceName: 'phu-luc.txt' });
const offers = suggestMetricBindings(draft.document);
const offer = (code: string) => offers.filter((b) => b.code === code);

function leafOf(areas: Criterion[], code: string): Criterion {
  return findCriterion({ areas } as Framework, code)!;
}

describe('offering percentages the system computes', () => {
  it('offers survey satisfaction, reports on time and units inspected as one share each, with the definition and the conversion', () => {
    expect(offers.map((b) => [b.code, b.kind, b.metric])).toEqual([
      ['1.1', 'share', 'reports.onTimeRate'],
      ['1.2', 'share', 'inspections.unitsInspectedRate'],
      ['2.1', 'share', 'surveys.satisfactionRate'],
      ['2.2', 'input', 'feedback.handledOnTime'],
      ['2.2', 'input', 'feedback.received'],
    ]);
    expect(offer('2.1')[0]).toEqual({
      code: '2.1',
      kind: 'share',
      inputKey: SHARE_INPUT_KEY,
      inputLabel: 'Mức độ hài lòng của người dân, tổ chức đối với việc giải quyết TTHC',
      metric: 'surveys.satisfactionRate',
      unit: '%',
      definition:
        'Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC: tỷ lệ hài lòng trên các phiếu khảo sát hợp lệ trả lời trong kỳ, mỗi phiếu tính theo phương pháp đã chọn',
      conversion: 'Hệ thống tính theo %, quy tắc đọc tỷ lệ từ 0 đến 1: giá trị chia cho 100 (96,5% → tỷ lệ 0,965).',
      replaces: ['achieved', 'total'],
      reason: 'Tiêu chí nói về mức độ hài lòng của người dân, tổ chức: hệ thống đã tính được tỷ lệ này.',
    });
    // Counts stay counts where the system counts both (the explanation then says "48/50 phản ánh").
    expect(offer('2.2').map((b) => [b.unit, b.conversion])).toEqual([
      ['count', null],
      ['count', null],
    ]);
  });

  it('accepting a share binding replaces the two counts by one share input the rule reads, and the draft stays publishable', () => {
    const bound = applyMetricBindings(draft.document, offer('2.1'));
    const leaf = leafOf(bound.areas, '2.1');
    expect(leaf.inputs).toEqual([
      { key: 'tyLe', label: 'Mức độ hài lòng của người dân, tổ chức đối với việc giải quyết TTHC', type: 'ratio', metric: 'surveys.satisfactionRate' },
    ]);
    expect(leaf.rule).toMatchObject({ type: 'bands', value: { kind: 'input', key: 'tyLe' } });
    expect(validateFramework(bound).ok).toBe(true);
    // The registry's 96,5% reaches the rule as 0,965; the band edges are the decision's own.
    const scoreAt = (percent: number) => scoreCriterion(leaf, { tyLe: inputValueFromMetric('ratio', '%', percent).value }).score;
    expect([100, 96.5, 95, 94.99, 90, 89.9, 80, 79.99, 0].map(scoreAt)).toEqual([1.5, 1.5, 1.5, 1, 1, 0.5, 0.5, 0, 0]);
    expect(scoreCriterion(leaf, { tyLe: 0.965 }).explanation).toContain('= 96,5%');
    expect(suggestMetricBindings(bound).filter((b) => b.code === '2.1')).toEqual([]); // nothing left to offer
  });

  it('binds the inspected share as the inspections feature measures it, with the edges of the decision', () => {
    const leaf = leafOf(applyMetricBindings(draft.document, offer('1.2')).areas, '1.2');
    const scoreAt = (percent: number) => scoreCriterion(leaf, { tyLe: inputValueFromMetric('ratio', '%', percent).value }).score;
    expect([(1 / 24) * 100, 20, (7 / 24) * 100, 30, 100].map(scoreAt)).toEqual([0, 0.5, 0.5, 1, 1]);
  });

  it('a share of procedures takes the catalogue’s percentage, never a count of dossiers', () => {
    const text = [
      'STT\tLĩnh vực/Tiêu chí/Tiêu chí thành phần\tĐiểm tối đa',
      '7\tCHÍNH QUYỀN SỐ\t1',
      '7.1\tTỷ lệ TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình\t1',
      '\tTừ 80% trở lên: 1\t',
      '\tDưới 80%: 0\t',
    ].join('\n');
    const d = buildImportDraft(appendixFromText(text), { code: 'T', name: 'T', year: 2025, sourceName: 't.txt' });
    expect(suggestMetricBindings(d.document).map((b) => [b.kind, b.metric])).toEqual([['share', 'procedures.fullyOnlineRate']]);
  });

  it('a share input typed by hand is offered the percentage directly', () => {
    const doc = structuredClone(draft.document);
    const leaf = leafOf(doc.areas, '1.1');
    leaf.inputs = [{ key: 'share', label: 'Tỷ lệ báo cáo gửi đúng hạn', type: 'ratio' }];
    if (leaf.rule?.type === 'bands') leaf.rule.value = { kind: 'input', key: 'share' };
    expect(suggestMetricBindings(doc).filter((b) => b.code === '1.1')).toMatchObject([
      { kind: 'input', inputKey: 'share', metric: 'reports.onTimeRate', unit: '%', replaces: [] },
    ]);
  });
});

describe('a metric must fit the input it fills', () => {
  it('refuses a count into a share and a percentage into a count, naming the input and what to choose', () => {
    const doc = applyMetricBindings(draft.document, offer('2.1'));
    leafOf(doc.areas, '2.1').inputs![0].metric = 'feedback.received';
    leafOf(doc.areas, '2.2').inputs![0].metric = 'feedback.handledOnTimeRate';
    const checked = validateFramework(doc);
    expect(checked.ok).toBe(false);
    const messages = checked.ok ? [] : checked.issues.map((i) => `${i.path}: ${i.message}`);
    expect(messages).toEqual([
      'areas[1].children[0].inputs[0].metric: «Mức độ hài lòng của người dân, tổ chức đối với việc giải quyết TTHC» là tỷ lệ nhưng chỉ số feedback.received là số đếm: chọn một chỉ số tỷ lệ (%)',
      'areas[1].children[1].inputs[0].metric: «Số phản ánh, kiến nghị được xử lý đúng hạn» là số đếm nhưng chỉ số feedback.handledOnTimeRate là tỷ lệ (%): chọn một chỉ số đếm, hoặc đổi dữ liệu thành kiểu tỷ lệ',
    ]);
  });
});
