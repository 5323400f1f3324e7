// Pure edits of a framework document for the per-criterion form editor. A node is addressed by its index path
// ([2, 0, 1] = areas[2].children[0].children[1]); every function returns a new document and leaves its input alone.
import type { Criterion, Rule } from './framework-schema';

/** The part of a framework document these edits touch; other fields are carried through unchanged. */
export type EditableFramework = { areas: Criterion[] } & Record<string, unknown>;
/** Index path of a node in the tree. */
export type NodePath = number[];

function siblingsOf(areas: Criterion[], path: NodePath): Criterion[] {
  let list = areas;
  for (const i of path.slice(0, -1)) list = list[i]?.children ?? [];
  return list;
}

/** The node at a path, or undefined when the path leads nowhere. */
export function nodeAt(doc: EditableFramework, path: NodePath): Criterion | undefined {
  return path.length === 0 ? undefined : siblingsOf(doc.areas, path)[path[path.length - 1]];
}

// Copies the document and hands the (copied) sibling list that holds the addressed node to `change`.
function withSiblings(doc: EditableFramework, path: NodePath, change: (list: Criterion[], index: number) => void): EditableFramework {
  const copy = structuredClone(doc);
  let list = copy.areas;
  for (const i of path.slice(0, -1)) {
    const node = list[i];
    node.children = node.children ?? [];
    list = node.children;
  }
  change(list, path[path.length - 1]);
  return copy;
}

/** Replaces the node's own fields (its children stay). */
export function updateNode(doc: EditableFramework, path: NodePath, fields: Omit<Criterion, 'children'>): EditableFramework {
  return withSiblings(doc, path, (list, i) => {
    const children = list[i].children;
    list[i] = children ? { ...fields, children } : { ...fields };
  });
}

/** Removes a node with its children. */
export function removeNode(doc: EditableFramework, path: NodePath): EditableFramework {
  return withSiblings(doc, path, (list, i) => void list.splice(i, 1));
}

/** Moves a node one place up (-1) or down (+1) among its siblings; at either end the document is unchanged. */
export function moveNode(doc: EditableFramework, path: NodePath, by: -1 | 1): { doc: EditableFramework; path: NodePath } {
  const to = path[path.length - 1] + by;
  if (to < 0 || to >= siblingsOf(doc.areas, path).length) return { doc, path };
  const next = withSiblings(doc, path, (list, i) => void list.splice(to, 0, ...list.splice(i, 1)));
  return { doc: next, path: [...path.slice(0, -1), to] };
}

// The next free code under a prefix: "7.3" with children 7.3.1, 7.3.2 → "7.3.3"; top level "9".
function nextCode(prefix: string | null, siblings: Criterion[]): string {
  const last = siblings.map((s) => Number(s.code.split('.').pop())).filter(Number.isFinite);
  const n = Math.max(0, ...last) + 1;
  return prefix ? `${prefix}.${n}` : String(n);
}

// A new node is a placeholder worth 0 points: valid as it stands, so adding never breaks the sums.
function blankNode(code: string, responsibleUnits: string[]): Criterion {
  return { code, title: 'Tiêu chí mới', maxPoints: 0, responsibleUnits: [...responsibleUnits], placeholder: true };
}

/**
 * Adds a child at the end of a node's children. When the node was a scored leaf, the first child takes over its
 * maximum, inputs and rule (a criterion split into sub-criteria keeps its score), since a parent may not have a rule.
 */
export function addChild(doc: EditableFramework, path: NodePath): { doc: EditableFramework; path: NodePath } {
  let at: NodePath = [];
  const next = withSiblings(doc, path, (list, i) => {
    const parent = list[i];
    const children = parent.children ?? [];
    const child = blankNode(nextCode(parent.code, children), parent.responsibleUnits);
    if (children.length === 0 && parent.rule) {
      const { rule, inputs, openCaseNote, placeholder, ...rest } = parent;
      Object.assign(child, { maxPoints: parent.maxPoints, rule, inputs, openCaseNote, placeholder });
      if (!inputs) delete child.inputs;
      if (!openCaseNote) delete child.openCaseNote;
      if (!placeholder) delete child.placeholder;
      list[i] = { ...rest, children: [child] };
    } else {
      list[i] = { ...parent, children: [...children, child] };
    }
    at = [...path, children.length];
  });
  return { doc: next, path: at };
}

