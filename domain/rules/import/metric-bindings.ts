// Inputs of an imported criterion that the system already counts (dossiers on time, apologies, digitised results,
// online and postal shares, feedback handled, tasks done): offered as bindings with the metric's definition, so
// the self-assessment fills them itself. Only offered: the officer accepts each one.
import type { Criterion } from '../framework-shapes';
import { METRIC_KEYS, type MetricKey } from '../metric-keys';
import { fold } from './vi-text';

/** A proposed binding of one input to a metric, with the metric's definition and why it was proposed. */
export type MetricBinding = { code: string; inputKey: string; inputLabel: string; metric: MetricKey; definition: string; reason: string };

type Pair = { topic: RegExp; achieved: MetricKey; total: MetricKey; why: string };

// What the share counts must be what the metric counts: "Số TTHC có phát sinh hồ sơ qua BCCI" counts procedures.
const PROCEDURES = /^(so|tong so) (tthc|thu tuc)/;

// Checked in order on the criterion's words (title, input labels), without marks; the first topic that fits wins.
const SHARES: Pair[] = [
  { topic: /xin loi/, achieved: 'dossiers.lateWithApology', total: 'dossiers.late', why: 'xin lỗi khi giải quyết hồ sơ quá hạn' },
  { topic: /so hoa/, achieved: 'dossiers.digitizedResults', total: 'dossiers.resolved', why: 'số hóa kết quả giải quyết' },
  { topic: /(buu chinh|bcci).*(tra ket qua)|(tra ket qua).*(buu chinh|bcci)/, achieved: 'dossiers.postalReturned', total: 'dossiers.resolved', why: 'trả kết quả qua bưu chính công ích' },
  { topic: /(buu chinh|bcci).*(tiep nhan)|(tiep nhan).*(buu chinh|bcci)/, achieved: 'dossiers.postalReceived', total: 'dossiers.received', why: 'tiếp nhận qua bưu chính công ích' },
  { topic: /ho so.*truc tuyen|truc tuyen.*ho so/, achieved: 'dossiers.onlineSubmitted', total: 'dossiers.received', why: 'hồ sơ tiếp nhận trực tuyến' },
  { topic: /ho so.*(dung han|truoc han)/, achieved: 'dossiers.resolvedOnTime', total: 'dossiers.resolved', why: 'hồ sơ giải quyết đúng hạn' },
  { topic: /phan anh.*kien nghi.*dung han/, achieved: 'feedback.handledOnTime', total: 'feedback.received', why: 'phản ánh, kiến nghị xử lý đúng hạn' },
  { topic: /phan anh.*kien nghi/, achieved: 'feedback.handled', total: 'feedback.received', why: 'phản ánh, kiến nghị được xử lý' },
  { topic: /nhiem vu.*dung (thoi )?han/, achieved: 'tasks.doneOnTime', total: 'tasks.assigned', why: 'nhiệm vụ hoàn thành đúng hạn' },
  { topic: /nhiem vu.*hoan thanh/, achieved: 'tasks.done', total: 'tasks.assigned', why: 'nhiệm vụ hoàn thành' },
];

// One input's own label, for formulas over named counts ("Số nhiệm vụ được giao").
const SINGLE: Array<{ topic: RegExp; metric: MetricKey; why: string }> = [
  { topic: /nhiem vu.*hoan thanh.*dung (thoi )?han/, metric: 'tasks.doneOnTime', why: 'nhiệm vụ hoàn thành đúng hạn' },
  { topic: /nhiem vu.*hoan thanh/, metric: 'tasks.done', why: 'nhiệm vụ hoàn thành' },
  { topic: /nhiem vu.*(duoc giao|giao)/, metric: 'tasks.assigned', why: 'nhiệm vụ được giao' },
  { topic: /ho so.*(dung han|truoc han)/, metric: 'dossiers.resolvedOnTime', why: 'hồ sơ giải quyết đúng hạn' },
  { topic: /ho so.*qua han/, metric: 'dossiers.late', why: 'hồ sơ giải quyết quá hạn' },
];

function leaves(nodes: Criterion[]): Criterion[] {
  return nodes.flatMap((n) => (n.children?.length ? leaves(n.children) : n.placeholder ? [] : [n]));
}

/** Bindings the system can offer for a framework's inputs that have none yet. */
export function suggestMetricBindings(framework: { areas: Criterion[] }): MetricBinding[] {
  const out: MetricBinding[] = [];
  for (const leaf of leaves(framework.areas)) {
    const rule = leaf.rule;
    const inputs = leaf.inputs ?? [];
    const offer = (key: string, metric: MetricKey, why: string) => {
      const input = inputs.find((i) => i.key === key);
      if (!input || input.metric || input.type !== 'number') return;
      out.push({ code: leaf.code, inputKey: key, inputLabel: input.label, metric, definition: METRIC_KEYS[metric], reason: `Tiêu chí nói về ${why}: hệ thống đã đếm được số này.` });
    };
    if (rule && (rule.type === 'bands' || rule.type === 'linearAboveFloor') && rule.value.kind === 'ratio') {
      const words = fold([leaf.title, ...inputs.map((i) => i.label)].join(' '));
      const counted = fold(inputs.find((i) => i.key === (rule.value as { numerator: string }).numerator)?.label ?? '');
      const pair = PROCEDURES.test(counted) ? undefined : SHARES.find((p) => p.topic.test(words));
      if (pair) {
        offer(rule.value.numerator, pair.achieved, pair.why);
        offer(rule.value.denominator, pair.total, pair.why);
      }
      continue;
    }
    for (const input of inputs) {
      const hit = SINGLE.find((s) => s.topic.test(fold(input.label)));
      if (hit) offer(input.key, hit.metric, hit.why);
    }
  }
  return out;
}

/** The document with the given inputs bound to their metrics (the officer's acceptance of the offers). */
export function applyMetricBindings<T extends { areas: Criterion[] }>(framework: T, bindings: readonly { code: string; inputKey: string; metric: string }[]): T {
  const copy = structuredClone(framework);
  const visit = (nodes: Criterion[]) => {
    for (const n of nodes) {
      for (const b of bindings) if (b.code === n.code) for (const i of n.inputs ?? []) if (i.key === b.inputKey) i.metric = b.metric as MetricKey; // an unknown key fails the schema at publication
      visit(n.children ?? []);
    }
  };
  visit(copy.areas);
  return copy;
}
