// Tokenizer and recursive-descent parser for scoring formulas such as "(b/a) × 1.0 + (c/a) × 0.5".
// The grammar is our own and small on purpose: no eval, no Function, nothing a framework file could abuse.
//
//   expr    := or
//   or      := and (('or' | '||') and)*
//   and     := compare (('and' | '&&') compare)*
//   compare := add (('<' | '<=' | '>' | '>=' | '==' | '!=') add)?      (not chainable: 1 < a < 3 is an error)
//   add     := mul (('+' | '-' | '−') mul)*
//   mul     := unary (('*' | '/' | '×' | '÷') unary)*
//   unary   := ('-' | '−' | '+') unary | primary
//   primary := number | name | name '(' expr (',' expr)* ')' | '(' expr ')'
//   name    := [A-Za-z_][A-Za-z0-9_]* ('.' [A-Za-z_][A-Za-z0-9_]*)*
//   number  := digits ('.' digits)?                                       (decimal point, not comma)

/** Longest formula text accepted, to bound work on imported frameworks. */
export const MAX_FORMULA_LENGTH = 2000;
/** Deepest nesting (parentheses, unary signs, function arguments) accepted. */
export const MAX_FORMULA_DEPTH = 50;

export type BinaryOp = '+' | '-' | '*' | '/' | '<' | '<=' | '>' | '>=' | '==' | '!=' | 'and' | 'or';

/** A parsed formula. `at` is the 0-based character position in the source, for messages. */
export type FormulaAst =
  | { kind: 'num'; value: number; at: number }
  | { kind: 'name'; name: string; at: number }
  | { kind: 'neg'; operand: FormulaAst; at: number }
  | { kind: 'bin'; op: BinaryOp; left: FormulaAst; right: FormulaAst; at: number }
  | { kind: 'call'; fn: 'min' | 'max' | 'if'; args: FormulaAst[]; at: number };

export type ParseResult = { ok: true; ast: FormulaAst; names: string[] } | { ok: false; reason: 'syntax'; message: string; position: number };

type Token = { t: 'num'; value: number; at: number } | { t: 'name'; name: string; at: number } | { t: 'op'; op: string; at: number } | { t: 'end'; at: number };

class FormulaSyntaxError {
  constructor(
    readonly message: string,
    readonly position: number,
  ) {}
}

// Unicode signs map to the ASCII ones so the rest of the parser sees one spelling.
const SYMBOLS: Record<string, string> = { '×': '*', '÷': '/', '−': '-', '≤': '<=', '≥': '>=', '≠': '!=' };
const TWO_CHAR = ['<=', '>=', '==', '!=', '&&', '||'];
const ONE_CHAR = '+-*/()<>,';

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
function isNameStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (isDigit(c)) {
      const start = i;
      while (i < src.length && isDigit(src[i])) i++;
      if (src[i] === '.') {
        i++;
        if (!isDigit(src[i] ?? '')) throw new FormulaSyntaxError('sau dấu thập phân "." phải có chữ số', i);
        while (i < src.length && isDigit(src[i])) i++;
      }
      const value = Number(src.slice(start, i));
      if (!Number.isFinite(value)) throw new FormulaSyntaxError('số quá lớn', start);
      tokens.push({ t: 'num', value, at: start });
    } else if (isNameStart(c)) {
      const start = i;
      for (;;) {
        while (i < src.length && (isNameStart(src[i]) || isDigit(src[i]))) i++;
        if (src[i] === '.' && isNameStart(src[i + 1] ?? '')) i++;
        else break;
      }
      const word = src.slice(start, i);
      if (word === 'and' || word === 'or') tokens.push({ t: 'op', op: word, at: start });
      else tokens.push({ t: 'name', name: word, at: start });
    } else {
      const two = src.slice(i, i + 2);
      if (TWO_CHAR.includes(two)) {
        tokens.push({ t: 'op', op: two === '&&' ? 'and' : two === '||' ? 'or' : two, at: i });
        i += 2;
      } else if (SYMBOLS[c]) {
        tokens.push({ t: 'op', op: SYMBOLS[c], at: i });
        i++;
      } else if (ONE_CHAR.includes(c)) {
        tokens.push({ t: 'op', op: c, at: i });
        i++;
      } else {
        throw new FormulaSyntaxError(`ký tự không hợp lệ "${c}"`, i);
      }
    }
  }
  tokens.push({ t: 'end', at: src.length });
  return tokens;
}

const COMPARE_OPS = ['<', '<=', '>', '>=', '==', '!='];
const FUNCTIONS: Record<string, { min: number; max: number }> = {
  min: { min: 1, max: 20 },
  max: { min: 1, max: 20 },
  if: { min: 3, max: 3 },
};

class Parser {
  private pos = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  parseAll(): FormulaAst {
    const ast = this.or();
    const tok = this.peek();
    if (tok.t === 'op' && tok.op === ',') throw new FormulaSyntaxError('thừa dấu ","; số thập phân viết bằng dấu chấm (ví dụ 2.5)', tok.at);
    if (tok.t !== 'end') throw new FormulaSyntaxError(`thừa ${describe(tok)} sau biểu thức`, tok.at);
    return ast;
  }

