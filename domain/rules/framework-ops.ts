// Operations on whole frameworks: import with Vietnamese errors, copy to a new year, look-ups, metric filling.
import type { z } from 'zod';
import { Framework, type Criterion } from './framework-schema';
import { inputValueFromMetric } from './metric-input';
import { metricUnitOf, type MetricKey } from './metric-keys';
import type { CriterionInputs, FrameworkInputs, InputValue } from './score';

/** One problem of an imported framework: where (e.g. "areas[2].children[0].rule.bands[1].min") and what. */
export type FrameworkIssue = { path: string; message: string };

/** Result of validating an imported framework; `messages` are ready to show ("path: what is wrong"). */
export type FrameworkValidation = { ok: true; framework: Framework } | { ok: false; issues: FrameworkIssue[]; messages: string[] };

/** Writes a zod path the way a person reads JSON: areas[2].children[0].rule. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('') || '(gốc)';
}

const TYPE_NAMES: Record<string, string> = {
  number: 'số',
  string: 'chuỗi ký tự',
  boolean: 'true/false',
  array: 'danh sách',
  object: 'đối tượng',
  int: 'số nguyên',
};

/** A zod issue in Vietnamese, without the path. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'thiếu trường bắt buộc';
      return `phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'array') return `phải có ít nhất ${issue.minimum} phần tử`;
      if (issue.origin === 'string') return 'không được để trống';
      return `phải ${issue.inclusive === false ? '>' : '≥'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `dài quá ${issue.maximum} ký tự`;
      if (issue.origin === 'array') return `có quá ${issue.maximum} phần tử`;
      return `phải ${issue.inclusive === false ? '<' : '≤'} ${issue.maximum}`;
    case 'invalid_format':
      return 'sai định dạng';
    case 'invalid_value':
      return `phải là một trong: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `trường không được phép: ${issue.keys.join(', ')}`;
    case 'invalid_union': {
      const disc = (issue as { discriminator?: string }).discriminator;
      if (disc === 'type') return 'loại quy tắc không hợp lệ (level, sum, bands, linearAboveFloor, formula)';
      if (disc === 'kind') return 'loại giá trị không hợp lệ (ratio, input, formula)';
      return disc ? `giá trị của "${disc}" không hợp lệ` : 'không khớp dạng nào được phép';
    }
    case 'custom':
      return issue.message;
    default:
      return 'giá trị không hợp lệ';
  }
}

/** Validates an imported framework (object or JSON text); every error names its path, in Vietnamese. */
export function validateFramework(input: unknown): FrameworkValidation {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      const issue = { path: '(gốc)', message: 'không phải JSON hợp lệ' };
      return { ok: false, issues: [issue], messages: [`${issue.path}: ${issue.message}`] };
    }
  }
  // reportInput lets a message tell "missing" from "wrong type" (zod leaves the input out of issues by default).
  const parsed = Framework.safeParse(data, { reportInput: true });
  if (parsed.success) return { ok: true, framework: parsed.data };
  const issues = parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: describeIssue(i) }));
  return { ok: false, issues, messages: issues.map((i) => `${i.path}: ${i.message}`) };
}

/** Options of copyFrameworkToYear; code and version default from the year. */
export type CopyOptions = { year: number; code?: string; version?: number; name?: string };

/** Copies a framework to a new year (code with the new year, version 1 unless given), validated. */
export function copyFrameworkToYear(framework: Framework, options: CopyOptions): Framework {
  const yearText = String(framework.year);
  const code =
    options.code ?? (framework.code.includes(yearText) ? framework.code.split(yearText).join(String(options.year)) : `${framework.code}-${options.year}`);
  const name = options.name ?? framework.name.split(yearText).join(String(options.year));
  const copy = structuredClone(framework);
  return Framework.parse({
    ...copy,
    code,
    name,
    year: options.year,
    version: options.version ?? 1,
    description: `${framework.description} (Sao chép từ ${framework.code} phiên bản ${framework.version}.)`,
  });
}

/** The node with this code anywhere in the tree, or undefined. */
export function findCriterion(framework: Framework, code: string): Criterion | undefined {
  const stack = [...framework.areas];
  while (stack.length > 0) {
    const node = stack.pop() as Criterion;
    if (node.code === code) return node;
    stack.push(...(node.children ?? []));
  }
  return undefined;
}

/** Leaf criteria in tree order; placeholders only when asked for. */
export function listLeaves(framework: Framework, options: { includePlaceholders?: boolean } = {}): Criterion[] {
  const out: Criterion[] = [];
  const visit = (node: Criterion) => {
    if (node.children && node.children.length > 0) node.children.forEach(visit);
    else if (options.includePlaceholders || !node.placeholder) out.push(node);
  };
  framework.areas.forEach(visit);
  return out;
}

/**
 * Framework inputs from measured metrics, with typed-in values taking precedence (a unit may correct a count).
 * A percentage fills a share input divided by 100, as the assessment does (metric-input.ts).
 */
export function fillMetricInputs(
  framework: Framework,
  metrics: Partial<Record<MetricKey, number>>,
  typed: FrameworkInputs = {},
): Record<string, CriterionInputs> {
  const out: Record<string, CriterionInputs> = {};
  for (const leaf of listLeaves(framework)) {
    const values: Record<string, InputValue> = {};
    for (const input of leaf.inputs ?? []) {
      const measured = input.metric ? metrics[input.metric] : undefined;
      if (input.metric && measured !== undefined) values[input.key] = inputValueFromMetric(input.type, metricUnitOf(input.metric), measured).value;
    }
    const own = typed[leaf.code] ?? {};
    for (const [key, value] of Object.entries(own)) if (value !== undefined && value !== null) values[key] = value;
    out[leaf.code] = values;
  }
  return out;
}
