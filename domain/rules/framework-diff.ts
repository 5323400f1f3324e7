// What changed between two versions of a framework (a new decision, or one that amends the last): criteria
// added, removed, and changed in title, maximum, units, inputs or rule, in words a CCHC officer reads.
import type { Criterion, Rule } from './framework-shapes';
import { formatViNumber } from './vi-format';

export type CriterionChange = { field: string; before: string; after: string };
export type FrameworkDiff = {
  added: Array<{ code: string; title: string; maxPoints: number }>;
  removed: Array<{ code: string; title: string; maxPoints: number }>;
  changed: Array<{ code: string; title: string; changes: CriterionChange[] }>;
};

function flatten(nodes: Criterion[], out = new Map<string, Criterion>()): Map<string, Criterion> {
  for (const n of nodes) {
    out.set(n.code, n);
    flatten(n.children ?? [], out);
  }
  return out;
}

/** A rule in short words: "khoảng: ≥ 0,8 → 1; [0,6; 0,8) → 0,5", "công thức: done / assigned × 2.5". */
export function describeRule(rule: Rule | undefined): string {
  if (!rule) return '(không có)';
  const n = (x: number) => formatViNumber(x, 4);
  switch (rule.type) {
    case 'level':
      return `mức: ${rule.points.map((p) => `${p.level} → ${n(p.points)}`).join('; ')}`;
    case 'sum':
      return `cộng: ${rule.items.map((i) => `${i.input} → ${n(i.points)}`).join('; ')}`;
    case 'bands':
      return `khoảng: ${rule.bands
        .map(
          (b) =>
            `${b.min === undefined ? '(' : b.lowerExclusive ? '(' : '['}${b.min === undefined ? '−∞' : n(b.min)}; ${b.max === undefined ? '+∞' : n(b.max)}${b.max !== undefined && b.upperInclusive ? ']' : ')'} → ${n(b.points)}`,
        )
        .join('; ')}${rule.onNoBand ? `; ngoài khoảng: ${rule.onNoBand}` : ''}`;
    case 'linearAboveFloor':
      return `tỷ lệ × ${n(rule.factor)} từ ${n(rule.floor)}${rule.fullFrom ? `, từ ${n(rule.fullFrom.min)} được ${n(rule.fullFrom.points)}` : ''}`;
    case 'formula':
      return `công thức: ${rule.expr}`;
  }
}

function inputsText(c: Criterion): string {
  return (c.inputs ?? []).map((i) => `${i.key}${i.metric ? ` ← ${i.metric}` : ''}`).join(', ') || '(không có)';
}

function changesOf(a: Criterion, b: Criterion): CriterionChange[] {
  const out: CriterionChange[] = [];
  const push = (field: string, before: string, after: string) => before !== after && out.push({ field, before, after });
  push('Tên', a.title, b.title);
  push('Điểm tối đa', formatViNumber(a.maxPoints, 4), formatViNumber(b.maxPoints, 4));
  push('Đơn vị chịu trách nhiệm', a.responsibleUnits.join(', '), b.responsibleUnits.join(', '));
  const isLeaf = (c: Criterion) => !c.children?.length;
  if (isLeaf(a) || isLeaf(b)) {
    push('Số liệu', inputsText(a), inputsText(b));
    push('Quy tắc chấm', describeRule(a.rule), describeRule(b.rule));
  }
  return out;
}

/** Criteria added, removed and changed from one version to the next, in tree order. */
export function diffFrameworks(from: { areas: Criterion[] }, to: { areas: Criterion[] }): FrameworkDiff {
  const a = flatten(from.areas);
  const b = flatten(to.areas);
  const pick = (c: Criterion) => ({ code: c.code, title: c.title, maxPoints: c.maxPoints });
  return {
    added: [...b.values()].filter((c) => !a.has(c.code)).map(pick),
    removed: [...a.values()].filter((c) => !b.has(c.code)).map(pick),
    changed: [...b.values()]
      .filter((c) => a.has(c.code))
      .map((c) => ({ code: c.code, title: c.title, changes: changesOf(a.get(c.code)!, c) }))
      .filter((c) => c.changes.length > 0),
  };
}
