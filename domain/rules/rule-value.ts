// Reading a criterion's inputs and measuring the value a rule looks at (a share, a count, a formula result),
// with the words the explanation needs. Shared by scoring and by "where we lose points".
import type { Band, Criterion, CriterionInput, ValueSource } from './framework-shapes';
import { evaluateFormula } from './formula';
import { formatViNumber, formatViPercent } from './vi-format';

/** One entered or measured value of a criterion input; null means "not entered yet". */
export type InputValue = number | boolean | string | null | undefined;
/** The inputs of one criterion, by input key. */
export type CriterionInputs = Readonly<Record<string, InputValue>>;

/** The measured value, or why there is none: missing data, a zero denominator, or invalid data. */
export type Measured =
  | { ok: true; value: number; asPercent: boolean; text: string; ratio?: { num: number; den: number } }
  | { ok: false; cause: 'missing' | 'zeroDenominator' | 'invalid'; message: string };

// Band edges and floors are compared with this slack so 0.1 + 0.2-style float noise cannot move a band.
const EPS = 1e-9;

/** value ≥ edge, tolerant of float noise. */
export function atLeast(value: number, edge: number): boolean {
  return value >= edge - EPS;
}

/** True when the value lies in the band: lower edge inclusive and upper exclusive unless the band says otherwise. */
export function inBand(value: number, band: Band): boolean {
  if (band.min !== undefined && (band.lowerExclusive ? value <= band.min + EPS : value < band.min - EPS)) return false;
  if (band.max !== undefined && (band.upperInclusive ? value > band.max + EPS : value >= band.max - EPS)) return false;
  return true;
}

/** The input declared under this key on the criterion, if any. */
export function inputOf(node: Criterion, key: string): CriterionInput | undefined {
  return (node.inputs ?? []).find((i) => i.key === key);
}

/** Reads a value, or null with the reason when absent or of the wrong type. */
export function readValue(node: Criterion, inputs: CriterionInputs, key: string): { value: InputValue } | { error: Measured & { ok: false } } {
  const raw = Object.prototype.hasOwnProperty.call(inputs, key) ? inputs[key] : undefined;
  const label = inputOf(node, key)?.label ?? key;
  if (raw === null || raw === undefined) return { error: { ok: false, cause: 'missing', message: `chưa đủ dữ liệu: thiếu "${label}" (${key})` } };
  return { value: raw };
}

/** Reads a non-negative finite number input. */
export function readNumber(node: Criterion, inputs: CriterionInputs, key: string): { value: number } | { error: Measured & { ok: false } } {
  const read = readValue(node, inputs, key);
  if ('error' in read) return read;
  const label = inputOf(node, key)?.label ?? key;
  if (typeof read.value !== 'number' || !Number.isFinite(read.value) || read.value < 0)
    return { error: { ok: false, cause: 'invalid', message: `dữ liệu không hợp lệ: "${label}" (${key}) phải là số không âm` } };
  return { value: read.value };
}

/** Words for what one unit of the input is ("hồ sơ đúng hạn"), falling back to its label. */
export function unitWords(node: Criterion, key: string): string {
  const input = inputOf(node, key);
  return input?.unit ?? input?.label ?? key;
}

/** Measures the value a rule looks at, with its explanation text ("96/100 hồ sơ đúng hạn = 96%"). */
export function measure(source: ValueSource, node: Criterion, inputs: CriterionInputs): Measured {
  if (source.kind === 'ratio') {
    const num = readNumber(node, inputs, source.numerator);
    if ('error' in num) return num.error;
    const den = readNumber(node, inputs, source.denominator);
    if ('error' in den) return den.error;
    const words = unitWords(node, source.numerator);
    if (den.value === 0)
      return { ok: false, cause: 'zeroDenominator', message: `${formatViNumber(num.value)}/0 ${words}: mẫu số "${source.denominator}" bằng 0` };
    if (num.value > den.value)
      return {
        ok: false,
        cause: 'invalid',
        message: `dữ liệu không hợp lệ: ${source.numerator} (${formatViNumber(num.value)}) lớn hơn ${source.denominator} (${formatViNumber(den.value)})`,
      };
    const value = num.value / den.value;
    const text = `${formatViNumber(num.value)}/${formatViNumber(den.value)} ${words} = ${formatViPercent(value)}`;
    return { ok: true, value, asPercent: true, text, ratio: { num: num.value, den: den.value } };
  }
  if (source.kind === 'input') {
    const read = readNumber(node, inputs, source.key);
    if ('error' in read) return read.error;
    const asPercent = inputOf(node, source.key)?.type === 'ratio';
    const text = asPercent ? `${unitWords(node, source.key)} = ${formatViPercent(read.value)}` : `${formatViNumber(read.value)} ${unitWords(node, source.key)}`;
    return { ok: true, value: read.value, asPercent, text };
  }
  const result = evaluateFormula(source.expr, formulaInputs(node, inputs));
  if (result.ok) return { ok: true, value: result.value, asPercent: false, text: `${source.expr} = ${formatViNumber(result.value, 4)}` };
  if (result.reason === 'insufficient' && result.cause === 'divisionByZero') return { ok: false, cause: 'zeroDenominator', message: result.message };
  return { ok: false, cause: result.reason === 'insufficient' ? 'missing' : 'invalid', message: result.message };
}

/** Inputs as a formula sees them (only declared keys, so a formula cannot read another criterion's data). */
export function formulaInputs(node: Criterion, inputs: CriterionInputs): Record<string, InputValue> {
  const out: Record<string, InputValue> = {};
  for (const input of node.inputs ?? []) out[input.key] = Object.prototype.hasOwnProperty.call(inputs, input.key) ? inputs[input.key] : undefined;
  return out;
}

/** A value in the unit the rule reads it: a share as a percentage, otherwise a plain number. */
export function showValue(value: number, asPercent: boolean): string {
  return asPercent ? formatViPercent(value) : formatViNumber(value);
}

/** A band in words: "≥ 80%", "từ 60% đến dưới 80%", "trên 200", "dưới 40%". */
export function describeBand(band: Band, asPercent: boolean): string {
  const lo = band.min === undefined ? undefined : showValue(band.min, asPercent);
  const hi = band.max === undefined ? undefined : showValue(band.max, asPercent);
  if (lo !== undefined && hi !== undefined) {
    if (band.min === band.max) return `= ${lo}`;
    return `${band.lowerExclusive ? 'trên' : 'từ'} ${lo} đến ${band.upperInclusive ? '' : 'dưới '}${hi}`;
  }
  if (lo !== undefined) return band.lowerExclusive ? `> ${lo}` : `≥ ${lo}`;
  return band.upperInclusive ? `≤ ${hi}` : `< ${hi}`;
}
