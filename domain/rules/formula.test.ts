import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAst, evaluateFormula, formulaNames, parseFormula, type FormulaAst, type FormulaResult } from './formula';

const value = (r: FormulaResult) => (r.ok ? r.value : r);

describe('formula grammar', () => {
  it('computes 7.1.3 as the seed writes it, with × and ASCII alike', () => {
    const inputs = { a: 100, b: 60, c: 30 };
    expect(value(evaluateFormula('(b/a)*1.0+(c/a)*0.5', inputs))).toBeCloseTo(0.75, 12);
    expect(value(evaluateFormula('(b / a) × 1.0 + (c / a) × 0.5', inputs))).toBeCloseTo(0.75, 12);
  });
  it('reads ÷ and the Unicode minus', () => {
    expect(value(evaluateFormula('9 ÷ 3 − 1', {}))).toBe(2);
    expect(value(evaluateFormula('−2 × 3', {}))).toBe(-6);
  });
  it('gives × ÷ precedence over + −, left to right', () => {
    expect(value(evaluateFormula('1 + 2 * 3', {}))).toBe(7);
    expect(value(evaluateFormula('(1 + 2) * 3', {}))).toBe(9);
    expect(value(evaluateFormula('8 / 4 / 2', {}))).toBe(1);
    expect(value(evaluateFormula('10 - 4 - 3', {}))).toBe(3);
    expect(value(evaluateFormula('-2 * -3', {}))).toBe(6);
    expect(value(evaluateFormula('--2', {}))).toBe(2);
  });
  it('compares, and joins comparisons with and/or below arithmetic', () => {
    expect(value(evaluateFormula('1 + 1 == 2', {}))).toBe(1);
    expect(value(evaluateFormula('x >= 0.95 and x <= 1', { x: 0.96 }))).toBe(1);
    expect(value(evaluateFormula('x < 0.4 or x > 0.8', { x: 0.5 }))).toBe(0);
    expect(value(evaluateFormula('1 != 2 && 3 <= 3 || 0', {}))).toBe(1);
    expect(value(evaluateFormula('2 > 3', {}))).toBe(0);
  });
  it('has min, max and a lazy if', () => {
    expect(value(evaluateFormula('min(3, 1, 2)', {}))).toBe(1);
    expect(value(evaluateFormula('max(share * 2.5, 0)', { share: 0.5 }))).toBe(1.25);
    expect(value(evaluateFormula('if(total > 0, onTime / total, 0)', { onTime: 5, total: 0 }))).toBe(0);
    expect(value(evaluateFormula('if(s >= 0.8, 2.5, if(s >= 0.4, s * 2.5, 0))', { s: 0.5 }))).toBe(1.25);
  });
  it('reads dotted names and booleans as 1/0', () => {
    expect(value(evaluateFormula('dossiers.onTime / dossiers.total', { 'dossiers.onTime': 3, 'dossiers.total': 4 }))).toBe(0.75);
    expect(value(evaluateFormula('a * 0.5 + b * 0.3', { a: true, b: false }))).toBe(0.5);
  });
  it('lists the names a formula reads', () => {
    const parsed = parseFormula('(b / a) × 1.0 + (c / a) × 0.5');
    expect(parsed.ok && formulaNames(parsed.ast)).toEqual(['b', 'a', 'c']);
  });
});

