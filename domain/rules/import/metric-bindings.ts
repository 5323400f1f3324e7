// Inputs of an imported criterion that the system already measures, offered as bindings with the metric's
// definition, so the self-assessment fills them itself. Only offered: the officer accepts each one.
// A share of two counts binds both counts when the system counts them (the explanation then says "153/160 hồ
// sơ"); when the system has only the percentage (survey satisfaction, reports on time, units inspected, fully
// online), the share becomes one share input filled from that percentage, divided by 100 (metric-input.ts).
import type { Criterion, CriterionInput, Rule } from '../framework-shapes';
import { inputValueFromMetric } from '../metric-input';
import { METRIC_KEYS, metricUnitOf, type MetricKey, type MetricUnit } from '../metric-keys';
import { COUNT_TOPICS, COUNTS_PROCEDURES, SHARE_TOPICS, type MetricTopic } from './metric-topics';
import { fold } from './vi-text';

/** A proposed binding of one input to a metric, with the metric's definition and why it was proposed. */
export type MetricBinding = {
  code: string;
  /** 'input': the input takes the metric; 'share': the share's counts are replaced by one share input that does. */
  kind: 'input' | 'share';
  inputKey: string;
  inputLabel: string;
  metric: MetricKey;
  unit: MetricUnit;
  definition: string;
  /** How the metric's value becomes the input's ("96,5% → tỷ lệ 0,965"), or null when taken as it is. */
  conversion: string | null;
  /** The inputs a 'share' binding replaces (the share's two counts). */
  replaces: string[];
  reason: string;
};

/** The key of the share input a 'share' binding creates. */
export const SHARE_INPUT_KEY = 'tyLe';

type ShareRule = Extract<Rule, { type: 'bands' | 'linearAboveFloor' }>;

function leaves(nodes: Criterion[]): Criterion[] {
  return nodes.flatMap((n) => (n.children?.length ? leaves(n.children) : n.placeholder ? [] : [n]));
}

function conversionOf(metric: MetricKey): string | null {
  if (metricUnitOf(metric) !== '%') return null;
  const example = inputValueFromMetric('ratio', '%', 96.5).note;
  return `Hệ thống tính theo %, quy tắc đọc tỷ lệ từ 0 đến 1: giá trị chia cho 100 (${example}).`;
}

function binding(
  code: string,
  kind: MetricBinding['kind'],
  input: { key: string; label: string },
  metric: MetricKey,
  why: string,
  replaces: string[] = [],
): MetricBinding {
  const unit = metricUnitOf(metric);
  const reason = unit === '%' ? `Tiêu chí nói về ${why}: hệ thống đã tính được tỷ lệ này.` : `Tiêu chí nói về ${why}: hệ thống đã đếm được số này.`;
  return {
    code,
    kind,
    inputKey: input.key,
    inputLabel: input.label,
    metric,
    unit,
    definition: METRIC_KEYS[metric],
    conversion: conversionOf(metric),
    replaces,
    reason,
  };
}

// The label of the share input that replaces the two counts: the title when it names a share, else a share of it.
function shareLabel(title: string): string {
  return /^(t[ỷỉi] lệ|mức độ)/iu.test(title.trim()) ? title.trim() : `Tỷ lệ: ${title.trim()}`;
}

function topicOf(words: string): MetricTopic | undefined {
  return SHARE_TOPICS.find((t) => t.topic.test(words));
}

