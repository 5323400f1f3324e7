import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Criterion, Framework } from './framework-schema';
import { HP_SGDDT_2023 } from './frameworks/hp-sgddt-2023';
import { listLeaves } from './framework-ops';
import { scoreCriterion, scoreFramework, type FrameworkInputs } from './score';
import { formatViNumber, formatViPercent, roundTo } from './vi-format';

const node = (data: unknown) => Criterion.parse(data);
const count = (key: string, unit: string) => ({ key, label: key, type: 'number', unit });

const level = node({
  code: '9.1',
  title: 'mức',
  maxPoints: 0.5,
  responsibleUnits: ['VP'],
  inputs: [
    {
      key: 'level',
      label: 'Mức',
      type: 'level',
      levels: [
        { key: 'a', label: 'A' },
        { key: 'b', label: 'B' },
        { key: 'c', label: 'C' },
      ],
    },
  ],
  rule: {
    type: 'level',
    input: 'level',
    points: [
      { level: 'a', points: 0.5 },
      { level: 'b', points: 0.25 },
    ],
  },
});
const sum = node({
  code: '9.2',
  title: 'cộng',
  maxPoints: 0.9,
  responsibleUnits: ['VP'],
  inputs: [
    { key: 'x', label: 'X', type: 'boolean' },
    { key: 'y', label: 'Y', type: 'boolean' },
    { key: 'z', label: 'Z', type: 'boolean' },
  ],
  rule: {
    type: 'sum',
    items: [
      { input: 'x', points: 0.5 },
      { input: 'y', points: 0.3 },
      { input: 'z', points: 0.1 },
    ],
  },
});
const bands = (onNoData: string, onNoBand?: string) =>
  node({
    code: '9.3',
    title: 'khoảng',
    maxPoints: 1,
    responsibleUnits: ['VP'],
    inputs: [count('n', 'việc'), count('d', 'việc')],
    rule: {
      type: 'bands',
      value: { kind: 'ratio', numerator: 'n', denominator: 'd' },
      bands: [
        { min: 0.8, points: 1 },
        { min: 0.6, max: 0.8, points: 0.5 },
        { min: 0.4, max: 0.6, points: 0.25 },
      ],
      onNoData,
      ...(onNoBand ? { onNoBand } : {}),
    },
  });
const linear = node({
  code: '9.4',
  title: 'tuyến tính',
  maxPoints: 2.5,
  responsibleUnits: ['VP'],
  inputs: [{ key: 'share', label: 'Tỷ lệ', type: 'ratio', unit: 'tỷ lệ' }],
  rule: {
    type: 'linearAboveFloor',
    value: { kind: 'input', key: 'share' },
    floor: 0.4,
    factor: 2.5,
    fullFrom: { min: 0.8, points: 2.5 },
    onNoData: 'insufficient',
  },
});
const formula = node({
  code: '9.5',
  title: 'công thức',
  maxPoints: 1,
  responsibleUnits: ['VP'],
  inputs: [count('a', 'văn bản'), count('b', 'văn bản')],
  rule: { type: 'formula', expr: 'b / a × 2 - 0.5', onNoData: 'zero' },
});

describe('level rule', () => {
  it('gives the points of the chosen level, 0 for a level without points', () => {
    expect(scoreCriterion(level, { level: 'a' })).toMatchObject({ score: 0.5, status: 'scored', explanation: '9.1: mức «A» → 0,5 điểm' });
    expect(scoreCriterion(level, { level: 'b' }).score).toBe(0.25);
    expect(scoreCriterion(level, { level: 'c' })).toMatchObject({ score: 0, status: 'scored' });
  });
  it('is insufficient for a missing or unknown level', () => {
    expect(scoreCriterion(level, {})).toMatchObject({ status: 'insufficient', score: 0 });
    expect(scoreCriterion(level, { level: 'zz' }).status).toBe('insufficient');
  });
});