  private peek(): Token {
    return this.tokens[this.pos];
  }
  private isOp(op: string): boolean {
    const tok = this.peek();
    return tok.t === 'op' && tok.op === op;
  }
  private expect(op: string): void {
    const tok = this.peek();
    if (!this.isOp(op)) throw new FormulaSyntaxError(`cần "${op}" nhưng gặp ${describe(tok)}`, tok.at);
    this.pos++;
  }
  // Every recursive path goes through enter(), so a hostile formula cannot blow the stack.
  private enter(at: number): void {
    if (++this.depth > MAX_FORMULA_DEPTH) throw new FormulaSyntaxError(`biểu thức lồng quá sâu (tối đa ${MAX_FORMULA_DEPTH} cấp)`, at);
  }

  private binaryLevel(ops: string[], next: () => FormulaAst): FormulaAst {
    let left = next();
    for (;;) {
      const tok = this.peek();
      if (tok.t !== 'op' || !ops.includes(tok.op)) return left;
      this.pos++;
      const right = next();
      left = { kind: 'bin', op: tok.op as BinaryOp, left, right, at: tok.at };
    }
  }

  private or(): FormulaAst {
    return this.binaryLevel(['or'], () => this.and());
  }
  private and(): FormulaAst {
    return this.binaryLevel(['and'], () => this.compare());
  }
  private compare(): FormulaAst {
    const left = this.add();
    const tok = this.peek();
    if (tok.t !== 'op' || !COMPARE_OPS.includes(tok.op)) return left;
    this.pos++;
    const right = this.add();
    const after = this.peek();
    if (after.t === 'op' && COMPARE_OPS.includes(after.op))
      throw new FormulaSyntaxError('không so sánh nối tiếp (dùng "and" để ghép hai phép so sánh)', after.at);
    return { kind: 'bin', op: tok.op as BinaryOp, left, right, at: tok.at };
  }
  private add(): FormulaAst {
    return this.binaryLevel(['+', '-'], () => this.mul());
  }
  private mul(): FormulaAst {
    return this.binaryLevel(['*', '/'], () => this.unary());
  }
  private unary(): FormulaAst {
    const tok = this.peek();
    if (tok.t === 'op' && (tok.op === '-' || tok.op === '+')) {
      this.pos++;
      this.enter(tok.at);
      const operand = this.unary();
      this.depth--;
      return tok.op === '-' ? { kind: 'neg', operand, at: tok.at } : operand;
    }
    return this.primary();
  }
  private primary(): FormulaAst {
    const tok = this.peek();
    if (tok.t === 'num') {
      this.pos++;
      return { kind: 'num', value: tok.value, at: tok.at };
    }
    if (tok.t === 'name') {
      this.pos++;
      if (!this.isOp('(')) return { kind: 'name', name: tok.name, at: tok.at };
      return this.call(tok.name, tok.at);
    }
    if (this.isOp('(')) {
      this.pos++;
      this.enter(tok.at);
      const inner = this.or();
      this.depth--;
      this.expect(')');
      return inner;
    }
    throw new FormulaSyntaxError(`cần một số, tên dữ liệu hoặc "(" nhưng gặp ${describe(tok)}`, tok.at);
  }
  private call(name: string, at: number): FormulaAst {
    const arity = FUNCTIONS[name];
    if (!arity) throw new FormulaSyntaxError(`hàm "${name}" không được hỗ trợ (chỉ có min, max, if)`, at);
    this.pos++; // '('
    this.enter(at);
    const args = [this.or()];
    while (this.isOp(',')) {
      this.pos++;
      args.push(this.or());
    }
    this.depth--;
    this.expect(')');
    if (args.length < arity.min || args.length > arity.max) {
      const want = arity.min === arity.max ? `${arity.min}` : `${arity.min}–${arity.max}`;
      throw new FormulaSyntaxError(`hàm "${name}" cần ${want} đối số, có ${args.length}`, at);
    }
    return { kind: 'call', fn: name as 'min' | 'max' | 'if', args, at };
  }
}

function describe(tok: Token): string {
  if (tok.t === 'end') return 'hết biểu thức';
  if (tok.t === 'num') return `số ${tok.value}`;
  if (tok.t === 'name') return `"${tok.name}"`;
  return `"${tok.op}"`;
}

/** Names (inputs) a parsed formula reads, each once, in order of appearance. */
export function formulaNames(ast: FormulaAst): string[] {
  const seen: string[] = [];
  const stack: FormulaAst[] = [ast];
  while (stack.length > 0) {
    const node = stack.pop() as FormulaAst;
    if (node.kind === 'name' && !seen.includes(node.name)) seen.push(node.name);
    else if (node.kind === 'neg') stack.push(node.operand);
    else if (node.kind === 'bin') stack.push(node.right, node.left);
    else if (node.kind === 'call') stack.push(...[...node.args].reverse());
  }
  return seen;
}

/** Parses a formula; errors are Vietnamese and give the 1-based character position. */
export function parseFormula(src: string): ParseResult {
  if (typeof src !== 'string') return syntaxError('công thức phải là chuỗi ký tự', 0);
  if (src.length > MAX_FORMULA_LENGTH) return syntaxError(`công thức dài ${src.length} ký tự, vượt giới hạn ${MAX_FORMULA_LENGTH}`, MAX_FORMULA_LENGTH);
  if (src.trim() === '') return syntaxError('công thức rỗng', 0);
  try {
    const ast = new Parser(tokenize(src)).parseAll();
    return { ok: true, ast, names: formulaNames(ast) };
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return syntaxError(e.message, e.position);
    throw e;
  }
}

function syntaxError(what: string, position: number): ParseResult {
  return { ok: false, reason: 'syntax', message: `Lỗi công thức tại vị trí ${position + 1}: ${what}`, position };
}
