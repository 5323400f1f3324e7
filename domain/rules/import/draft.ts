// From an appendix to a draft framework: the tree from the STT numbering, each leaf's rule recognised from its
// sentences, maxima from the table (or from the rule where the table has no column for them), the sums checked
// against the table's own totals, and a review line per criterion that shows the source beside the reading.
import type { Criterion } from '../framework-shapes';
import { formatViNumber } from '../vi-format';
import type { AppendixTable } from './appendix';
import { recogniseRule, type RecognitionStatus } from './recognise';
import { rowsToNodes, type ImportIssue, type RawNode } from './rows-to-nodes';
import { unitCodesFromText } from './units-text';

/** The review of one criterion: its source beside what was read, and how far it was read. */
export type CriterionReview = {
  code: string;
  title: string;
  /** 'parent' for a node with children (its score is their sum). */
  status: RecognitionStatus | 'parent';
  reasons: string[];
  sentences: string[];
  orphans: string[];
  where: string;
  tableMax: number | null;
  ruleMax: number | null;
};

/** What the importer built: a framework document to review and edit, the reviews, and the issues. */
export type ImportDraft = {
  document: { code: string; name: string; year: number; version: number; description: string; partial?: boolean; areas: Criterion[] };
  reviews: CriterionReview[];
  issues: ImportIssue[];
  totals: { table: number | null; computed: number };
};

/** Names the importer needs that the appendix does not hold. */
export type DraftMeta = { code: string; name: string; year: number; sourceName: string };

type TreeNode = RawNode & { children: TreeNode[] };

const round = (n: number) => Math.round(n * 1e6) / 1e6;
const vi = (n: number) => formatViNumber(n, 4);

function buildTree(nodes: RawNode[], issues: ImportIssue[]): TreeNode[] {
  const byCode = new Map<string, TreeNode>();
  const roots: TreeNode[] = [];
  for (const raw of nodes) {
    if (byCode.has(raw.code)) {
      issues.push({
        where: raw.where,
        code: raw.code,
        severity: 'error',
        message: `Số thứ tự ${raw.code} lặp lại (đã có ở ${byCode.get(raw.code)!.where}): sửa mã một trong hai tiêu chí.`,
      });
      continue;
    }
    const node: TreeNode = { ...raw, children: [] };
    byCode.set(raw.code, node);
    const parentCode = raw.code.split('.').slice(0, -1).join('.');
    if (!parentCode) {
      roots.push(node);
      continue;
    }
    let parent = byCode.get(parentCode);
    if (!parent) {
      issues.push({
        where: raw.where,
        code: raw.code,
        severity: 'error',
        message: `Tiêu chí ${raw.code} không có mục cha ${parentCode} trong bảng: đã tạo mục ${parentCode} chưa có tên, cần đặt tên.`,
      });
      parent = {
        code: parentCode,
        title: `(Mục ${parentCode} chưa có tên trong bảng)`,
        tableMax: null,
        unitsText: '',
        evidence: '',
        sentences: [],
        orphans: [],
        where: raw.where,
        children: [],
      };
      byCode.set(parentCode, parent);
      const grand = byCode.get(parentCode.split('.').slice(0, -1).join('.'));
      (grand ? grand.children : roots).push(parent);
    }
    parent.children.push(node);
  }
  return roots;
}

