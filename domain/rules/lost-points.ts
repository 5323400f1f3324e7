// "Where we lose points": each leaf's lost points with who owns it and what would raise it, computed from the
// rule's data (the next band or threshold and the input value that reaches it), never from per-criterion code.
// Counts move in whole units and, for a share, the numerator grows while the denominator stays as entered.
import type { Band, Criterion, Framework, Rule } from './framework-schema';
import { responsibleUnitName } from './responsible-units';
import { inputOf, unitWords, type CriterionInputs } from './rule-value';
import { scoreCriterion, scoreFramework, type FrameworkInputs } from './score';
import { formatViNumber, formatViPercent, formatViPoints, roundTo } from './vi-format';

/** What would raise a criterion: the points reachable and, when one input decides it, its needed value. */
export type Improvement = { text: string; points?: number; inputKey?: string; neededValue?: number; add?: number };

/** One leaf that loses points, with its owners and the way up. */
export type LostPoints = {
  code: string;
  title: string;
  score: number;
  max: number;
  lost: number;
  status: 'scored' | 'insufficient';
  responsibleUnits: string[];
  responsibleUnitNames: string[];
  improvement: Improvement;
};

const EPS = 1e-9;

function scoreWith(node: Criterion, inputs: CriterionInputs, key: string, value: number): number {
  return scoreCriterion(node, { ...inputs, [key]: value }).exactScore;
}