describe('formula errors', () => {
  it('says "chưa đủ dữ liệu" for a zero divisor, never Infinity', () => {
    const r = evaluateFormula('onTime / total * 1.5', { onTime: 0, total: 0 });
    expect(r).toMatchObject({ ok: false, reason: 'insufficient', cause: 'divisionByZero' });
    expect(!r.ok && r.message).toMatch(/^chưa đủ dữ liệu: chia cho 0 \("total" = 0\)/);
  });
  it('says "chưa đủ dữ liệu" for a missing or null input', () => {
    expect(evaluateFormula('a + b', { a: 1 })).toEqual({ ok: false, reason: 'insufficient', cause: 'missing', message: 'chưa đủ dữ liệu: thiếu giá trị "b"' });
    expect(evaluateFormula('a + b', { a: 1, b: null })).toMatchObject({ reason: 'insufficient' });
    // Names of Object.prototype are not inputs.
    expect(evaluateFormula('constructor + 1', {})).toMatchObject({ reason: 'insufficient' });
  });
  it('rejects text and non-finite inputs', () => {
    expect(evaluateFormula('a + 1', { a: 'mười' })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(evaluateFormula('a + 1', { a: Number.NaN })).toMatchObject({ ok: false, reason: 'invalid' });
  });
  it('turns an overflow into an error, not Infinity', () => {
    expect(evaluateFormula('a * a', { a: 1e200 })).toMatchObject({ ok: false, reason: 'invalid' });
  });
  it.each([
    ['1 +', 4, 'cần một số'],
    ['(1 + 2', 7, 'cần ")"'],
    ['1 + 2)', 6, 'thừa'],
    ['2,5 * a', 2, 'dấu chấm'],
    ['a ^ 2', 3, 'ký tự không hợp lệ "^"'],
    ['sqrt(4)', 1, 'hàm "sqrt" không được hỗ trợ'],
    ['if(1, 2)', 1, 'cần 3 đối số'],
    ['1 < a < 3', 7, 'không so sánh nối tiếp'],
    ['1.', 3, 'sau dấu thập phân'],
    ['   ', 1, 'rỗng'],
  ])('reports %j in Vietnamese at position %i', (src, position, words) => {
    const r = parseFormula(src);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain(`vị trí ${position}`);
      expect(r.message).toContain(words);
    }
  });
  it('bounds the length and the nesting', () => {
    expect(parseFormula('1+'.repeat(1000) + '1')).toMatchObject({ ok: false });
    expect(parseFormula('('.repeat(51) + '1' + ')'.repeat(51))).toMatchObject({ ok: false, message: expect.stringContaining('lồng quá sâu') });
    expect(parseFormula('('.repeat(50) + '1' + ')'.repeat(50)).ok).toBe(true);
    expect(parseFormula('-'.repeat(60) + '1').ok).toBe(false);
    expect(parseFormula('1+'.repeat(999) + '1').ok).toBe(true);
  });
});

// Generated formulas, from the language's own pieces so most of them parse.
const piece = fc.constantFrom(
  'a',
  'b',
  'total',
  'x.y',
  '0',
  '1',
  '2.5',
  '100',
  '+',
  '-',
  '−',
  '*',
  '/',
  '×',
  '÷',
  '(',
  ')',
  ',',
  '<',
  '<=',
  '==',
  '!=',
  '>',
  'and',
  'or',
  'min(',
  'max(',
  'if(',
  ' ',
  '^',
  '.',
  '1e5',
);
const inputsArb = fc.record({ a: fc.oneof(fc.double(), fc.constant(null), fc.boolean()), b: fc.integer(), total: fc.constantFrom(0, 1, 41) });

const astArb: fc.Arbitrary<FormulaAst> = fc.letrec<{ node: FormulaAst }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('num' as const), value: fc.double(), at: fc.constant(0) }),
    fc.record({ kind: fc.constant('name' as const), name: fc.constantFrom('a', 'b', 'total', 'missing'), at: fc.constant(0) }),
    fc.record({ kind: fc.constant('neg' as const), operand: tie('node'), at: fc.constant(0) }),
    fc.record({
      kind: fc.constant('bin' as const),
      op: fc.constantFrom('+', '-', '*', '/', '<', '<=', '>', '>=', '==', '!=', 'and', 'or' as const),
      left: tie('node'),
      right: tie('node'),
      at: fc.constant(0),
    }),
    fc.record({
      kind: fc.constant('call' as const),
      fn: fc.constantFrom('min', 'max', 'if' as const),
      args: fc.array(tie('node'), { maxLength: 4 }),
      at: fc.constant(0),
    }),
  ),
})).node;

function finiteOrReasoned(r: FormulaResult): boolean {
  return r.ok ? Number.isFinite(r.value) : typeof r.message === 'string' && r.message.length > 0;
}

describe('formula fuzz', () => {
  it('never throws and never returns NaN or Infinity on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 80 }),
          fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
        ),
        inputsArb,
        (src, inputs) => {
          expect(finiteOrReasoned(evaluateFormula(src, inputs))).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  }, 120_000);
  it('never throws and never returns NaN or Infinity on arbitrary trees', () => {
    fc.assert(
      fc.property(astArb, inputsArb, (ast, inputs) => {
        expect(finiteOrReasoned(evaluateAst(ast, inputs))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  }, 120_000);
  it('survives malformed trees', () => {
    expect(evaluateAst({ kind: 'oops' } as unknown as FormulaAst, {})).toMatchObject({ ok: false, reason: 'invalid' });
    expect(evaluateAst(null as unknown as FormulaAst, {})).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
