// Checks of meaning that a shape schema cannot express. They run inside Framework's superRefine, so an
// imported file gets every problem at once, each with the path of the offending field.
import type { z } from 'zod';
import type { Criterion, CriterionInput, Rule, ValueSource } from './framework-shapes';
import { findBandProblems, type BandDomain } from './band-coverage';
import { parseFormula } from './formula-parser';
import { bindingMismatch } from './metric-input';

type Path = (string | number)[];
/** Adds an issue; `coverage: false` skips band gaps and overlaps and metric-unit checks (stored versions, see checkStoredSemantics). */
type Report = ((path: Path, message: string) => void) & { coverage?: boolean };

// Float sums of 0.1-steps (0.5 + 0.3 + 0.1) are not exact; a thousandth of a point is far below any real step.
const TOLERANCE = 1e-9;

/** Adds an issue for every semantic problem of a framework tree (used by the Framework schema). */
export function checkFrameworkSemantics(fw: { areas: Criterion[] }, ctx: z.RefinementCtx): void {
  checkSemantics(fw, ctx, true);
}

/**
 * The same checks without band coverage, for versions already stored: a version published before gaps were
 * refused (decision 0019) must still be read and score as it did.
 */
export function checkStoredSemantics(fw: { areas: Criterion[] }, ctx: z.RefinementCtx): void {
  checkSemantics(fw, ctx, false);
}

function checkSemantics(fw: { areas: Criterion[] }, ctx: z.RefinementCtx, coverage: boolean): void {
  const report: Report = Object.assign((path: Path, message: string) => ctx.addIssue({ code: 'custom', message, path }), { coverage });
  const seen = new Map<string, string>();
  fw.areas.forEach((area, i) => checkNode(area, ['areas', i], null, seen, report));
}

