// Formulas as appendices write them: "(b/a)*1.0+(c/a)*0.5" with "Trong đó: a là …", "(số nhiệm vụ hoàn
// thành/số nhiệm vụ được giao) x 2,5 điểm", "Tỷ lệ % số hồ sơ x 2,5 điểm", and per-item points with a cap
// ("mỗi sáng kiến được công nhận: 0,1 điểm, tối đa 0,5 điểm").
import { parseFormula } from '../formula-parser';
import type { CriterionInput } from '../framework-shapes';
import { capitalise, keyFromWords, NUM, parseViNumber } from './vi-text';

/** A formula of named inputs read from the text. */
export type ReadFormula = { expr: string; inputs: CriterionInput[]; max?: number; raise?: { key: string; upTo?: string } };

const num = (s: string) => parseViNumber(s) ?? NaN;
// Vietnamese decimals inside a formula ("2,5") become the grammar's decimal point.
const decimals = (s: string) => s.replace(/(\d),(\d)/g, '$1.$2');

/** "a là tổng số văn bản đi …" definitions after "Trong đó". */
export function readDefinitions(text: string): Map<string, string> {
  const body = text.replace(/^.*?trong đó\s*:?\s*/iu, '');
  const out = new Map<string, string>();
  const re = /(?:^|[\s;,])([a-zA-Z])\s+(?:là|=|:)\s+(.+?)(?=[\s;,]+[a-zA-Z]\s+(?:là|=|:)\s+|$)/gu;
  for (const m of body.matchAll(re)) out.set(m[1], m[2].replace(/[;,.]\s*$/u, '').trim());
  return out;
}

/** A formula of single letters defined elsewhere: "(b/a)*1.0+(c/a)*0.5". */
export function readLetterFormula(text: string, definitions: Map<string, string>): ReadFormula | { error: string } | null {
  const m = /công thức\s*:?\s*(.+)$/iu.exec(text) ?? /điểm\s*(?:đánh giá\s*)?=\s*(.+)$/iu.exec(text);
  if (!m) return null;
  const raw = decimals(
    m[1]
      .replace(/\s*điểm\s*$/u, '')
      .replace(/(?<=[\d)\s])x(?=[\s(\d])/g, '×')
      .trim(),
  );
  if (!/^[\sa-zA-Z0-9().,×*/+\-−]+$/.test(raw) || !/\b[a-zA-Z]\b/.test(raw)) return null;
  const parsed = parseFormula(raw);
  if (!parsed.ok) return { error: `công thức «${raw}» chưa đọc được: ${parsed.message}` };
  const missing = parsed.names.filter((n) => !definitions.has(n));
  if (missing.length > 0)
    return { error: `công thức «${raw}» dùng ${missing.join(', ')} nhưng văn bản không giải thích (thiếu "Trong đó: ${missing[0]} là …")` };
  const inputs: CriterionInput[] = parsed.names.map((n) => ({ key: n, label: capitalise(definitions.get(n) ?? n), type: 'number', integer: true }));
  return { expr: raw, inputs };
}

/** "(số nhiệm vụ hoàn thành/số nhiệm vụ được giao) x 2,5 điểm": a share of two counted things times points. */
export function readWordRatioFormula(text: string): ReadFormula | null {
  const re = new RegExp(String.raw`\(?\s*((?:tổng\s+)?số\s[^/()]+?)\s*\/\s*((?:tổng\s+)?số\s[^/()]+?)\s*\)?\s*[x×*]\s*(${NUM})`, 'iu');
  const m = re.exec(text);
  if (!m) return null;
  const factor = num(m[3]);
  let top = keyFromWords(m[1], 'tuSo');
  const bottom = keyFromWords(m[2], 'mauSo');
  if (top === bottom) top = `${top}Dat`;
  return {
    expr: `${top} / ${bottom} × ${factor}`,
    inputs: [
      { key: top, label: capitalise(m[1].trim()), type: 'number', unit: m[1].trim().replace(/^số\s+/iu, ''), integer: true },
      { key: bottom, label: capitalise(m[2].trim()), type: 'number', unit: m[2].trim().replace(/^số\s+/iu, ''), integer: true },
    ],
    max: factor,
    raise: { key: top, upTo: bottom },
  };
}

/** "Tỷ lệ … x 1.5" (optionally "/100%"): the factor a share is multiplied by. */
export function readShareFactor(text: string): number | null {
  const m = new RegExp(String.raw`t[ỷỉi]\s*lệ[^×x*]*?[×x*]\s*(${NUM})`, 'iu').exec(text);
  return m ? num(m[1]) : null;
}

/** "Mỗi … được 0,1 điểm, tối đa 0,5 điểm": points per counted item with a cap. */
export function readPerItem(text: string): (ReadFormula & { perItem: number; cap: number; item: string }) | null {
  const re = new RegExp(
    String.raw`mỗi\s+(.+?)\s*(?:được\s+cộng|được|cộng|:|đạt)\s*(${NUM})\s*(?:điểm)?[\s,;(]*(?:nhưng\s+)?(?:tổng\s+(?:số\s+)?(?:điểm\s+)?)?(?:tối đa|không quá|không vượt quá)\s*(?:là\s*)?(${NUM})`,
    'iu',
  );
  const m = re.exec(text);
  if (!m) return null;
  const perItem = num(m[2]);
  const cap = num(m[3]);
  const item = m[1].replace(/\s*(?:được|đã được)\s*$/u, '').trim();
  const key = keyFromWords(item, 'soLuong');
  return {
    expr: `min(${key} × ${perItem}, ${cap})`,
    inputs: [{ key, label: capitalise(`số ${item}`), type: 'number', unit: item, integer: true }],
    max: cap,
    raise: { key },
    perItem,
    cap,
    item,
  };
}