// Smallest whole value in [from, to] whose score reaches `goal`, assuming the score never falls as it grows.
function firstReaching(node: Criterion, inputs: CriterionInputs, key: string, from: number, to: number, goal: number): number | null {
  if (from > to || scoreWith(node, inputs, key, to) < goal - EPS) return null;
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (scoreWith(node, inputs, key, mid) >= goal - EPS) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function numberInput(inputs: CriterionInputs, key: string): number | null {
  const v = inputs[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function reach(node: Criterion, key: string, current: number, needed: number, of: string, points: number): Improvement {
  const add = needed - current;
  return {
    text: `cần thêm ${formatViNumber(add)} ${unitWords(node, key)} (${of}) để đạt ${formatViPoints(points)}`,
    points: roundTo(points),
    inputKey: key,
    neededValue: needed,
    add,
  };
}

// The way up by a whole-number input `key` to the first value whose score reaches `goal` (clamped to max).
function byInput(node: Criterion, inputs: CriterionInputs, key: string, bound: number, goal: number, denominator?: number): Improvement | null {
  const current = numberInput(inputs, key);
  if (current === null) return null;
  const needed = firstReaching(node, inputs, key, Math.floor(current) + 1, Math.floor(bound), Math.min(goal, node.maxPoints));
  if (needed === null) return null;
  const points = scoreWith(node, inputs, key, needed);
  const of = denominator === undefined ? `≥ ${formatViNumber(needed)}` : needed >= denominator ? `${needed}/${denominator}` : `≥ ${needed}/${denominator}`;
  return reach(node, key, current, needed, of, points);
}

function valueKeys(rule: Extract<Rule, { type: 'bands' | 'linearAboveFloor' }>, inputs: CriterionInputs): { key: string; bound: number; den?: number } | null {
  if (rule.value.kind === 'ratio') {
    const den = numberInput(inputs, rule.value.denominator);
    return den === null ? null : { key: rule.value.numerator, bound: den, den };
  }
  if (rule.value.kind === 'input') return { key: rule.value.key, bound: 1e9 };
  return null;
}

function improveBands(rule: Extract<Rule, { type: 'bands' }>, node: Criterion, inputs: CriterionInputs, current: number): Improvement {
  const better = rule.bands.filter((b) => b.points > current + EPS).sort((a, b) => a.points - b.points);
  const target = valueKeys(rule, inputs);
  if (target && inputOf(node, target.key)?.type === 'number')
    for (const band of better) {
      const found = byInput(node, inputs, target.key, target.bound, band.points, target.den);
      if (found) return found;
    }
  const next = better[0];
  if (!next) return { text: 'đã ở mức cao nhất của quy tắc' };
  return { text: `cần đạt ${bandWords(next)} để được ${formatViPoints(next.points)}`, points: next.points };
}

function bandWords(band: Band): string {
  const edge = (n: number) => (n <= 1 ? formatViPercent(n) : formatViNumber(n));
  if (band.min !== undefined) return `${band.lowerExclusive ? 'trên' : 'từ'} ${edge(band.min)}`;
  return `dưới ${edge(band.max ?? 0)}`;
}

function improveLinear(rule: Extract<Rule, { type: 'linearAboveFloor' }>, node: Criterion, inputs: CriterionInputs, current: number): Improvement {
  const target = valueKeys(rule, inputs);
  if (target && inputOf(node, target.key)?.type === 'number') {
    // First the floor (or the full-points edge), then the top: the nearest step that gains points.
    const goals = [rule.floor * rule.factor, rule.fullFrom?.points ?? node.maxPoints, node.maxPoints].filter((g) => g > current + EPS);
    for (const goal of goals) {
      const found = byInput(node, inputs, target.key, target.bound, Math.min(goal, node.maxPoints), target.den);
      if (found) return found;
    }
  }
  const edge = rule.fullFrom && current > 0 ? rule.fullFrom.min : rule.floor;
  return { text: `cần đạt từ ${edge <= 1 ? formatViPercent(edge) : formatViNumber(edge)} trở lên` };
}

function improveFormula(rule: Extract<Rule, { type: 'formula' }>, node: Criterion, inputs: CriterionInputs, current: number): Improvement {
  if (rule.raise) {
    const bound = rule.raise.upTo ? numberInput(inputs, rule.raise.upTo) : 1e9;
    const found = bound === null ? null : byInput(node, inputs, rule.raise.key, bound, node.maxPoints, rule.raise.upTo ? bound : undefined);
    if (found) {
      const step = scoreWith(node, inputs, rule.raise.key, (numberInput(inputs, rule.raise.key) ?? 0) + 1) - current;
      return step > EPS ? { ...found, text: `${found.text}; mỗi ${unitWords(node, rule.raise.key)} thêm được +${formatViPoints(step)}` } : found;
    }
  }
  // Without a declared lever, name the input whose one more unit gains the most.
  let best: { key: string; gain: number } | null = null;
  for (const input of node.inputs ?? []) {
    const v = numberInput(inputs, input.key);
    if (input.type !== 'number' || v === null) continue;
    const gain = scoreWith(node, inputs, input.key, v + 1) - current;
    if (gain > EPS && (!best || gain > best.gain)) best = { key: input.key, gain };
  }
  if (!best) return { text: 'không tìm được dữ liệu nào làm tăng điểm' };
  return { text: `mỗi ${unitWords(node, best.key)} thêm được +${formatViPoints(best.gain)}`, inputKey: best.key };
}

/** What would raise one leaf's score, from its rule data and current inputs. */
export function suggestImprovement(node: Criterion, inputs: CriterionInputs): Improvement {
  const scored = scoreCriterion(node, inputs);
  if (scored.status === 'insufficient') return { text: `nhập đủ dữ liệu — ${scored.explanation.replace(`${node.code}: `, '')}` };
  const current = scored.exactScore;
  const rule = node.rule;
  if (!rule || current >= node.maxPoints - EPS) return { text: 'đã đạt điểm tối đa' };
  switch (rule.type) {
    case 'level': {
      const next = rule.points.filter((p) => p.points > current + EPS).sort((a, b) => a.points - b.points)[0];
      const label = inputOf(node, rule.input)?.levels?.find((l) => l.key === next?.level)?.label ?? next?.level;
      return next ? { text: `đạt mức «${label}» để được ${formatViPoints(next.points)}`, points: next.points } : { text: 'đã ở mức cao nhất' };
    }
    case 'sum': {
      const missing = rule.items.filter((i) => inputs[i.input] !== true);
      const text = missing.map((i) => `thực hiện «${inputOf(node, i.input)?.label ?? i.input}» (+${formatViPoints(i.points)})`).join('; ');
      return { text, points: Math.min(node.maxPoints, current + missing.reduce((s, i) => s + i.points, 0)) };
    }
    case 'bands':
      return improveBands(rule, node, inputs, current);
    case 'linearAboveFloor':
      return improveLinear(rule, node, inputs, current);
    case 'formula':
      return improveFormula(rule, node, inputs, current);
  }
}

function leaves(nodes: Criterion[]): Criterion[] {
  return nodes.flatMap((n) => (n.children && n.children.length > 0 ? leaves(n.children) : [n]));
}

/** Leaf criteria that lose points (max − score, missing data counted as 0), largest loss first. */
export function listLostPoints(framework: Framework, inputs: FrameworkInputs): LostPoints[] {
  const scored = new Map(scoreFramework(framework, inputs).criteria.map((c) => [c.code, c]));
  const out: { exact: number; line: LostPoints }[] = [];
  for (const node of leaves(framework.areas)) {
    const s = scored.get(node.code);
    if (!s || node.placeholder || node.maxPoints - s.exactScore <= EPS) continue;
    out.push({
      exact: node.maxPoints - s.exactScore,
      line: {
        code: node.code,
        title: node.title,
        score: s.score,
        max: node.maxPoints,
        lost: roundTo(node.maxPoints - s.exactScore),
        status: s.status,
        responsibleUnits: node.responsibleUnits,
        responsibleUnitNames: node.responsibleUnits.map(responsibleUnitName),
        improvement: suggestImprovement(node, inputs[node.code] ?? {}),
      },
    });
  }
  // Exact losses decide the order; ties keep the framework's order (sort is stable).
  return out.sort((a, b) => b.exact - a.exact).map((o) => o.line);
}