describe('sum rule', () => {
  it('adds the items done', () => {
    expect(scoreCriterion(sum, { x: true, y: false, z: true }).score).toBe(0.6);
    expect(scoreCriterion(sum, { x: true, y: true, z: true }).exactScore).toBeCloseTo(0.9, 12);
  });
  it('needs every item answered, as yes or no', () => {
    expect(scoreCriterion(sum, { x: true, y: false }).status).toBe('insufficient');
    expect(scoreCriterion(sum, { x: true, y: false, z: 1 }).status).toBe('insufficient');
  });
});

describe('bands rule', () => {
  it.each([
    [80, 1],
    [79, 0.5],
    [60, 0.5],
    [59, 0.25],
    [40, 0.25],
  ])('%i/100 → %d (lower edge inclusive, upper exclusive)', (n, points) => {
    expect(scoreCriterion(bands('insufficient'), { n, d: 100 }).score).toBe(points);
  });
  it('closes a value in no band as the rule says (default: insufficient)', () => {
    expect(scoreCriterion(bands('insufficient'), { n: 39, d: 100 }).status).toBe('insufficient');
    expect(scoreCriterion(bands('insufficient', 'zero'), { n: 39, d: 100 })).toMatchObject({ status: 'scored', score: 0 });
  });
  it('closes a zero denominator as onNoData says', () => {
    expect(scoreCriterion(bands('full'), { n: 0, d: 0 })).toMatchObject({ status: 'scored', score: 1 });
    expect(scoreCriterion(bands('zero'), { n: 0, d: 0 })).toMatchObject({ status: 'scored', score: 0 });
    expect(scoreCriterion(bands('insufficient'), { n: 0, d: 0 }).status).toBe('insufficient');
  });
  it('never closes missing data as full', () => {
    expect(scoreCriterion(bands('full'), { n: 3 }).status).toBe('insufficient');
    expect(scoreCriterion(bands('full'), { n: 3, d: null }).status).toBe('insufficient');
  });
  it('refuses a numerator above its denominator and negative counts', () => {
    expect(scoreCriterion(bands('full'), { n: 101, d: 100 })).toMatchObject({ status: 'insufficient', explanation: expect.stringContaining('lớn hơn') });
    expect(scoreCriterion(bands('full'), { n: -1, d: 100 }).status).toBe('insufficient');
    expect(scoreCriterion(bands('full'), { n: '5', d: 100 }).status).toBe('insufficient');
  });
  it('honours upperInclusive and lowerExclusive edges', () => {
    const edges = node({
      code: '9.6',
      title: 'biên',
      maxPoints: 1,
      responsibleUnits: [],
      inputs: [count('v', 'tin')],
      rule: {
        type: 'bands',
        value: { kind: 'input', key: 'v' },
        bands: [
          { min: 10, lowerExclusive: true, points: 1 },
          { min: 5, max: 10, upperInclusive: true, points: 0.5 },
        ],
        onNoData: 'insufficient',
        onNoBand: 'zero',
      },
    });
    expect([4, 5, 10, 11].map((v) => scoreCriterion(edges, { v }).score)).toEqual([0, 0.5, 0.5, 1]);
  });
});

describe('linearAboveFloor rule', () => {
  it('is 0 below the floor, share × factor from it, full points from fullFrom', () => {
    expect(scoreCriterion(linear, { share: 0.39 }).score).toBe(0);
    expect(scoreCriterion(linear, { share: 0.4 }).score).toBe(1);
    expect(scoreCriterion(linear, { share: 0.5 })).toMatchObject({ score: 1.25, explanation: '9.4: tỷ lệ = 50% từ 40% đến dưới 80% → 50% × 2,5 = 1,25 điểm' });
    expect(scoreCriterion(linear, { share: 0.79 }).score).toBe(1.98);
    expect(scoreCriterion(linear, { share: 0.8 }).score).toBe(2.5);
  });
});

