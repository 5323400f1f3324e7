// Deductions as appendices write them: the criterion starts from its points and loses some for every occurrence
// ("Mỗi văn bản ban hành chậm trừ 0,25 điểm", "trừ 0,1 điểm/hồ sơ", "Cứ 01 báo cáo gửi chậm trừ 0,1 điểm"),
// sometimes with a cap on what is taken off ("tối đa trừ 0,5 điểm", "trừ không quá 1 điểm"), never below 0.
// No rule shape is a deduction, so it becomes the engine's formula: max(S − n × p, 0), or max(S − min(n × p, C), 0).
import type { CriterionInput } from '../framework-shapes';
import { capitalise, fold, keyFromWords, NUM, parseViNumber } from './vi-text';

/** A deduction read from the text: what is counted, the points per occurrence, the cap on the deduction. */
export type Deduction = { item: string; perItem: number; cap: number | null; text: string };

const PER = String.raw`(?:mỗi|cứ\s+(?:01|1|một))`;
const ITEM_END = String.raw`(?:\s*(?:thì|sẽ)?\s*(?:bị\s+)?trừ)`;
// "Mỗi X trừ p", then "trừ p điểm cho mỗi X", then "trừ p điểm/X".
const FORMS: Array<{ re: RegExp; item: number; points: number }> = [
  { re: new RegExp(String.raw`${PER}\s+(.+?)${ITEM_END}\s*(?:đi\s+)?(${NUM})\s*(?:điểm)?`, 'iu'), item: 1, points: 2 },
  { re: new RegExp(String.raw`trừ\s*(${NUM})\s*(?:điểm)?\s*(?:cho|đối với|với)\s+${PER}\s+([^,;.()]+)`, 'iu'), item: 2, points: 1 },
  { re: new RegExp(String.raw`trừ\s*(${NUM})\s*điểm\s*\/\s*([^,;.()]+)`, 'iu'), item: 2, points: 1 },
];
const CAP = new RegExp(
  String.raw`(?:tối đa\s+(?:chỉ\s+)?trừ|trừ\s+tối đa|trừ\s+không quá|tổng\s+(?:số\s+)?điểm\s+(?:bị\s+)?trừ\s+(?:tối đa|không quá)(?:\s+là)?|tối đa|không quá)\s*(${NUM})\s*(?:điểm)?`,
  'iu',
);
// "Có văn bản ban hành chậm thì mỗi văn bản trừ …": the fuller name of what is counted comes before "thì".
const NAMED_BEFORE = /(?:nếu\s+)?có\s+(.+?)\s*(?:thì|,)\s*$/iu;

const num = (s: string) => parseViNumber(s) ?? NaN;

function tidyItem(item: string): string {
  return item
    .replace(/^\s*(?:01|1|một)\s+/iu, '')
    .replace(/[\s,;:]+$/u, '')
    .trim();
}

/** The deduction the text states, or null when it states none. */
export function readDeduction(text: string): Deduction | null {
  for (const form of FORMS) {
    const m = form.re.exec(text);
    if (!m) continue;
    const perItem = num(m[form.points]);
    if (!(perItem > 0)) continue;
    let item = tidyItem(m[form.item]);
    // Only the words of the same sentence: "…: 0,5. Có hồ sơ quá hạn … thì mỗi hồ sơ trừ …".
    const before = NAMED_BEFORE.exec(
      text
        .slice(0, m.index)
        .split(/[.;:]\s/u)
        .at(-1) ?? '',
    );
    if (before && fold(before[1]).startsWith(fold(item)) && before[1].length > item.length) item = tidyItem(before[1]);
    const after = text.slice((m.index ?? 0) + m[0].length);
    const capMatch = CAP.exec(after);
    const cap = capMatch ? num(capMatch[1]) : null;
    return { item, perItem, cap: cap !== null && cap > 0 ? cap : null, text: m[0] };
  }
  return null;
}

/** The formula and its input for a deduction from `start` points; the cap is dropped when it cannot bind. */
export function deductionFormula(d: Deduction, start: number): { expr: string; inputs: CriterionInput[]; capApplies: boolean } {
  const key = keyFromWords(d.item, 'soLanBiTru');
  const taken = `${key} × ${d.perItem}`;
  const capApplies = d.cap !== null && d.cap < start;
  const expr = capApplies ? `max(${start} - min(${taken}, ${d.cap}), 0)` : `max(${start} - ${taken}, 0)`;
  return { expr, inputs: [{ key, label: capitalise(`số ${d.item}`), type: 'number', unit: d.item, integer: true }], capApplies };
}
