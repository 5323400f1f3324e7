import { describe, expect, it } from 'vitest';
import { copyFrameworkToYear, fillMetricInputs, findCriterion, listLeaves, validateFramework } from './framework-ops';
import { HP_SGDDT_2023 } from './frameworks/hp-sgddt-2023';

// A JSON copy of the shipped framework to break in each test, as an imported file would be.
const copy = () => JSON.parse(JSON.stringify(HP_SGDDT_2023));

describe('validateFramework', () => {
  it('accepts the shipped framework, as an object and as JSON text', () => {
    expect(validateFramework(copy()).ok).toBe(true);
    expect(validateFramework(JSON.stringify(HP_SGDDT_2023)).ok).toBe(true);
    expect(validateFramework('{ not json')).toMatchObject({ ok: false, messages: ['(gốc): không phải JSON hợp lệ'] });
  });
  it('names the path of a shape error in Vietnamese', () => {
    const fw = copy();
    fw.areas[6].children[0].children[3].rule.bands[1].min = '0,6';
    fw.areas[6].children[0].children[3].rule.bands[2].upperInclusiv = true;
    delete fw.areas[7].children[0].title;
    fw.areas[2].children[0].rule.type = 'levle';
    const r = validateFramework(fw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.messages).toEqual(
      expect.arrayContaining([
        'areas[6].children[0].children[3].rule.bands[1].min: phải là số',
        'areas[6].children[0].children[3].rule.bands[2]: trường không được phép: upperInclusiv',
        'areas[7].children[0].title: thiếu trường bắt buộc',
        'areas[2].children[0].rule.type: loại quy tắc không hợp lệ (level, sum, bands, linearAboveFloor, formula)',
      ]),
    );
  });
  it('finds duplicate codes, maxima that do not add up, and codes outside their parent', () => {
    const fw = copy();
    fw.areas[2].children[1].code = '3.1';
    fw.areas[7].maxPoints = 6;
    fw.areas[7].children[1].code = '9.2';
    const r = validateFramework(fw);
    expect(!r.ok && r.messages).toEqual(
      expect.arrayContaining([
        'areas[2].children[1].code: mã "3.1" bị trùng với areas[2].children[0]',
        'areas[7].maxPoints: điểm tối đa 6 khác tổng điểm tối đa các mục con (5)',
        'areas[7].children[1].code: mã "9.2" phải bắt đầu bằng mã của mục cha "8."',
      ]),
    );
  });
  it('finds rules that read inputs the criterion does not declare, bad formulas and points above the maximum', () => {
    const fw = copy();
    fw.areas[7].children[1].rule.expr = 'onTime / assigne × 2.5';
    fw.areas[7].children[0].rule.expr = 'done / (assigned';
    fw.areas[6].children[0].children[3].rule.value.numerator = 'signedd';
    fw.areas[6].children[0].children[3].rule.bands[0].points = 2;
    fw.areas[2].children[0].rule.points[0].level = 'xong';
    delete fw.areas[6].children[2].rule;
    const r = validateFramework(fw);
    expect(!r.ok && r.messages).toEqual(
      expect.arrayContaining([
        'areas[7].children[1].rule.expr: dữ liệu "assigne" không có trong inputs của tiêu chí 8.2',
        'areas[7].children[0].rule.expr: Lỗi công thức tại vị trí 17: cần ")" nhưng gặp hết biểu thức',
        'areas[6].children[0].children[3].rule.value.numerator: dữ liệu "signedd" không có trong inputs của tiêu chí 7.1.4',
        'areas[6].children[0].children[3].rule.bands[0].points: 2 điểm vượt điểm tối đa 1 của tiêu chí 7.1.4',
        'areas[2].children[0].rule.points[0].level: mức "xong" không có trong levels của dữ liệu "level"',
        'areas[6].children[2].rule: tiêu chí lá phải có quy tắc chấm (hoặc đánh dấu placeholder: true)',
      ]),
    );
  });
});

describe('framework operations', () => {
  it('copies to a new year with a new code and version 1, leaving the original untouched', () => {
    const next = copyFrameworkToYear(HP_SGDDT_2023, { year: 2024 });
    expect(next).toMatchObject({ code: 'HP-SGDDT-2024', year: 2024, version: 1 });
    expect(next.name).toContain('năm 2024');
    expect(findCriterion(next, '3.4.2')?.rule).toEqual(findCriterion(HP_SGDDT_2023, '3.4.2')?.rule);
    expect(HP_SGDDT_2023.code).toBe('HP-SGDDT-2023');
    expect(copyFrameworkToYear(HP_SGDDT_2023, { year: 2025, code: 'HP-SGDDT-2025-B', version: 3 })).toMatchObject({ code: 'HP-SGDDT-2025-B', version: 3 });
  });
  it('finds nodes and lists leaves in tree order', () => {
    expect(findCriterion(HP_SGDDT_2023, '7.4.2')?.title).toBe('Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 3 và 4');
    expect(findCriterion(HP_SGDDT_2023, '9.9')).toBeUndefined();
    const codes = listLeaves(HP_SGDDT_2023).map((l) => l.code);
    expect(codes.slice(0, 3)).toEqual(['3.1', '3.2', '3.3.1']);
    expect(codes.at(-1)).toBe('8.2');
    expect(codes).toHaveLength(32);
  });
  it('fills inputs from metrics, typed values winning', () => {
    const inputs = fillMetricInputs(
      HP_SGDDT_2023,
      { 'tasks.assigned': 41, 'tasks.done': 35, 'tasks.doneOnTime': 9, 'dossiers.resolved': 100 },
      { '3.4.2': { onTime: 96 }, '8.1': { done: 36 } },
    );
    expect(inputs['8.1']).toEqual({ done: 36, assigned: 41 });
    expect(inputs['8.2']).toEqual({ onTime: 9, assigned: 41 });
    expect(inputs['3.4.2']).toEqual({ onTime: 96, total: 100 });
    expect(inputs['7.1.3']).toEqual({});
  });
  it('fills a share input from a percentage divided by 100, and never a count input from a percentage', () => {
    const framework = structuredClone(HP_SGDDT_2023);
    const leaf = findCriterion(framework, '8.2')!;
    leaf.inputs = [{ key: 'tyLe', label: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn', type: 'ratio', metric: 'tasks.doneOnTimeRate' }];
    findCriterion(framework, '8.1')!.inputs![0].metric = 'tasks.doneRate';
    const inputs = fillMetricInputs(framework, { 'tasks.doneOnTimeRate': 87.5, 'tasks.doneRate': 90, 'tasks.assigned': 40 });
    expect(inputs['8.2']).toEqual({ tyLe: 0.875 });
    expect(inputs['8.1']).toEqual({ done: null, assigned: 40 });
  });
});
