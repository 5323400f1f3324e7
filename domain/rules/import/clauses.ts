// Splitting an appendix's scoring text into clauses ("Từ 60% đến dưới 80%: 0,5") and reading each one's
// points and threshold words. Edges follow the words: "từ", "đạt", "trở lên", "tối thiểu" include the edge;
// "trên", "hơn" exclude it; "dưới" excludes, "đến", "không quá", "trở xuống" include the upper edge.
import { cleanText, fold, NUM, parseViNumber, withoutBullet } from './vi-text';

/** A range of the measured value; percentages are fractions (80% → 0.8). */
export type Range = { min?: number; max?: number; lowerExclusive?: boolean; upperInclusive?: boolean; percent: boolean; text: string };

/** One sentence that gives points ("Đầy đủ, kịp thời theo quy định: 0,5"), or a line that gives none. */
export type Clause = {
  /** The sentence as the source writes it (markup removed). */
  text: string;
  /** The condition: the sentence without its points. */
  condition: string;
  points: number | null;
  range: Range | null;
  /** "Không có phản ánh, kiến nghị hoặc …": the case of nothing to count gives these points. */
  noDataCase: boolean;
};

// Points end a clause: ": 0,25", "đạt 0,5", "được 0,5 điểm", "là: 0", "0 điểm" at the very end.
const POINTS = new RegExp(String.raw`(?:\s*:\s*|\s+(?:đạt|được|là)\s*:?\s*)(${NUM})(?:\s*điểm)?\s*[.;]?(?=\s*$|\s+[-–+]?\s*\p{Lu}|\s*\))`, 'gu');
const TRAILING_POINTS = new RegExp(String.raw`\s(${NUM})\s*điểm\s*[.;]?$`, 'u');

/** Splits a cell's text into clauses; text after the last points stays as a clause without points. */
export function splitClauses(raw: string): Clause[] {
  const text = cleanText(raw);
  const out: Clause[] = [];
  let from = 0;
  for (const m of text.matchAll(POINTS)) {
    const body = text.slice(from, m.index).trim();
    // A formula's own factor ("Tỷ lệ … x 2,5 điểm") is not a clause's points.
    if (/[x×*]\s*$/.test(body)) continue;
    pushSplit(out, body, parseViNumber(m[1]));
    from = (m.index ?? 0) + m[0].length;
  }
  const rest = text.slice(from).trim();
  if (rest) {
    const trailing = TRAILING_POINTS.exec(rest);
    if (trailing && !/[x×*]\s*$/.test(rest.slice(0, trailing.index)) && !/công thức/i.test(rest))
      pushSplit(out, rest.slice(0, trailing.index), parseViNumber(trailing[1]));
    else pushSplit(out, rest, null);
  }
  return out;
}

// One stretch may still hold a definition line and a clause ("- Từ 70% … công thức … - Dưới 70% …"): split at
// " - " before a capital letter, so ranges such as "Từ 95 % - 100%" stay whole.
function pushSplit(out: Clause[], body: string, points: number | null): void {
  const parts = body
    .split(/\s+[-–]\s+(?=\p{Lu})/u)
    .map((p) => withoutBullet(p.trim()))
    .filter(Boolean);
  parts.forEach((part, i) => out.push(makeClause(part, i === parts.length - 1 ? points : null)));
}

function makeClause(condition: string, points: number | null): Clause {
  const text = points === null ? condition : `${condition}: ${String(points).replace('.', ',')}`;
  return { text, condition, points, range: readRange(condition), noDataCase: /^không có\s.+?\shoặc\s/i.test(condition) };
}

type Pattern = { re: RegExp; make: (a: number, b: number) => Omit<Range, 'percent' | 'text'> };

const P = String.raw`(${NUM})\s*(%?)`;
// Ordered: two-sided ranges first, then one-sided words. Matching is on the original text, case-insensitive.
const PATTERNS: Pattern[] = [
  { re: new RegExp(String.raw`(?:từ|đạt từ)\s+${P}\s*(?:đến|tới|-|–|—)\s*dưới\s+${P}`, 'iu'), make: (a, b) => ({ min: a, max: b }) },
  { re: new RegExp(String.raw`trên\s+${P}\s*(?:đến|tới|-|–|—)\s*dưới\s+${P}`, 'iu'), make: (a, b) => ({ min: a, max: b, lowerExclusive: true }) },
  {
    re: new RegExp(String.raw`trên\s+${P}\s*(?:đến|tới|-|–|—)\s*${P}`, 'iu'),
    make: (a, b) => ({ min: a, max: b, lowerExclusive: true, upperInclusive: true }),
  },
  { re: new RegExp(String.raw`(?:từ|đạt từ)\s+${P}\s*(?:đến|tới|-|–|—)\s*${P}`, 'iu'), make: (a, b) => ({ min: a, max: b, upperInclusive: true }) },
  { re: new RegExp(String.raw`(?:từ|đạt|đạt từ|có)?\s*${P}[^:]*?\btrở lên`, 'iu'), make: (a) => ({ min: a }) },
  { re: new RegExp(String.raw`(?:từ\s+)?${P}[^:]*?\btrở xuống`, 'iu'), make: (a) => ({ max: a, upperInclusive: true }) },
  { re: new RegExp(String.raw`(?:không quá|không vượt quá|tối đa|nhiều nhất)\s+${P}`, 'iu'), make: (a) => ({ max: a, upperInclusive: true }) },
  { re: new RegExp(String.raw`(?:trên|hơn|lớn hơn|cao hơn|vượt)\s+${P}`, 'iu'), make: (a) => ({ min: a, lowerExclusive: true }) },
  { re: new RegExp(String.raw`(?:dưới|thấp hơn|nhỏ hơn|ít hơn|chưa đạt|không đạt)\s+${P}`, 'iu'), make: (a) => ({ max: a }) },
  { re: new RegExp(String.raw`(?:từ|đạt|tối thiểu|ít nhất|không dưới|không thấp hơn)\s+${P}`, 'iu'), make: (a) => ({ min: a }) },
  // "100% TTHC …" alone: all of them, the top of a share.
  { re: /(?:^|\s)(100)\s*(%)/iu, make: (a) => ({ min: a }) },
];

/** The range a condition states, or null when it states none (a level such as "Đầy đủ, kịp thời"). */
export function readRange(condition: string): Range | null {
  for (const p of PATTERNS) {
    const m = p.re.exec(condition);
    if (!m) continue;
    const nums = m.slice(1).filter((_, i) => i % 2 === 0);
    const pcts = m.slice(1).filter((_, i) => i % 2 === 1);
    const a = parseViNumber(nums[0] ?? '');
    const b = nums[1] === undefined ? NaN : (parseViNumber(nums[1]) ?? NaN);
    if (a === null) continue;
    const percent = pcts.some((x) => x === '%') || /%/.test(condition.slice(m.index, m.index + m[0].length + 3));
    const scale = (n: number) => (percent ? n / 100 : n);
    const shape = p.make(scale(a), scale(b));
    return { ...shape, percent, text: m[0].trim() };
  }
  return null;
}

/** True when the text states a formula to compute the points. */
export function isFormulaText(text: string): boolean {
  const f = fold(text);
  return /cong thuc|tinh theo|diem\s*=|=\s*\(/.test(f) || /\b(?:ty le|tỷ lệ)[^:]*[x×*]\s*\d/.test(f);
}