function toCriterion(node: TreeNode, inherited: string[], meta: DraftMeta, reviews: CriterionReview[], issues: ImportIssue[]): Criterion {
  const { codes, unknown } = unitCodesFromText(node.unitsText);
  if (unknown.length)
    issues.push({
      where: node.where,
      code: node.code,
      severity: 'warning',
      message: `Không nhận ra đơn vị «${unknown.join('», «')}» ở tiêu chí ${node.code}: chọn đơn vị chịu trách nhiệm trong trình sửa.`,
    });
  const units = codes.length ? codes : inherited;
  const base: Criterion = {
    code: node.code,
    title: node.title || `(Tiêu chí ${node.code})`,
    maxPoints: 0,
    responsibleUnits: units,
    source: `${meta.sourceName}, ${node.where}`,
  };
  if (node.evidence) base.evidence = node.evidence;
  if (node.children.length > 0) {
    const review: CriterionReview = {
      code: node.code,
      title: base.title,
      status: 'parent',
      reasons: [],
      sentences: node.sentences,
      orphans: node.orphans,
      where: node.where,
      tableMax: node.tableMax,
      ruleMax: null,
    };
    reviews.push(review);
    const children = node.children.map((c) => toCriterion(c, units, meta, reviews, issues));
    const sum = round(children.reduce((s, c) => s + c.maxPoints, 0));
    base.maxPoints = node.tableMax ?? sum;
    if (node.tableMax !== null && Math.abs(node.tableMax - sum) > 1e-6) {
      const message = `Điểm tối đa của ${node.code} trong bảng là ${vi(node.tableMax)}, nhưng tổng các mục con là ${vi(sum)}: kiểm tra lại điểm các mục con.`;
      issues.push({ where: node.where, code: node.code, severity: 'error', message });
      review.reasons.push(message);
    } else review.reasons.push(`Tổng ${children.length} mục con: ${vi(sum)} điểm${node.tableMax !== null ? ', khớp với bảng' : ''}.`);
    if (node.sentences.length)
      review.reasons.push('Có câu chấm điểm ngay dưới mục có mục con: điểm của mục là tổng các mục con, các câu này chỉ để tham khảo.');
    return { ...base, children };
  }
  const r = recogniseRule(node.title, node.sentences, { tableMax: node.tableMax });
  const reasons = [...r.reasons];
  let status = r.status;
  const ruleMax = r.maxPoints ?? null;
  if (!r.rule && node.sentences.length === 0 && node.tableMax === null) {
    reasons.push('Không có câu chấm điểm và điểm tối đa: để là mục giữ chỗ (0 điểm) cho tới khi có quy tắc.');
    reviews.push({ code: node.code, title: base.title, status, reasons, sentences: [], orphans: node.orphans, where: node.where, tableMax: null, ruleMax });
    return { ...base, placeholder: true };
  }
  base.maxPoints = node.tableMax ?? ruleMax ?? 0;
  if (node.tableMax !== null && ruleMax !== null && Math.abs(node.tableMax - ruleMax) > 1e-6) {
    reasons.push(`Điểm tối đa trong bảng là ${vi(node.tableMax)}, nhưng theo các câu chấm điểm cao nhất là ${vi(ruleMax)}: kiểm tra lại.`);
    if (status === 'recognised') status = 'partly';
  }
  if (node.tableMax === null && ruleMax !== null) reasons.push(`Bảng không ghi điểm tối đa: lấy ${vi(ruleMax)} là điểm cao nhất theo các câu chấm điểm.`);
  if (node.orphans.length) reasons.push(`Sau tiêu chí có ${node.orphans.length} dòng không có số thứ tự chưa đưa vào (xem cảnh báo).`);
  reviews.push({
    code: node.code,
    title: base.title,
    status,
    reasons,
    sentences: node.sentences,
    orphans: node.orphans,
    where: node.where,
    tableMax: node.tableMax,
    ruleMax,
  });
  return r.rule ? { ...base, inputs: r.inputs, rule: r.rule } : base;
}

/** Builds the draft framework, its reviews and issues from an appendix table. */
export function buildImportDraft(table: AppendixTable, meta: DraftMeta): ImportDraft {
  const { nodes, tableTotal, issues } = rowsToNodes(table);
  const reviews: CriterionReview[] = [];
  const roots = buildTree(nodes, issues);
  const areas = roots.map((n) => toCriterion(n, [], meta, reviews, issues));
  const computed = round(areas.reduce((s, a) => s + a.maxPoints, 0));
  if (tableTotal !== null && Math.abs(tableTotal - computed) > 1e-6) {
    issues.push({
      where: 'Dòng tổng',
      severity: 'error',
      message: `Tổng điểm ghi trong bảng là ${vi(tableTotal)}, nhưng tổng điểm tối đa các lĩnh vực là ${vi(computed)}: kiểm tra lại.`,
    });
  }
  if (areas.length === 0 && !issues.some((i) => i.severity === 'error'))
    issues.push({ where: 'Bảng', severity: 'error', message: 'Bảng không có dòng nào có số thứ tự (3, 3.1, 3.1.1…): không dựng được cây tiêu chí.' });
  const codes = areas.map((a) => Number(a.code));
  const partial = codes.some((c, i) => c !== i + 1);
  if (partial)
    issues.push({
      where: 'Bảng',
      severity: 'info',
      message: `Bảng chỉ có lĩnh vực ${areas.map((a) => a.code).join(', ')}: bộ chỉ số được đánh dấu là một phần.`,
    });
  const unread = reviews.filter((r) => r.status === 'unrecognised' || r.status === 'partly').length;
  const description = `Nhập từ ${meta.sourceName}: ${reviews.filter((r) => r.status !== 'parent').length} tiêu chí chấm điểm, ${unread} cần xem lại.`;
  return {
    document: { code: meta.code, name: meta.name, year: meta.year, version: 1, description, ...(partial ? { partial: true } : {}), areas },
    reviews,
    issues,
    totals: { table: tableTotal, computed },
  };
}
