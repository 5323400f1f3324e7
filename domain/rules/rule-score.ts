// Applies one rule shape to one criterion's inputs. The explanation is built from the very numbers that
// produce the score, so what the user reads is what was computed.
import type { Criterion, OnNoData, Rule } from './framework-schema';
import { atLeast, describeBand, inBand, inputOf, measure, readValue, showValue, type CriterionInputs, type Measured } from './rule-value';
import { formatViNumber, formatViPoints } from './vi-format';

/** Raw points before clamping with the reasoning, or why the criterion cannot be scored yet. */
export type RuleOutcome = { status: 'scored'; raw: number; reasoning: string } | { status: 'insufficient'; reasoning: string };

function insufficient(reasoning: string): RuleOutcome {
  return { status: 'insufficient', reasoning };
}

/** Scores a leaf's rule (unclamped); a missing rule is insufficient. */
export function applyRule(node: Criterion, inputs: CriterionInputs): RuleOutcome {
  const rule = node.rule;
  if (!rule) return insufficient('chưa có quy tắc chấm cho tiêu chí này');
  switch (rule.type) {
    case 'level':
      return applyLevel(rule, node, inputs);
    case 'sum':
      return applySum(rule, node, inputs);
    case 'bands':
      return applyBands(rule, node, inputs);
    case 'linearAboveFloor':
      return applyLinear(rule, node, inputs);
    case 'formula':
      return applyFormula(rule, node, inputs);
  }
}

function applyLevel(rule: Extract<Rule, { type: 'level' }>, node: Criterion, inputs: CriterionInputs): RuleOutcome {
  const read = readValue(node, inputs, rule.input);
  if ('error' in read) return insufficient(read.error.message);
  const levels = inputOf(node, rule.input)?.levels ?? [];
  const level = levels.find((l) => l.key === read.value);
  if (!level) return insufficient(`dữ liệu không hợp lệ: mức "${String(read.value)}" không có trong danh sách mức của "${rule.input}"`);
  // A declared level without points (e.g. "không thực hiện") is worth 0: the seed lists those as ": 0".
  const points = rule.points.find((p) => p.level === level.key)?.points ?? 0;
  return { status: 'scored', raw: points, reasoning: `mức «${level.label}» → ${formatViPoints(points)}` };
}

function applySum(rule: Extract<Rule, { type: 'sum' }>, node: Criterion, inputs: CriterionInputs): RuleOutcome {
  const parts: string[] = [];
  let total = 0;
  for (const item of rule.items) {
    const read = readValue(node, inputs, item.input);
    if ('error' in read) return insufficient(read.error.message);
    if (typeof read.value !== 'boolean') return insufficient(`dữ liệu không hợp lệ: "${item.input}" phải là có/không (true/false)`);
    const label = inputOf(node, item.input)?.label ?? item.input;
    if (read.value) total += item.points;
    parts.push(`«${label}»: ${read.value ? `có, +${formatViNumber(item.points)}` : 'không, +0'}`);
  }
  return { status: 'scored', raw: total, reasoning: `${parts.join('; ')} → tổng ${formatViPoints(total)}` };
}

// Closes the case of a value that cannot be computed because its denominator is 0, as the rule's data says.
function closeNoData(measured: Measured & { ok: false }, onNoData: OnNoData, node: Criterion): RuleOutcome {
  if (measured.cause !== 'zeroDenominator') return insufficient(measured.message);
  const note = node.openCaseNote ? ` (${node.openCaseNote})` : '';
  if (onNoData === 'full')
    return { status: 'scored', raw: node.maxPoints, reasoning: `${measured.message} → theo quy ước: đủ ${formatViPoints(node.maxPoints)}${note}` };
  if (onNoData === 'zero') return { status: 'scored', raw: 0, reasoning: `${measured.message} → theo quy ước: 0 điểm${note}` };
  return insufficient(`chưa đủ dữ liệu: ${measured.message}${note}`);
}

function applyBands(rule: Extract<Rule, { type: 'bands' }>, node: Criterion, inputs: CriterionInputs): RuleOutcome {
  const m = measure(rule.value, node, inputs);
  if (!m.ok) return closeNoData(m, rule.onNoData, node);
  const band = rule.bands.find((b) => inBand(m.value, b));
  if (!band) {
    const what = `${m.text} không thuộc khoảng nào của quy tắc`;
    return rule.onNoBand === 'zero' ? { status: 'scored', raw: 0, reasoning: `${what} → 0 điểm` } : insufficient(`chưa đủ dữ liệu: ${what}`);
  }
  return { status: 'scored', raw: band.points, reasoning: `${m.text} (${describeBand(band, m.asPercent)}) → ${formatViPoints(band.points)}` };
}

function applyLinear(rule: Extract<Rule, { type: 'linearAboveFloor' }>, node: Criterion, inputs: CriterionInputs): RuleOutcome {
  const m = measure(rule.value, node, inputs);
  if (!m.ok) return closeNoData(m, rule.onNoData, node);
  const v = (n: number) => showValue(n, m.asPercent);
  if (rule.fullFrom && atLeast(m.value, rule.fullFrom.min))
    return { status: 'scored', raw: rule.fullFrom.points, reasoning: `${m.text} ≥ ${v(rule.fullFrom.min)} → ${formatViPoints(rule.fullFrom.points)}` };
  if (atLeast(m.value, rule.floor)) {
    const raw = m.value * rule.factor;
    const band = rule.fullFrom ? `từ ${v(rule.floor)} đến dưới ${v(rule.fullFrom.min)}` : `≥ ${v(rule.floor)}`;
    return { status: 'scored', raw, reasoning: `${m.text} ${band} → ${v(m.value)} × ${formatViNumber(rule.factor)} = ${formatViPoints(raw)}` };
  }
  const below = rule.belowFloor ?? 0;
  return { status: 'scored', raw: below, reasoning: `${m.text} < ${v(rule.floor)} → ${formatViPoints(below)}` };
}

function applyFormula(rule: Extract<Rule, { type: 'formula' }>, node: Criterion, inputs: CriterionInputs): RuleOutcome {
  const m = measure({ kind: 'formula', expr: rule.expr }, node, inputs);
  if (!m.ok) return closeNoData(m, rule.onNoData, node);
  const given = (node.inputs ?? [])
    .filter((i) => i.type !== 'level' && i.type !== 'date')
    .map((i) => `${i.key} = ${formatViNumber(Number(inputs[i.key] ?? 0), 4)}`)
    .join(', ');
  return { status: 'scored', raw: m.value, reasoning: `${rule.expr} với ${given} → ${formatViPoints(m.value)}` };
}
