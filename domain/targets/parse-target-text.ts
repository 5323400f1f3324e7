/**
 * Reads the comparison and value a target's wording starts with: "≥ 80% hồ sơ…", "Tối thiểu 30% cơ quan…",
 * "Đạt trên 90%…", "100% hồ sơ…". Plans word their targets freely, so this is a helper for entering them,
 * and the result is shown to the user to confirm, never applied silently.
 */
import type { Comparison, TargetUnit } from './target';

export interface ParsedTargetText {
  readonly comparison: Comparison;
  readonly value: number;
  readonly unit: Exclude<TargetUnit, 'yes-no'>;
  /** What the target is about, the text after the value ("hồ sơ giải quyết trước hạn"). */
  readonly subject: string;
}

// Longest phrases first, so "không quá" wins over a bare word and ">=" over ">".
const COMPARISON_WORDS: readonly (readonly [string, Comparison])[] = [
  ['không thấp hơn', '>='],
  ['không vượt quá', '<='],
  ['không dưới', '>='],
  ['không quá', '<='],
  ['tối thiểu', '>='],
  ['ít nhất', '>='],
  ['tối đa', '<='],
  ['trên', '>'],
  ['dưới', '<'],
  ['hơn', '>'],
  ['từ', '>='],
  ['≥', '>='],
  ['>=', '>='],
  ['=>', '>='],
  ['≤', '<='],
  ['<=', '<='],
  ['=<', '<='],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
];

// Words that may open a target before its comparison and carry no meaning for it.
const LEAD_WORDS = ['phấn đấu', 'đảm bảo', 'bảo đảm', 'đạt', 'tỷ lệ'];

function stripLead(text: string): string {
  let t = text;
  for (let changed = true; changed;) {
    changed = false;
    for (const w of LEAD_WORDS) {
      if (t.startsWith(w + ' ') || (t.startsWith(w) && /^[\d≥≤<>=]/.test(t.slice(w.length)))) {
        t = t.slice(w.length).trimStart();
        changed = true;
      }
    }
  }
  return t;
}

function parseNumber(raw: string, percent: boolean): number {
  // "1.000" is a thousand in a count; in a rate, both "," and "." are decimal marks ("76,5%", "96.17%").
  if (!percent && /^\d{1,3}(\.\d{3})+$/.test(raw)) return Number(raw.replace(/\./g, ''));
  return Number(raw.replace(',', '.'));
}

/** Comparison, value and unit the text starts with, or null when it does not start with a target. */
export function parseTargetText(text: string): ParsedTargetText | null {
  const original = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const lower = stripLead(original.toLowerCase());
  const offset = original.length - lower.length;

  let comparison: Comparison | null = null;
  let rest = lower;
  for (const [word, cmp] of COMPARISON_WORDS) {
    if (rest.startsWith(word)) {
      comparison = cmp;
      rest = rest.slice(word.length).trimStart();
      break;
    }
  }
  const m = /^(\d+(?:[.,]\d+)*)\s*(%?)/.exec(rest);
  if (!m) return null;
  const percent = m[2] === '%';
  const value = parseNumber(m[1], percent);
  if (!Number.isFinite(value)) return null;

  const afterStart = offset + (lower.length - rest.length) + m[0].length;
  let subject = original.slice(afterStart).trim();
  // "95% trở lên" / "5% trở xuống" put the comparison after the value.
  const tail = /^(trở lên|trở xuống)(?=\s|[,;]|$)\s*[,;]?\s*/.exec(subject.toLowerCase());
  if (tail) {
    comparison ??= tail[1] === 'trở lên' ? '>=' : '<=';
    subject = subject.slice(tail[0].length);
  }
  // A bare figure in a goal means "at least"; 100% can only be met exactly.
  comparison ??= percent && value === 100 ? '=' : '>=';
  return { comparison, value, unit: percent ? '%' : 'count', subject };
}
