// Recognises a leaf criterion's scoring rule from the sentences under it in a decision's appendix, into the
// rule shapes the engine has (levels, sums, bands, linear above a floor, formulas). It never guesses silently:
// every assumption is a reason shown beside the source, and the status says how far the words were read.
import { findBandProblems } from '../band-coverage';
import type { Band, CriterionInput, Rule } from '../framework-shapes';
import { splitClauses, isFormulaText, type Clause } from './clauses';
import { readDefinitions, readLetterFormula, readPerItem, readShareFactor, readWordRatioFormula } from './formula-text';
import { countInputs, shareInputs } from './measure-inputs';
import { deductionFormula, readDeduction, type Deduction } from './deduction-text';
import { formatViNumber } from '../vi-format';
import { capitalise, cleanText } from './vi-text';

/** How far a criterion's sentences were read. */
export type RecognitionStatus = 'recognised' | 'partly' | 'unrecognised';

/** The recognised rule with its inputs and maximum, the clauses read, and why the status is what it is. */
export type Recognition = {
  status: RecognitionStatus;
  reasons: string[];
  clauses: Clause[];
  rule?: Rule;
  inputs?: CriterionInput[];
  /** The highest score the recognised rule can give. */
  maxPoints?: number;
};

const EPS = 1e-9;
const QUALIFIER = /\b(chậm|nhưng|chưa|không|còn|một phần|thiếu|muộn|quá hạn)\b/iu;
const round = (n: number) => Math.round(n * 1e6) / 1e6;
const vi = (n: number) => formatViNumber(n, 4);
const pct = (n: number) => formatViNumber(n * 100, 4) + '%';

/** What the table says beside the sentences: its maximum points, where it has a column for them. */
export type RecogniseContext = { tableMax?: number | null };

/** Recognises the rule of a leaf from its title and the sentences under it. */
export function recogniseRule(title: string, sentences: string[], context: RecogniseContext = {}): Recognition {
  const text = sentences.join(' ');
  const clauses = sentences.flatMap(splitClauses);
  // Before the per-item reading: "mỗi … trừ 0,25 điểm" takes points off, it does not add them.
  const deduction = sentences.map((s) => readDeduction(cleanText(s))).find((d) => d !== null) ?? null;
  if (deduction) return recogniseDeduction(clauses, deduction, context.tableMax ?? null);
  const perItem = readPerItem(text);
  if (perItem) {
    const others = clauses.filter((c) => c.points !== null && c.points > 0 && !/mỗi/iu.test(c.condition));
    const reasons = [
      `Mỗi ${perItem.item}: ${vi(perItem.perItem)} điểm, tối đa ${vi(perItem.cap)} điểm → min(số lượng × ${vi(perItem.perItem)}; ${vi(perItem.cap)}).`,
    ];
    if (others.length > 0) reasons.push(`Câu khác có điểm chưa được tính vào công thức: «${others[0].text}».`);
    const rule: Rule = { type: 'formula', expr: perItem.expr, onNoData: 'insufficient', raise: perItem.raise };
    return { status: others.length ? 'partly' : 'recognised', reasons, clauses, rule, inputs: perItem.inputs, maxPoints: perItem.cap };
  }
  const scored = clauses.filter((c) => c.points !== null);
  const formulaLines = clauses.filter((c) => c.points === null && isFormulaText(c.condition));
  if (formulaLines.length > 0) return recogniseFormula(title, clauses, scored, formulaLines);
  if (scored.length === 0) {
    return {
      status: 'unrecognised',
      reasons: [sentences.length ? 'Không thấy câu nào cho điểm (dạng "…: 0,5" hoặc "… đạt 0,5").' : 'Tiêu chí không có câu chấm điểm.'],
      clauses,
    };
  }
  const numeric = scored.filter((c) => c.range);
  const plain = scored.filter((c) => !c.range);
  if (numeric.length > 0) {
    const bands = recogniseBands(title, clauses, numeric, plain);
    if (bands) return bands;
  }
  return recogniseLevels(scored, clauses);
}

function bandOf(c: Clause): Band {
  const r = c.range!;
  const band: Band = { points: c.points! };
  if (r.min !== undefined) band.min = round(r.min);
  if (r.max !== undefined) band.max = round(r.max);
  if (r.lowerExclusive && r.min !== undefined) band.lowerExclusive = true;
  if (r.upperInclusive && r.max !== undefined) band.upperInclusive = true;
  return band;
}