/** Adds a node right after the given one, with the next free code of its level. */
export function addSibling(doc: EditableFramework, path: NodePath): { doc: EditableFramework; path: NodePath } {
  const parent = path.length > 1 ? nodeAt(doc, path.slice(0, -1)) : undefined;
  const siblings = siblingsOf(doc.areas, path);
  const node = blankNode(nextCode(parent?.code ?? null, siblings), siblings[path[path.length - 1]]?.responsibleUnits ?? []);
  const next = withSiblings(doc, path, (list, i) => void list.splice(i + 1, 0, node));
  return { doc: next, path: [...path.slice(0, -1), path[path.length - 1] + 1] };
}

/** Sets the node (when it has children) and every ancestor to the sum of its children's maxima, deepest first. */
export function sumUpMaxima(doc: EditableFramework, path: NodePath): EditableFramework {
  const copy = structuredClone(doc);
  for (let depth = path.length; depth >= 1; depth--) {
    const node = nodeAt(copy, path.slice(0, depth));
    if (node?.children && node.children.length > 0) node.maxPoints = Math.round(node.children.reduce((s, c) => s + c.maxPoints, 0) * 1e6) / 1e6;
  }
  return copy;
}

/**
 * The node an error path names and the rest of the path: "areas[2].children[0].rule.bands[1].min" →
 * { path: [2, 0], field: "rule.bands[1].min" }. Paths outside the tree (e.g. "code") give path [].
 */
export function nodePathOfIssue(issuePath: string): { path: NodePath; field: string } {
  const match = /^areas\[(\d+)\]((?:\.children\[\d+\])*)\.?(.*)$/.exec(issuePath);
  if (!match) return { path: [], field: issuePath };
  const rest = [...match[2].matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  return { path: [Number(match[1]), ...rest], field: match[3] };
}

/** Tree key of a path ("2-0-1"), and back. */
export const pathKey = (path: NodePath): string => path.join('-');
export const keyPath = (key: string): NodePath => (key === '' ? [] : key.split('-').map(Number));

// Fields each rule type and value kind allows; a form keeps the fields of a type chosen earlier, the schema is strict.
const RULE_FIELDS: Record<Rule['type'], string[]> = {
  level: ['type', 'input', 'points'],
  sum: ['type', 'items'],
  bands: ['type', 'value', 'bands', 'onNoData', 'onNoBand'],
  linearAboveFloor: ['type', 'value', 'floor', 'factor', 'belowFloor', 'fullFrom', 'onNoData'],
  formula: ['type', 'expr', 'onNoData', 'raise'],
};
const VALUE_FIELDS: Record<string, string[]> = { ratio: ['kind', 'numerator', 'denominator'], input: ['kind', 'key'], formula: ['kind', 'expr'] };

const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => keys.includes(k)));

/** Drops empty values a form leaves behind (undefined, null, '', empty objects); lists keep their length. */
export function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => prune(v) ?? {});
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value !== 'object') return value;
  const entries = Object.entries(value)
    .map(([k, v]) => [k, prune(v)] as const)
    .filter(([, v]) => v !== undefined);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** A node's fields as a form left them: empty values dropped, and only the fields the chosen rule type allows. */
export function cleanNodeFields(values: Record<string, unknown>): Omit<Criterion, 'children'> {
  const out = (prune(values) ?? {}) as Record<string, unknown>;
  delete out.children;
  const rule = out.rule as Record<string, unknown> | undefined;
  if (rule && typeof rule.type === 'string' && rule.type in RULE_FIELDS) {
    const kept = pick(rule, RULE_FIELDS[rule.type as Rule['type']]);
    const source = kept.value as Record<string, unknown> | undefined;
    if (source && typeof source.kind === 'string' && source.kind in VALUE_FIELDS) kept.value = pick(source, VALUE_FIELDS[source.kind]);
    out.rule = kept;
  } else delete out.rule;
  if (!out.placeholder) delete out.placeholder;
  // A criterion without units is still valid; the schema wants the list present.
  out.responsibleUnits = out.responsibleUnits ?? [];
  return out as Omit<Criterion, 'children'>;
}