describe('formula rule and clamping', () => {
  it('clamps above the maximum and below zero, and says so', () => {
    expect(scoreCriterion(formula, { a: 10, b: 10 })).toMatchObject({ score: 1, explanation: expect.stringContaining('giới hạn ở điểm tối đa 1 điểm') });
    expect(scoreCriterion(formula, { a: 10, b: 1 })).toMatchObject({ score: 0, explanation: expect.stringContaining('không âm') });
    expect(scoreCriterion(formula, { a: 10, b: 5 }).score).toBe(0.5);
  });
  it('closes a zero divisor by onNoData and keeps missing inputs insufficient', () => {
    expect(scoreCriterion(formula, { a: 0, b: 0 })).toMatchObject({ status: 'scored', score: 0 });
    expect(scoreCriterion(formula, { a: 10 }).status).toBe('insufficient');
  });
});

describe('scoreFramework', () => {
  const fw = Framework.parse({
    code: 'TEST-2024',
    name: 't',
    year: 2024,
    version: 1,
    description: '',
    areas: [
      {
        code: '9',
        title: 'Lĩnh vực',
        maxPoints: 3.4,
        responsibleUnits: ['VP'],
        children: [
          level,
          sum,
          { ...bands('insufficient', 'insufficient'), code: '9.3' },
          { code: '9.9', title: 'giữ chỗ', maxPoints: 1, responsibleUnits: [], placeholder: true },
        ],
      },
    ],
  });
  it('sums children into parents and keeps exact values under the rounding', () => {
    const r = scoreFramework(fw, { '9.1': { level: 'b' }, '9.2': { x: true, y: true, z: false }, '9.3': { n: 2, d: 3 } });
    expect(r).toMatchObject({ total: 1.55, max: 3.4, insufficientCount: 0 });
    expect(r.criteria.map((c) => c.code)).toEqual(['9', '9.1', '9.2', '9.3', '9.9']);
    expect(r.criteria[0]).toMatchObject({ score: 1.55, lost: 1.85, status: 'scored', explanation: '9: tổng 4 mục con = 1,55/3,4 điểm' });
    expect(r.criteria[4]).toMatchObject({ placeholder: true, status: 'insufficient' });
  });
  it('marks a parent insufficient when a leaf lacks data', () => {
    const r = scoreFramework(fw, { '9.1': { level: 'a' } });
    expect(r.insufficientCount).toBe(2);
    expect(r.criteria[0].explanation).toContain('2 tiêu chí chưa đủ dữ liệu');
  });
});

describe('Vietnamese numbers', () => {
  it('uses the decimal comma, dot thousands and rounds half up through float noise', () => {
    expect(formatViNumber(0.95 * 1.5)).toBe('1,43');
    expect(formatViNumber(2.5)).toBe('2,5');
    expect(formatViNumber(12345.678)).toBe('12.345,68');
    expect(formatViPercent(0.799)).toBe('79,9%');
    expect(roundTo(1.005)).toBe(1.01);
  });
});

// Random inputs for every leaf of the shipped framework, including nonsense, never push a score past its maximum.
const anyValue = fc.oneof(fc.integer({ min: -5, max: 500 }), fc.double(), fc.boolean(), fc.constantFrom(null, 'full', 'none', 'excellent', 'good'));
const frameworkInputs: fc.Arbitrary<FrameworkInputs> = fc.record(
  Object.fromEntries(listLeaves(HP_SGDDT_2023).map((leaf) => [leaf.code, fc.record(Object.fromEntries((leaf.inputs ?? []).map((i) => [i.key, anyValue])))])),
);

describe('scoreFramework fuzz', () => {
  it('never exceeds a maximum, never goes below 0, never gives NaN', () => {
    fc.assert(
      fc.property(frameworkInputs, (inputs) => {
        const r = scoreFramework(HP_SGDDT_2023, inputs);
        expect(r.exactTotal).toBeGreaterThanOrEqual(0);
        expect(r.exactTotal).toBeLessThanOrEqual(r.max + 1e-9);
        for (const c of r.criteria) {
          expect(Number.isFinite(c.exactScore)).toBe(true);
          expect(c.exactScore).toBeGreaterThanOrEqual(0);
          expect(c.exactScore).toBeLessThanOrEqual(c.max);
          expect(c.explanation.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  }, 120_000); // 500 generated frameworks: slow on a loaded machine, not a timed assertion
});