// Bands when every scoring sentence states a threshold, or all but one whose points go to what the thresholds
// leave uncovered ("Còn TTHC tiếp nhận tại phòng chuyên môn: 0" beside "100% … : 0,5").
function recogniseBands(title: string, clauses: Clause[], numeric: Clause[], plain: Clause[]): Recognition | null {
  const percent = numeric.some((c) => c.range!.percent);
  if (numeric.some((c) => c.range!.percent !== percent)) return null;
  const source = percent ? shareInputs(title, clauses) : countInputs(title, clauses);
  const domain = { max: percent ? 1 : undefined, integer: !percent, percent };
  const bands = numeric.map(bandOf);
  const reasons: string[] = [];
  let status: RecognitionStatus = 'recognised';
  if (plain.length > 0) {
    const gaps = findBandProblems(bands, domain).filter((p) => p.kind === 'gap');
    // Thresholds that already cover every value leave the extra sentences no room: those are levels.
    if (plain.length > 1 || gaps.length === 0) return null;
    for (const g of gaps) bands.push(complementBand(g.from, g.to, bands, plain[0].points!));
    reasons.push(
      `Câu «${plain[0].text}» không nêu ngưỡng: hiểu là phần còn lại (${gaps.map((g) => g.text.replace(/ không thuộc khoảng nào$/, '')).join('; ')}).`,
    );
    status = 'partly';
  }
  const noData = numeric.find((c) => c.noDataCase);
  const max = Math.max(...bands.map((b) => b.points));
  let onNoData: 'full' | 'zero' | 'insufficient' = 'insufficient';
  if (noData) {
    onNoData = noData.points! >= max - EPS ? 'full' : noData.points === 0 ? 'zero' : 'insufficient';
    reasons.push(
      `«${noData.condition.split(/\shoặc\s/iu)[0]}»: không có gì để đếm → ${onNoData === 'full' ? 'đủ điểm' : onNoData === 'zero' ? '0 điểm' : 'hội đồng quyết định'}, như văn bản nêu.`,
    );
  }
  for (const p of findBandProblems(bands, domain)) {
    reasons.push(`${p.kind === 'gap' ? 'Khoảng bỏ trống' : 'Khoảng chồng lấn'}: ${p.text}. Cần sửa biên hoặc chọn cách tính trước khi ban hành.`);
    status = 'partly';
  }
  const rule: Rule = { type: 'bands', value: source.value, bands, onNoData };
  reasons.unshift(`${bands.length} khoảng trên ${percent ? 'tỷ lệ' : 'số lượng'}: ${numeric.map((c) => `«${c.range!.text}» → ${vi(c.points!)}`).join('; ')}.`);
  return { status, reasons, clauses, rule, inputs: source.inputs, maxPoints: max };
}

// The band that holds what the thresholds leave out; its edges are the neighbouring bands' edges, open or closed
// as those bands are not.
function complementBand(from: number, to: number, bands: Band[], points: number): Band {
  const band: Band = { points };
  const below = bands.find((b) => b.max !== undefined && Math.abs(b.max - from) < EPS);
  const above = bands.find((b) => b.min !== undefined && Math.abs(b.min - to) < EPS);
  if (from > EPS || below) {
    band.min = from;
    if (below?.upperInclusive) band.lowerExclusive = true;
  }
  if (above) {
    band.max = to;
    if (above.lowerExclusive) band.upperInclusive = true;
  }
  return band;
}

