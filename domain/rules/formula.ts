// Safe evaluation of scoring formulas parsed by formula-parser.ts. Never NaN, never Infinity, never throws:
// a zero divisor or a missing input is "chưa đủ dữ liệu" so the score shows as insufficient, not as 0.
import { parseFormula, type FormulaAst } from './formula-parser';

export { formulaNames, parseFormula, MAX_FORMULA_DEPTH, MAX_FORMULA_LENGTH } from './formula-parser';
export type { BinaryOp, FormulaAst, ParseResult } from './formula-parser';

/** A value a formula may read: numbers; booleans count as 1/0; null or absent means "not entered yet". */
export type FormulaInputValue = number | boolean | string | null | undefined;
export type FormulaInputs = Readonly<Record<string, FormulaInputValue>>;

/** Outcome of an evaluation: a finite number, or why there is none. */
export type FormulaResult =
  | { ok: true; value: number }
  | { ok: false; reason: 'insufficient'; cause: 'missing' | 'divisionByZero'; message: string }
  | { ok: false; reason: 'invalid' | 'syntax'; message: string; position?: number };

// Far above what a 2000-character formula can build; only hand-made ASTs get near it.
const MAX_AST_DEPTH = 5000;

class Stop {
  constructor(
    readonly reason: 'insufficient' | 'invalid',
    readonly message: string,
    readonly cause: 'missing' | 'divisionByZero' = 'missing',
  ) {}
}

function insufficient(what: string, cause: 'missing' | 'divisionByZero'): Stop {
  return new Stop('insufficient', `chưa đủ dữ liệu: ${what}`, cause);
}

function describeNode(node: FormulaAst): string {
  if (node.kind === 'name') return `"${node.name}"`;
  if (node.kind === 'num') return String(node.value);
  return 'biểu thức';
}

function readInput(inputs: FormulaInputs, name: string): number {
  const value = Object.prototype.hasOwnProperty.call(inputs, name) ? inputs[name] : undefined;
  if (value === null || value === undefined) throw insufficient(`thiếu giá trị "${name}"`, 'missing');
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value !== 'number') throw new Stop('invalid', `giá trị "${name}" phải là số`);
  if (!Number.isFinite(value)) throw new Stop('invalid', `giá trị "${name}" không hữu hạn`);
  return value;
}

function truthy(n: number): boolean {
  return n !== 0;
}

function evalNode(node: FormulaAst, inputs: FormulaInputs, depth: number): number {
  if (depth > MAX_AST_DEPTH) throw new Stop('invalid', 'biểu thức lồng quá sâu');
  const next = depth + 1;
  switch (node?.kind) {
    case 'num':
      if (typeof node.value !== 'number' || !Number.isFinite(node.value)) throw new Stop('invalid', 'hằng số không hợp lệ');
      return node.value;
    case 'name':
      return readInput(inputs, node.name);
    case 'neg':
      return -evalNode(node.operand, inputs, next);
    case 'call':
      return evalCall(node, inputs, next);
    case 'bin':
      return evalBinary(node, inputs, next);
    default:
      throw new Stop('invalid', 'cây biểu thức không hợp lệ');
  }
}

function evalCall(node: Extract<FormulaAst, { kind: 'call' }>, inputs: FormulaInputs, depth: number): number {
  const args = Array.isArray(node.args) ? node.args : [];
  if (node.fn === 'if') {
    if (args.length !== 3) throw new Stop('invalid', 'hàm "if" cần 3 đối số');
    // Lazy on purpose: if(a > 0, b / a, 0) must not fail on the branch not taken.
    return truthy(evalNode(args[0], inputs, depth)) ? evalNode(args[1], inputs, depth) : evalNode(args[2], inputs, depth);
  }
  if (node.fn !== 'min' && node.fn !== 'max') throw new Stop('invalid', `hàm "${String(node.fn)}" không được hỗ trợ`);
  if (args.length === 0) throw new Stop('invalid', `hàm "${node.fn}" cần ít nhất 1 đối số`);
  const values = args.map((a) => evalNode(a, inputs, depth));
  return node.fn === 'min' ? Math.min(...values) : Math.max(...values);
}

function evalBinary(node: Extract<FormulaAst, { kind: 'bin' }>, inputs: FormulaInputs, depth: number): number {
  if (node.op === 'and') return truthy(evalNode(node.left, inputs, depth)) && truthy(evalNode(node.right, inputs, depth)) ? 1 : 0;
  if (node.op === 'or') return truthy(evalNode(node.left, inputs, depth)) || truthy(evalNode(node.right, inputs, depth)) ? 1 : 0;
  const a = evalNode(node.left, inputs, depth);
  const b = evalNode(node.right, inputs, depth);
  switch (node.op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0) throw insufficient(`chia cho 0 (${describeNode(node.right)} = 0)`, 'divisionByZero');
      return a / b;
    case '<':
      return a < b ? 1 : 0;
    case '<=':
      return a <= b ? 1 : 0;
    case '>':
      return a > b ? 1 : 0;
    case '>=':
      return a >= b ? 1 : 0;
    case '==':
      return a === b ? 1 : 0;
    case '!=':
      return a !== b ? 1 : 0;
    default:
      throw new Stop('invalid', `phép toán "${String(node.op)}" không được hỗ trợ`);
  }
}

/** Evaluates a parsed formula against named inputs; never throws, never returns NaN or Infinity. */
export function evaluateAst(ast: FormulaAst, inputs: FormulaInputs): FormulaResult {
  try {
    const value = evalNode(ast, inputs ?? {}, 0);
    if (!Number.isFinite(value)) return { ok: false, reason: 'invalid', message: 'kết quả không hữu hạn (số quá lớn)' };
    return { ok: true, value: Object.is(value, -0) ? 0 : value };
  } catch (e) {
    if (e instanceof Stop)
      return e.reason === 'insufficient'
        ? { ok: false, reason: 'insufficient', cause: e.cause, message: e.message }
        : { ok: false, reason: 'invalid', message: e.message };
    // A RangeError from a pathological hand-built AST is still an answer, not a crash.
    return { ok: false, reason: 'invalid', message: 'không tính được biểu thức' };
  }
}

/** Parses then evaluates formula text; parse errors come back as `reason: 'syntax'` with the position. */
export function evaluateFormula(src: string, inputs: FormulaInputs): FormulaResult {
  const parsed = parseFormula(src);
  if (!parsed.ok) return { ok: false, reason: 'syntax', message: parsed.message, position: parsed.position };
  return evaluateAst(parsed.ast, inputs);
}
