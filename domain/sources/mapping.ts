/**
 * A source's field mapping: for each column of the register's import layout (server/modules/dossiers/IMPORT.md),
 * where the value comes from in the source's record (a JSON field or a spreadsheet column) and how it is read.
 * The mapping is data an administrator edits; nothing about a particular source's field names lives in code.
 */
import type { DossierImportColumn } from '../dossiers/import-row';
import { parseSourceMoment } from './source-time';

/**
 * How a value is read: as is (through `values`), as a date, as the number of items of a list, as "present"
 * (a non-empty list or text → yes), as a phone number found in a longer text ("Số 5 Lạch Tray, 0912 345 678"),
 * or, for the state only, derived from the dates (returned → 10, resolved → 9, else the fallback).
 */
export type FieldRuleKind = 'value' | 'date' | 'count' | 'present' | 'phone' | 'derive-state';

export interface FieldRule {
  /** Path of a JSON field ('MaHoSo', 'ChuHoSo.HoTen') or a column header; null = the source has no such field. */
  from: string | null;
  kind: FieldRuleKind;
  /** Source value → register value (state and channel codes, unit names → unit codes, '2' → '1'…). */
  values?: Record<string, string>;
  /** The value used when the source gives none. */
  fallback?: string | null;
}

export type FieldMapping = Partial<Record<DossierImportColumn, FieldRule>>;

export interface MappingProblem {
  field: DossierImportColumn;
  from: string | null;
  message: string;
}

export interface MappedRow {
  /** The row in the import layout, ready for normalizeImportRow (dates already 'YYYY-MM-DD'). */
  raw: Partial<Record<DossierImportColumn, unknown>>;
  problems: MappingProblem[];
}

/** Reads a dotted path of a JSON record ('a.b.c'); undefined when any step is missing. */
export function readPath(record: unknown, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const isEmpty = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
const textOf = (v: unknown) => (typeof v === 'string' ? v.trim() : v instanceof Date ? v.toISOString() : String(v));
// Vietnamese numbers: 0… or +84…/84… followed by 8–10 more digits, possibly split by spaces, dots or dashes.
const PHONE = /(?:\+?84|0)(?:[ .-]?\d){8,10}/g;

/** The mapping compiled once for a run: value tables lower-cased, so each of 100,000 rows costs lookups only. */
export function compileMapping(mapping: FieldMapping): (read: (from: string) => unknown) => MappedRow {
  const rules = Object.entries(mapping).map(([field, rule]) => ({
    field: field as DossierImportColumn,
    rule: rule!,
    values: rule!.values ? new Map(Object.entries(rule!.values).map(([k, v]) => [k.trim().toLowerCase(), v])) : null,
  }));
  const dates = rules.filter((r) => r.rule.kind === 'date');
  const others = rules.filter((r) => r.rule.kind !== 'date' && r.rule.kind !== 'derive-state');
  const derived = rules.filter((r) => r.rule.kind === 'derive-state');
  return (read) => {
    const raw: MappedRow['raw'] = {};
    const problems: MappingProblem[] = [];
    const fail = (field: DossierImportColumn, from: string | null, message: string) => problems.push({ field, from, message });
    for (const { field, rule } of dates) {
      const value = rule.from ? read(rule.from) : undefined;
      const m = parseSourceMoment(isEmpty(value) ? (rule.fallback ?? null) : value);
      if (m === 'invalid') fail(field, rule.from, `'${textOf(value)}' không phải ngày hợp lệ (dd/mm/yyyy, có thể kèm giờ, hoặc yyyyMMddHHmmss).`);
      else raw[field] = m?.date ?? null;
    }
    for (const { field, rule, values } of others) {
      const value = rule.from ? read(rule.from) : undefined;
      if (isEmpty(value)) {
        if (rule.kind === 'count') raw[field] = rule.fallback ?? (rule.from ? '0' : null);
        else if (rule.kind === 'present') raw[field] = rule.fallback ?? (rule.from ? '0' : null);
        else raw[field] = rule.fallback ?? null;
        continue;
      }
      if (rule.kind === 'count') {
        const n = Array.isArray(value) ? value.length : Number(textOf(value));
        if (!Number.isInteger(n) || n < 0) fail(field, rule.from, `'${textOf(value)}' không phải một danh sách hay một số lần.`);
        else raw[field] = String(n);
      } else if (rule.kind === 'present') {
        const t = Array.isArray(value) ? '1' : textOf(value);
        raw[field] = values?.get(t.toLowerCase()) ?? (Array.isArray(value) ? '1' : t);
      } else if (rule.kind === 'phone') {
        const t = textOf(value);
        const found = t.match(PHONE);
        raw[field] = found ? found[found.length - 1].replace(/[ .-]/g, '') : t;
      } else {
        const t = textOf(value);
        raw[field] = values?.get(t.toLowerCase()) ?? t;
      }
    }
    for (const { field, rule } of derived) {
      // Exports like "sổ theo dõi hồ sơ" have no state column: the dates say how far the dossier got.
      raw[field] = raw.returnedOn ? '10' : raw.resolvedOn ? '9' : (rule.fallback ?? '4');
    }
    return { raw, problems };
  };
}
