import { describe, expect, it } from 'vitest';
import { findCriterion, listLeaves } from '../framework-ops';
import { METRIC_KEYS } from '../metric-keys';
import { RESPONSIBLE_UNITS } from '../responsible-units';
import { scoreCriterion, scoreFramework, type CriterionInputs } from '../score';
import { HP_SGDDT_2023 } from './hp-sgddt-2023';

function score(code: string, inputs: CriterionInputs) {
  const node = findCriterion(HP_SGDDT_2023, code);
  if (!node) throw new Error(`no criterion ${code}`);
  return scoreCriterion(node, inputs);
}

describe('HP-SGDDT-2023 as seed 004 states it', () => {
  it('ships areas 3, 7, 8 with the seed maxima, the rest as placeholders, and says the total is partial', () => {
    expect(HP_SGDDT_2023.partial).toBe(true);
    expect(HP_SGDDT_2023.areas.map((a) => [a.code, a.maxPoints, a.placeholder === true])).toEqual([
      ['1', 0, true],
      ['2', 0, true],
      ['3', 7.75, false],
      ['4', 0, true],
      ['5', 0, true],
      ['6', 0, true],
      ['7', 10.8, false],
      ['8', 5, false],
    ]);
    const maxima = Object.fromEntries(listLeaves(HP_SGDDT_2023).map((l) => [l.code, l.maxPoints]));
    expect(maxima).toMatchObject({
      '3.1': 0.25,
      '3.2': 0.5,
      '3.3.1': 0.5,
      '3.3.2': 0.5,
      '3.3.3': 0.25,
      '3.3.4': 0.25,
      '3.3.5': 0.25,
      '3.3.6': 0.25,
      '3.4.1': 0.5,
      '3.4.2': 1.5,
      '3.4.3': 0.5,
      '3.4.4': 1,
      '3.4.5': 0.5,
      '3.5': 1,
      '7.1.3': 1,
      '7.1.4': 1,
      '7.2': 0.9,
      '7.3': 0.5,
      '7.4.1': 0.1,
      '7.4.2': 2.5,
      '7.5.1': 0.1,
      '7.5.2': 0.2,
      '7.5.3': 0.5,
      '7.6.1': 0.4,
      '7.6.2': 0.3,
      '7.6.3': 1,
      '7.6.4': 0.3,
      '7.6.5': 0.5,
      '7.7.1': 0.5,
      '7.7.2': 1,
      '8.1': 2.5,
      '8.2': 2.5,
    });
    expect(
      listLeaves(HP_SGDDT_2023, { includePlaceholders: true })
        .filter((l) => l.placeholder)
        .map((l) => l.code),
    ).toEqual(['1', '2', '4', '5', '6', '7.1.1', '7.1.2', '7.1.5']);
  });

  it('uses the input keys the product fills, with known metrics and units', () => {
    const keys = (code: string) => findCriterion(HP_SGDDT_2023, code)?.inputs?.map((i) => i.key);
    expect(keys('3.4.2')).toEqual(['onTime', 'total']);
    expect(keys('3.5')).toEqual(['digitized', 'total']);
    expect(keys('7.1.3')).toEqual(['a', 'b', 'c']);
    expect(keys('7.1.4')).toEqual(['signed', 'total']);
    expect(keys('7.3')).toEqual(['posts']);
    expect(keys('7.4.2')).toEqual(['onlineSubmitted', 'total']);
    expect(keys('8.1')).toEqual(['done', 'assigned']);
    expect(keys('8.2')).toEqual(['onTime', 'assigned']);
    expect(findCriterion(HP_SGDDT_2023, '8.2')?.inputs?.map((i) => i.metric)).toEqual(['tasks.doneOnTime', 'tasks.assigned']);
    const nodes = listLeaves(HP_SGDDT_2023, { includePlaceholders: true });
    for (const n of nodes) for (const u of n.responsibleUnits) expect(Object.keys(RESPONSIBLE_UNITS)).toContain(u);
    for (const n of nodes) for (const i of n.inputs ?? []) if (i.metric) expect(Object.keys(METRIC_KEYS)).toContain(i.metric);
  });

  it('3.4.2: ≥ 95% on time → share × 1,5, else 0; no dossiers is insufficient', () => {
    expect(score('3.4.2', { onTime: 96, total: 100 })).toMatchObject({
      score: 1.44,
      explanation: '3.4.2: 96/100 hồ sơ đúng hạn = 96% ≥ 95% → 96% × 1,5 = 1,44 điểm',
    });
    expect(score('3.4.2', { onTime: 95, total: 100 }).score).toBe(1.43);
    expect(score('3.4.2', { onTime: 94, total: 100 })).toMatchObject({ score: 0, explanation: '3.4.2: 94/100 hồ sơ đúng hạn = 94% < 95% → 0 điểm' });
    expect(score('3.4.2', { onTime: 100, total: 100 }).score).toBe(1.5);
    expect(score('3.4.2', { onTime: 0, total: 0 })).toMatchObject({ status: 'insufficient', score: 0 });
  });

  it('3.5: ≥ 70% digitised → share × 1', () => {
    expect(score('3.5', { digitized: 70, total: 100 }).score).toBe(0.7);
    expect(score('3.5', { digitized: 69, total: 100 }).score).toBe(0);
    expect(score('3.5', { digitized: 85, total: 100 }).score).toBe(0.85);
  });

  it('3.3.1 levels, 3.4.3 full when nothing was late, 3.4.5 full without feedback', () => {
    expect([score('3.3.1', { level: 'fullTimely' }), score('3.3.1', { level: 'fullLate' }), score('3.3.1', { level: 'none' })].map((s) => s.score)).toEqual([
      0.5, 0.25, 0,
    ]);
    expect(score('3.4.3', { lateWithApology: 0, late: 0 }).score).toBe(0.5);
    expect(score('3.4.3', { lateWithApology: 2, late: 3 }).score).toBe(0);
    expect(score('3.4.5', { handled: 0, received: 0 }).score).toBe(0.5);
    expect([score('3.4.5', { handled: 9, received: 10 }), score('3.4.5', { handled: 8, received: 10 })].map((s) => s.score)).toEqual([0.25, 0]);
  });

  it('7.1.3: (b/a) × 1,0 + (c/a) × 0,5', () => {
    expect(score('7.1.3', { a: 100, b: 60, c: 30 })).toMatchObject({ score: 0.75, status: 'scored' });
    expect(score('7.1.3', { a: 100, b: 100, c: 0 }).score).toBe(1);
    expect(score('7.1.3', { a: 100, b: 0, c: 100 }).score).toBe(0.5);
    expect(score('7.1.3', { a: 0, b: 0, c: 0 }).status).toBe('insufficient');
  });

  it('7.1.4: bands at exactly 40/60/80%', () => {
    const at = (signed: number, total = 1000) => score('7.1.4', { signed, total }).score;
    expect([at(800), at(799), at(600), at(599), at(400), at(399), at(0), at(1000)]).toEqual([1, 0.5, 0.5, 0.25, 0.25, 0, 0, 1]);
    expect(score('7.1.4', { signed: 799, total: 1000 }).explanation).toBe('7.1.4: 799/1.000 văn bản ký số = 79,9% (từ 60% đến dưới 80%) → 0,5 điểm');
  });

  it('7.2 and 7.6.3 add independent items', () => {
    expect(score('7.2', { decree43: true, accessLaw: true, spokesperson: false }).score).toBe(0.8);
    expect(score('7.2', { decree43: true, accessLaw: true, spokesperson: true }).score).toBe(0.9);
    expect(score('7.6.3', { lawUpdates: false, internalAudit: true }).score).toBe(0.5);
  });

  it('7.3: posts 201/200/199/52/51/12/11 (200 is not "trên 200")', () => {
    expect([201, 200, 199, 52, 51, 12, 11, 0].map((posts) => score('7.3', { posts }).score)).toEqual([0.5, 0.3, 0.3, 0.3, 0.2, 0.2, 0, 0]);
  });

  it('7.4.2: ≥ 80% → 2,5; 40–<80% → share × 2,5; below → 0', () => {
    const at = (n: number) => score('7.4.2', { onlineSubmitted: n, total: 100 }).score;
    expect([at(80), at(79), at(50), at(40), at(39)]).toEqual([2.5, 1.98, 1.25, 1, 0]);
  });

  it('7.5.x postal shares and 7.7.2 ISO bands', () => {
    expect([75, 74, 50, 49].map((n) => score('7.5.1', { withPostal: n, total: 100 }).score)).toEqual([0.1, 0.05, 0.05, 0]);
    expect([20, 19, 15, 14].map((n) => score('7.5.2', { postalReceived: n, total: 100 }).score)).toEqual([0.2, 0.1, 0.1, 0]);
    expect([20, 15, 14].map((n) => score('7.5.3', { postalReturned: n, total: 100 }).score)).toEqual([0.5, 0.3, 0]);
    expect([100, 99, 95, 94].map((n) => score('7.7.2', { isoCompliant: n, total: 100 }).score)).toEqual([1, 0.5, 0.5, 0]);
  });

  it('8.1 and 8.2 with the seed-002 figures: 41 assigned, 35 done, 9 on time', () => {
    expect(score('8.1', { done: 35, assigned: 41 })).toMatchObject({
      score: 2.13,
      explanation: '8.1: done / assigned × 2.5 với done = 35, assigned = 41 → 2,13 điểm',
    });
    expect(score('8.2', { onTime: 9, assigned: 41 }).score).toBe(0.55);
    expect(score('8.1', { done: 0, assigned: 0 }).status).toBe('insufficient');
    expect(findCriterion(HP_SGDDT_2023, '8.2')?.openCaseNote).toContain('không có thời hạn');
  });

  it('scores the whole shipped part: every leaf full gives the partial maximum 23,55', () => {
    const full: Record<string, CriterionInputs> = {};
    for (const leaf of listLeaves(HP_SGDDT_2023)) {
      const inputs: Record<string, number | boolean | string> = {};
      for (const i of leaf.inputs ?? []) inputs[i.key] = i.type === 'boolean' ? true : i.type === 'level' ? (i.levels?.[0]?.key ?? '') : 250;
      full[leaf.code] = inputs;
    }
    const r = scoreFramework(HP_SGDDT_2023, full);
    expect(r).toMatchObject({ total: 23.55, max: 23.55, insufficientCount: 0, partial: true });
    expect(r.criteria.find((c) => c.code === '3')?.explanation).toBe('3: tổng 5 mục con = 7,75/7,75 điểm');
  });
});
