// Scoring a framework: leaves by their rule, parents as the sum of their children, every score in [0, max].
// Scores are kept exact (IEEE doubles, never rounded between steps) in `exactScore`; `score`, `total` and the
// explanations show them rounded half up to 2 decimals, so a parent may differ by 0,01 from the sum of its
// children's rounded scores, never from the sum of their exact ones.
import type { Criterion, Framework } from './framework-schema';
import { applyRule } from './rule-score';
import type { CriterionInputs } from './rule-value';
import { formatViNumber, formatViPoints, roundTo } from './vi-format';

export type { CriterionInputs, InputValue } from './rule-value';

/** Inputs of a whole framework: criterion code → input key → value. */
export type FrameworkInputs = Readonly<Record<string, CriterionInputs | undefined>>;

/** The score of one criterion. `score` is rounded for display; `exactScore` is what sums use. */
export type CriterionScore = {
  code: string;
  score: number;
  exactScore: number;
  max: number;
  status: 'scored' | 'insufficient';
  explanation: string;
};

/** A line of a scored framework, in tree order; the first four fields are the API's evaluate reply. */
export type ScoredCriterion = CriterionScore & {
  title: string;
  lost: number;
  depth: number;
  isLeaf: boolean;
  placeholder: boolean;
  responsibleUnits: string[];
};

/** A scored framework: `total` of `max` (of the shipped part when `partial`), and every node's line. */
export type FrameworkScore = {
  frameworkCode: string;
  year: number;
  version: number;
  partial: boolean;
  total: number;
  exactTotal: number;
  max: number;
  insufficientCount: number;
  criteria: ScoredCriterion[];
};

/** Clamps to [0, max]; also turns a non-finite value into 0 so nothing downstream sees NaN. */
export function clampScore(raw: number, max: number): number {
  if (!Number.isFinite(raw)) return 0;
  return Math.min(Math.max(raw, 0), max);
}

/** Scores one leaf criterion by its rule, clamped to [0, max], with a Vietnamese explanation. */
export function scoreCriterion(node: Criterion, inputs: CriterionInputs): CriterionScore {
  const base = { code: node.code, max: node.maxPoints };
  if (node.children && node.children.length > 0)
    return {
      ...base,
      score: 0,
      exactScore: 0,
      status: 'insufficient',
      explanation: `${node.code}: mục có mục con, điểm là tổng các mục con (dùng scoreFramework)`,
    };
  if (node.placeholder && !node.rule)
    return { ...base, score: 0, exactScore: 0, status: 'insufficient', explanation: `${node.code}: chưa có quy tắc chấm trong bộ chỉ số (mục giữ chỗ)` };
  const outcome = applyRule(node, inputs ?? {});
  if (outcome.status === 'insufficient') return { ...base, score: 0, exactScore: 0, status: 'insufficient', explanation: `${node.code}: ${outcome.reasoning}` };
  const exact = clampScore(outcome.raw, node.maxPoints);
  let explanation = `${node.code}: ${outcome.reasoning}`;
  if (outcome.raw > node.maxPoints) explanation += `; giới hạn ở điểm tối đa ${formatViPoints(node.maxPoints)}`;
  else if (outcome.raw < 0) explanation += '; điểm không âm: 0 điểm';
  return { ...base, score: roundTo(exact), exactScore: exact, status: 'scored', explanation };
}

type Walk = { exact: number; insufficientLeaves: number };

function walk(node: Criterion, inputs: FrameworkInputs, depth: number, out: ScoredCriterion[]): Walk {
  const line = (s: CriterionScore, isLeaf: boolean): ScoredCriterion => ({
    ...s,
    title: node.title,
    lost: roundTo(node.maxPoints - s.exactScore),
    depth,
    isLeaf,
    placeholder: node.placeholder === true,
    responsibleUnits: node.responsibleUnits,
  });
  const children = node.children ?? [];
  if (children.length === 0) {
    const s = scoreCriterion(node, inputs[node.code] ?? {});
    out.push(line(s, true));
    // Placeholders are not counted as missing data: there is nothing a unit could enter for them yet.
    return { exact: s.exactScore, insufficientLeaves: s.status === 'insufficient' && !node.placeholder ? 1 : 0 };
  }
  const at = out.length;
  out.push(line({ code: node.code, score: 0, exactScore: 0, max: node.maxPoints, status: 'scored', explanation: '' }, false));
  let exact = 0;
  let insufficientLeaves = 0;
  for (const child of children) {
    const r = walk(child, inputs, depth + 1, out);
    exact += r.exact;
    insufficientLeaves += r.insufficientLeaves;
  }
  exact = clampScore(exact, node.maxPoints);
  const missing = insufficientLeaves > 0 ? `; ${insufficientLeaves} tiêu chí chưa đủ dữ liệu, tạm tính 0 điểm` : '';
  out[at] = line(
    {
      code: node.code,
      score: roundTo(exact),
      exactScore: exact,
      max: node.maxPoints,
      status: insufficientLeaves > 0 ? 'insufficient' : 'scored',
      explanation: `${node.code}: tổng ${children.length} mục con = ${formatViNumber(exact)}/${formatViPoints(node.maxPoints)}${missing}`,
    },
    false,
  );
  return { exact, insufficientLeaves };
}

/** Scores every node of a framework; parents are the sum of their children, the total the sum of the areas. */
export function scoreFramework(framework: Framework, inputs: FrameworkInputs): FrameworkScore {
  const criteria: ScoredCriterion[] = [];
  let exactTotal = 0;
  let insufficientCount = 0;
  for (const area of framework.areas) {
    const r = walk(area, inputs ?? {}, 0, criteria);
    exactTotal += r.exact;
    insufficientCount += r.insufficientLeaves;
  }
  const max = framework.areas.reduce((s, a) => s + a.maxPoints, 0);
  exactTotal = clampScore(exactTotal, max);
  return {
    frameworkCode: framework.code,
    year: framework.year,
    version: framework.version,
    partial: framework.partial === true,
    total: roundTo(exactTotal),
    exactTotal,
    max: roundTo(max),
    insufficientCount,
    criteria,
  };
}