function pathText(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function checkNode(node: Criterion, path: Path, parent: Criterion | null, seen: Map<string, string>, report: Report): void {
  const earlier = seen.get(node.code);
  if (earlier !== undefined) report([...path, 'code'], `mã "${node.code}" bị trùng với ${earlier}`);
  else seen.set(node.code, pathText(path));
  if (parent && !node.code.startsWith(`${parent.code}.`)) report([...path, 'code'], `mã "${node.code}" phải bắt đầu bằng mã của mục cha "${parent.code}."`);

  const children = node.children ?? [];
  if (children.length > 0) {
    // Enforced: equal, not merely ≤. A parent's score is the sum of its children, so a parent maximum
    // above that sum could never be reached and would hide a missing child.
    const sum = children.reduce((s, c) => s + c.maxPoints, 0);
    if (Math.abs(sum - node.maxPoints) > TOLERANCE)
      report([...path, 'maxPoints'], `điểm tối đa ${node.maxPoints} khác tổng điểm tối đa các mục con (${round(sum)})`);
    if (node.rule) report([...path, 'rule'], 'mục có mục con không có quy tắc chấm riêng (điểm là tổng các mục con)');
    children.forEach((c, i) => checkNode(c, [...path, 'children', i], node, seen, report));
    return;
  }
  if (!node.rule) {
    if (!node.placeholder) report([...path, 'rule'], 'tiêu chí lá phải có quy tắc chấm (hoặc đánh dấu placeholder: true)');
    return;
  }
  checkInputs(node.inputs ?? [], [...path, 'inputs'], report);
  checkRule(node.rule, node, [...path, 'rule'], report);
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function checkInputs(inputs: CriterionInput[], path: Path, report: Report): void {
  const keys = new Set<string>();
  inputs.forEach((input, i) => {
    if (keys.has(input.key)) report([...path, i, 'key'], `khóa dữ liệu "${input.key}" bị trùng`);
    keys.add(input.key);
    if (input.type === 'level' && !input.levels) report([...path, i, 'levels'], 'dữ liệu kiểu level phải liệt kê các mức');
    // A count cannot fill a share nor a percentage a count (metric-input.ts). Like band coverage, refused for
    // documents being saved or published; a stored version is still read as it was.
    const mismatch = input.metric && report.coverage !== false ? bindingMismatch(input, input.metric) : null;
    if (mismatch) report([...path, i, 'metric'], mismatch);
  });
}

function findInput(node: Criterion, key: string): CriterionInput | undefined {
  return (node.inputs ?? []).find((i) => i.key === key);
}

// Reports a key a rule reads that the node does not declare, or declares with the wrong type.
function needInput(node: Criterion, key: string, types: CriterionInput['type'][], path: Path, report: Report): CriterionInput | undefined {
  const input = findInput(node, key);
  if (!input) report(path, `dữ liệu "${key}" không có trong inputs của tiêu chí ${node.code}`);
  else if (!types.includes(input.type)) report(path, `dữ liệu "${key}" phải có kiểu ${types.join(' hoặc ')}, đang là ${input.type}`);
  return input;
}

function checkPoints(points: number, node: Criterion, path: Path, report: Report): void {
  if (points > node.maxPoints + TOLERANCE) report(path, `${points} điểm vượt điểm tối đa ${node.maxPoints} của tiêu chí ${node.code}`);
}

function checkValue(value: ValueSource, node: Criterion, path: Path, report: Report): void {
  if (value.kind === 'ratio') {
    needInput(node, value.numerator, ['number'], [...path, 'numerator'], report);
    needInput(node, value.denominator, ['number'], [...path, 'denominator'], report);
  } else if (value.kind === 'input') {
    needInput(node, value.key, ['number', 'ratio'], [...path, 'key'], report);
  } else {
    checkFormula(value.expr, node, [...path, 'expr'], report);
  }
}

function checkFormula(expr: string, node: Criterion, path: Path, report: Report): void {
  const parsed = parseFormula(expr);
  if (!parsed.ok) return report(path, parsed.message);
  for (const name of parsed.names) needInput(node, name, ['number', 'ratio', 'boolean'], path, report);
}

function checkRule(rule: Rule, node: Criterion, path: Path, report: Report): void {
  switch (rule.type) {
    case 'level': {
      const input = needInput(node, rule.input, ['level'], [...path, 'input'], report);
      rule.points.forEach((p, i) => {
        if (input?.levels && !input.levels.some((l) => l.key === p.level))
          report([...path, 'points', i, 'level'], `mức "${p.level}" không có trong levels của dữ liệu "${rule.input}"`);
        checkPoints(p.points, node, [...path, 'points', i, 'points'], report);
      });
      return;
    }
    case 'sum': {
      rule.items.forEach((item, i) => needInput(node, item.input, ['boolean'], [...path, 'items', i, 'input'], report));
      checkPoints(
        rule.items.reduce((s, i) => s + i.points, 0),
        node,
        [...path, 'items'],
        report,
      );
      return;
    }
    case 'bands':
      checkValue(rule.value, node, [...path, 'value'], report);
      rule.bands.forEach((band, i) => {
        const at = [...path, 'bands', i];
        if (band.min === undefined && band.max === undefined) report(at, 'khoảng phải có min hoặc max');
        if (band.min !== undefined && band.max !== undefined) {
          const empty = band.min > band.max || (band.min === band.max && !(band.upperInclusive && !band.lowerExclusive));
          if (empty) report(at, `khoảng rỗng: min ${band.min}, max ${band.max}`);
        }
        checkPoints(band.points, node, [...at, 'points'], report);
      });
      checkCoverage(rule, node, [...path, 'bands'], report);
      return;
    case 'linearAboveFloor':
      checkValue(rule.value, node, [...path, 'value'], report);
      if (rule.belowFloor !== undefined) checkPoints(rule.belowFloor, node, [...path, 'belowFloor'], report);
      if (rule.fullFrom) {
        checkPoints(rule.fullFrom.points, node, [...path, 'fullFrom', 'points'], report);
        if (rule.fullFrom.min < rule.floor) report([...path, 'fullFrom', 'min'], `fullFrom.min phải ≥ floor (${rule.floor})`);
      }
      return;
    case 'formula':
      checkFormula(rule.expr, node, [...path, 'expr'], report);
      if (rule.raise) {
        needInput(node, rule.raise.key, ['number', 'ratio'], [...path, 'raise', 'key'], report);
        if (rule.raise.upTo) needInput(node, rule.raise.upTo, ['number'], [...path, 'raise', 'upTo'], report);
      }
      return;
  }
}

/** The values a rule's measure can take: shares 0–1, counts 0 up (whole when the input says so), formulas 0 up. */
export function bandDomainOf(value: ValueSource, node: Criterion): BandDomain {
  if (value.kind === 'ratio') return { max: 1, integer: false, percent: true };
  if (value.kind === 'formula') return { integer: false, percent: false };
  const input = findInput(node, value.key);
  return input?.type === 'ratio' ? { max: 1, integer: false, percent: true } : { integer: input?.integer === true, percent: false };
}

// A gap is closed explicitly either by moving an edge or by saying what a value in no band scores (onNoBand);
// an overlap always needs an edge moved, since only the first band would ever count.
function checkCoverage(rule: Extract<Rule, { type: 'bands' }>, node: Criterion, path: Path, report: Report): void {
  if (report.coverage === false) return;
  for (const p of findBandProblems(rule.bands, bandDomainOf(rule.value, node))) {
    if (p.kind === 'gap' && rule.onNoBand !== undefined) continue;
    const fix = p.kind === 'gap' ? 'sửa biên các khoảng hoặc chọn cách tính giá trị ngoài khoảng (onNoBand)' : 'sửa biên để mỗi giá trị chỉ thuộc một khoảng';
    report(path, `${p.kind === 'gap' ? 'khoảng bỏ trống' : 'khoảng chồng lấn'}: ${p.text}; ${fix}`);
  }
}
