// Text as decisions' appendices write it: Vietnamese numbers ("0,25", "1.000", "1.5"), italic and markdown
// markers, LaTeX left by converters ("$\left[\frac{\text{Tỷ lệ \% số hóa} \times 1}{100\%} \right]$").

/** A number pattern: "0,25", "1.5", "1.000", "97,5". */
export const NUM = String.raw`\d+(?:[.,]\d+)*`;

/**
 * Reads a Vietnamese number: a comma is the decimal sign; a dot followed by exactly three digits groups
 * thousands ("1.000"), any other dot is a decimal point, as converters leave it ("x 1.5").
 */
export function parseViNumber(text: string): number | null {
  const t = text.trim();
  if (!/^\d+(?:[.,]\d+)*$/.test(t)) return null;
  let s = t;
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  if ((s.match(/\./g) ?? []).length > 1) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

// \frac{a}{b} → (a)/(b), innermost first, so nested fractions come out right.
function unfrac(s: string): string {
  let prev = '';
  let cur = s;
  while (prev !== cur) {
    prev = cur;
    cur = cur.replace(/\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, '($1)/($2)');
  }
  return cur;
}

/** LaTeX of a formula turned into plain text with ×, / and %. */
export function plainLatex(s: string): string {
  let t = s.replace(/\\text\s*\{([^{}]*)\}/g, '$1').replace(/\\mathrm\s*\{([^{}]*)\}/g, '$1');
  t = unfrac(t);
  t = t
    .replace(/\\left\s*[[(]/g, '(')
    .replace(/\\right\s*[\])]/g, ')')
    .replace(/\\times|\\cdot/g, '×')
    .replace(/\\div/g, '÷')
    .replace(/\\%/g, '%')
    .replace(/\\[,;! ]/g, ' ')
    .replace(/\\/g, '');
  return t.replace(/[{}]/g, '');
}

/** Removes HTML tags, markdown emphasis and LaTeX delimiters; spaces collapsed. */
export function cleanText(raw: string): string {
  let t = raw.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]+>/g, ' ');
  t = t
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  t = t.replace(/\$\$?([^$]+)\$\$?/g, (_, inner: string) => plainLatex(inner));
  t = t.replace(/\*\*|__/g, '');
  // A lone * or _ is emphasis only at a word's edge; "(b/a)*1.0" keeps its multiplication.
  t = t.replace(/(^|\s)[*_](?=\p{L})/gu, '$1').replace(/(?<=[\p{L}.,:;)])[*_](?=\s|$|[:;,.)])/gu, '');
  return t.replace(/[\u00a0\s]+/g, ' ').trim();
}

/** A line without its list marker ("- ", "+ ", "• ", "a) "). */
export function withoutBullet(text: string): string {
  return text.replace(/^(?:[-–+•*]\s+|[a-zđ]\)\s+)/u, '').trim();
}

/** Lower-case without Vietnamese marks, for keyword matching ("Tỷ lệ" → "ty le"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** An identifier from Vietnamese words: "số nhiệm vụ hoàn thành" → "nhiemVuHoanThanh" (at most 5 words). */
export function keyFromWords(words: string, fallback: string): string {
  const parts = fold(words)
    .replace(/^(tong so|so luong|so)\s+/, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 5);
  const key = parts.map((p, i) => (i === 0 ? p : p[0].toUpperCase() + p.slice(1))).join('');
  return /^[a-z_]/.test(key) ? key : fallback;
}

/** First letter upper-case. */
export function capitalise(text: string): string {
  return text ? text[0].toLocaleUpperCase('vi') + text.slice(1) : text;
}