function offersForShare(leaf: Criterion, rule: ShareRule & { value: { kind: 'ratio' } }): MetricBinding[] {
  const inputs = leaf.inputs ?? [];
  const numerator = inputs.find((i) => i.key === rule.value.numerator);
  const denominator = inputs.find((i) => i.key === rule.value.denominator);
  if (!numerator || !denominator || numerator.metric || denominator.metric || numerator.type !== 'number' || denominator.type !== 'number') return [];
  const words = fold([leaf.title, ...inputs.map((i) => i.label)].join(' '));
  const topic = topicOf(words);
  if (!topic) return [];
  const procedures = COUNTS_PROCEDURES.test(fold(numerator.label)) || COUNTS_PROCEDURES.test(fold(leaf.title));
  if (!procedures && topic.counts) {
    return [binding(leaf.code, 'input', numerator, topic.counts[0], topic.why), binding(leaf.code, 'input', denominator, topic.counts[1], topic.why)];
  }
  const percent = procedures ? topic.procedures : topic.percent;
  if (!percent || inputs.some((i) => i.key === SHARE_INPUT_KEY)) return [];
  return [binding(leaf.code, 'share', { key: SHARE_INPUT_KEY, label: shareLabel(leaf.title) }, percent, topic.why, [numerator.key, denominator.key])];
}

/** Bindings the system can offer for a framework's inputs that have none yet. */
export function suggestMetricBindings(framework: { areas: Criterion[] }): MetricBinding[] {
  const out: MetricBinding[] = [];
  for (const leaf of leaves(framework.areas)) {
    const rule = leaf.rule;
    const inputs = leaf.inputs ?? [];
    if (rule && (rule.type === 'bands' || rule.type === 'linearAboveFloor')) {
      if (rule.value.kind === 'ratio') {
        out.push(...offersForShare(leaf, rule as ShareRule & { value: { kind: 'ratio' } }));
        continue;
      }
      const value = rule.value;
      const share = value.kind === 'input' ? inputs.find((i) => i.key === value.key && i.type === 'ratio' && !i.metric) : undefined;
      if (share) {
        const topic = topicOf(fold([leaf.title, share.label].join(' ')));
        const metric = COUNTS_PROCEDURES.test(fold(share.label)) ? topic?.procedures : topic?.percent;
        if (topic && metric) out.push(binding(leaf.code, 'input', share, metric, topic.why));
        continue;
      }
    }
    for (const input of inputs) {
      if (input.metric || input.type !== 'number') continue;
      const hit = COUNT_TOPICS.find((s) => s.topic.test(fold(input.label)));
      if (hit) out.push(binding(leaf.code, 'input', input, hit.metric, hit.why));
    }
  }
  return out;
}

type Accepted = { code: string; inputKey: string; metric: string; kind?: MetricBinding['kind']; inputLabel?: string; replaces?: string[] };

// The share's two counts give way to one share input bound to the percentage; the rule reads that input.
function bindShare(node: Criterion, b: Accepted): void {
  const rule = node.rule;
  if (!rule || (rule.type !== 'bands' && rule.type !== 'linearAboveFloor') || rule.value.kind !== 'ratio') return;
  const { numerator, denominator } = rule.value;
  if (b.replaces && (b.replaces[0] !== numerator || b.replaces[1] !== denominator)) return;
  const inputs = node.inputs ?? [];
  const share: CriterionInput = { key: b.inputKey, label: b.inputLabel ?? shareLabel(node.title), type: 'ratio', metric: b.metric as MetricKey };
  const at = Math.max(
    0,
    inputs.findIndex((i) => i.key === numerator),
  );
  const kept = inputs.filter((i) => i.key !== numerator && i.key !== denominator);
  node.inputs = [...kept.slice(0, at), share, ...kept.slice(at)];
  rule.value = { kind: 'input', key: b.inputKey };
}

/** The document with the given bindings applied (the officer's acceptance of the offers). */
export function applyMetricBindings<T extends { areas: Criterion[] }>(framework: T, bindings: readonly Accepted[]): T {
  const copy = structuredClone(framework);
  const visit = (nodes: Criterion[]) => {
    for (const n of nodes) {
      for (const b of bindings) {
        if (b.code !== n.code) continue;
        if (b.kind === 'share') bindShare(n, b);
        else for (const i of n.inputs ?? []) if (i.key === b.inputKey) i.metric = b.metric as MetricKey; // an unknown key fails the schema at publication
      }
      visit(n.children ?? []);
    }
  };
  visit(copy.areas);
  return copy;
}