// Levels ("Đầy đủ, kịp thời: 0,5 / Đầy đủ nhưng không kịp thời: 0,25 / Không …: 0"), or a sum of independent
// items when no sentence gives 0 for the rest, or when two sentences give the same points (7.2, 7.6.3).
function recogniseLevels(scored: Clause[], clauses: Clause[]): Recognition {
  const positive = scored.filter((c) => c.points! > 0);
  const zero = scored.filter((c) => c.points === 0);
  const samePoints = new Set(positive.map((c) => c.points)).size < positive.length;
  const reasons: string[] = [];
  // Lower levels qualify the top one ("Ban hành chậm", "Đầy đủ nhưng không kịp thời"); independent items do not.
  const qualified = positive.slice(1).some((c) => QUALIFIER.test(c.condition));
  if (positive.length >= 2 && ((zero.length === 0 && !qualified) || samePoints)) {
    const inputs: CriterionInput[] = positive.map((c, i) => ({ key: `noiDung${i + 1}`, label: capitalise(c.condition), type: 'boolean' }));
    const rule: Rule = { type: 'sum', items: positive.map((c, i) => ({ input: `noiDung${i + 1}`, points: c.points! })) };
    reasons.push(`${positive.length} nội dung độc lập, cộng điểm: ${positive.map((c) => vi(c.points!)).join(' + ')}.`);
    if (zero.length) reasons.push(`«${zero[0].condition}»: không đạt nội dung nào → 0 điểm.`);
    return { status: 'recognised', reasons, clauses, rule, inputs, maxPoints: round(positive.reduce((s, c) => s + c.points!, 0)) };
  }
  const levels = scored.map((c, i) => ({ key: `muc${i + 1}`, label: capitalise(c.condition), points: c.points! }));
  let status: RecognitionStatus = 'recognised';
  if (zero.length === 0) {
    levels.push({ key: `muc${levels.length + 1}`, label: 'Không đạt các mức trên', points: 0 });
    reasons.push('Văn bản không nêu mức 0 điểm: thêm mức "Không đạt các mức trên" (0 điểm).');
    status = 'partly';
  }
  const numericInLevels = scored.filter((c) => c.range);
  if (numericInLevels.length > 0) reasons.push(`Có câu nêu ngưỡng nhưng cũng có mức không nêu ngưỡng: chấm theo mức do đơn vị chọn.`);
  reasons.unshift(`${levels.length} mức: ${levels.map((l) => vi(l.points)).join(' / ')}.`);
  const inputs: CriterionInput[] = [{ key: 'level', label: 'Mức thực hiện', type: 'level', levels: levels.map((l) => ({ key: l.key, label: l.label })) }];
  const rule: Rule = { type: 'level', input: 'level', points: levels.map((l) => ({ level: l.key, points: l.points })) };
  return { status, reasons, clauses, rule, inputs, maxPoints: Math.max(...levels.map((l) => l.points)) };
}

function recogniseFormula(title: string, clauses: Clause[], scored: Clause[], formulaLines: Clause[]): Recognition {
  const all = clauses.map((c) => c.condition).join(' ');
  const line = formulaLines[0];
  const letter = readLetterFormula(line.condition, readDefinitions(all));
  if (letter && 'error' in letter) return { status: 'unrecognised', reasons: [capitalise(letter.error)], clauses };
  const words = letter ? null : readWordRatioFormula(line.condition);
  const read = letter ?? words;
  if (read) {
    const max = read.max ?? (scored.length ? Math.max(...scored.map((c) => c.points!)) : undefined);
    const reasons = [`Công thức: ${read.expr}.`];
    if (letter && scored.length)
      reasons.push(`Các câu ${scored.map((c) => `«${c.text}»`).join(', ')} là trường hợp riêng của công thức; điểm tối đa ${vi(max ?? 0)}.`);
    const status: RecognitionStatus = max === undefined ? 'partly' : 'recognised';
    if (max === undefined) reasons.push('Văn bản không nêu điểm tối đa của công thức: nhập ở cột điểm tối đa.');
    const rule: Rule = { type: 'formula', expr: read.expr, onNoData: 'insufficient', ...(read.raise ? { raise: read.raise } : {}) };
    return { status, reasons, clauses, rule, inputs: read.inputs, maxPoints: max };
  }
  const factor = readShareFactor(line.condition);
  if (factor === null) return { status: 'unrecognised', reasons: [`Có công thức nhưng chưa đọc được: «${line.condition}».`], clauses };
  return recogniseLinear(title, clauses, scored, line, factor);
}

// "Từ 40% đến dưới 80%: tỷ lệ × 2,5", "Từ 80% trở lên: 2,5", "Dưới 40%: 0" → linear above a floor.
function recogniseLinear(title: string, clauses: Clause[], scored: Clause[], line: Clause, factor: number): Recognition {
  const span = line.range;
  const floor = span?.min ?? 0;
  const reasons = [`Tỷ lệ × ${vi(factor)} từ ${pct(floor)}${span?.max !== undefined ? ` đến ${span.upperInclusive ? '' : 'dưới '}${pct(span.max)}` : ''}.`];
  let status: RecognitionStatus = 'recognised';
  let fullFrom: { min: number; points: number } | undefined;
  let belowFloor: number | undefined;
  for (const c of scored) {
    const r = c.range;
    if (r?.min !== undefined && r.max === undefined && span?.max !== undefined && r.min >= span.max - EPS && !r.lowerExclusive) {
      fullFrom = { min: round(r.min), points: c.points! };
      reasons.push(`«${c.text}»: từ ${pct(r.min)} trở lên được ${vi(c.points!)} điểm.`);
    } else if (r?.max !== undefined && r.min === undefined && r.max <= floor + EPS) {
      if (c.points! > 0) belowFloor = c.points!;
      reasons.push(`«${c.text}»: dưới ngưỡng ${pct(floor)} được ${vi(c.points!)} điểm.`);
    } else {
      status = 'partly';
      reasons.push(`Câu «${c.text}» không khớp với công thức tỷ lệ × ${vi(factor)}: kiểm tra lại.`);
    }
  }
  const source = shareInputs(title, clauses);
  const rule: Rule = {
    type: 'linearAboveFloor',
    value: source.value,
    floor: round(floor),
    factor,
    ...(belowFloor !== undefined ? { belowFloor } : {}),
    ...(fullFrom ? { fullFrom } : {}),
    onNoData: 'insufficient',
  };
  const top = span?.max ?? 1;
  const max = round(Math.max(fullFrom?.points ?? 0, factor * (fullFrom ? Math.min(top, fullFrom.min) : top), belowFloor ?? 0));
  return { status, reasons, clauses, rule, inputs: source.inputs, maxPoints: max };
}

// Scoring that starts from the criterion's points ("Ban hành đầy đủ, đúng hạn: 1") or, without such a sentence,
// from the table's maximum, and loses points per occurrence, never below 0.
function recogniseDeduction(clauses: Clause[], d: Deduction, tableMax: number | null): Recognition {
  const deducting = (c: Clause) => /(?<!\p{L})(?:trừ|mỗi|cứ)(?!\p{L})/iu.test(c.condition);
  const starts = clauses.filter((c) => c.points !== null && c.points > 0 && !deducting(c)).sort((a, b) => b.points! - a.points!);
  const start = starts[0]?.points ?? tableMax;
  const per = `mỗi ${d.item} trừ ${vi(d.perItem)} điểm`;
  if (start === null || !(start > 0)) {
    return {
      status: 'unrecognised',
      reasons: [
        `Đọc được cách trừ điểm (${per}) nhưng không rõ điểm xuất phát: văn bản không có câu cho điểm khi đạt yêu cầu và bảng không có cột điểm tối đa. Nhập điểm tối đa rồi sửa công thức.`,
      ],
      clauses,
    };
  }
  const { expr, inputs, capApplies } = deductionFormula(d, start);
  const from = starts[0] ? `câu «${starts[0].text}»` : 'điểm tối đa trong bảng';
  const reasons = [`Bắt đầu từ ${vi(start)} điểm (${from}), ${per}${capApplies ? `, trừ tối đa ${vi(d.cap!)} điểm` : ''}, không dưới 0 → ${expr}.`];
  if (d.cap !== null && !capApplies) reasons.push(`Mức trừ tối đa ${vi(d.cap)} điểm không nhỏ hơn điểm xuất phát: điểm không dưới 0 đã bao gồm.`);
  let status: RecognitionStatus = 'recognised';
  if (tableMax !== null && starts[0] && Math.abs(tableMax - start) > EPS) {
    reasons.push(`Câu cho điểm cao nhất là ${vi(start)} nhưng bảng ghi điểm tối đa ${vi(tableMax)}: kiểm tra lại điểm xuất phát.`);
    status = 'partly';
  }
  const others = clauses.filter((c) => c.points !== null && !deducting(c) && c !== starts[0]);
  if (others.length > 0) {
    reasons.push(
      `Câu ${others.map((c) => `«${c.text}»`).join(', ')} không nằm trong công thức trừ điểm: kiểm tra lại, hội đồng chấm tay trường hợp này nếu cần.`,
    );
    status = 'partly';
  }
  const rule: Rule = { type: 'formula', expr, onNoData: 'insufficient' };
  return { status, reasons, clauses, rule, inputs, maxPoints: start };
}
