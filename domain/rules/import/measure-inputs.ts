// The inputs a recognised numeric rule needs, named from the decision's own words: a share becomes two counts
// ("Số hồ sơ … được giải quyết đúng hạn" over "Tổng số hồ sơ TTHC") so the system can fill them and say
// "cần thêm 4 hồ sơ"; a count ("tin, bài/năm") becomes one whole-number input.
import type { CriterionInput, ValueSource } from '../framework-shapes';
import type { Clause } from './clauses';
import { capitalise } from './vi-text';

// Words that end the head noun of a subject: "hồ sơ TTHC | được giải quyết đúng hạn" (with their marks: "từ" ends it, "tử" does not).
const HEAD_END = new Set([
  'thuộc',
  'được',
  'đã',
  'có',
  'trong',
  'tại',
  'theo',
  'giải',
  'tiếp',
  'cung',
  'trả',
  'xử',
  'ký',
  'phải',
  'cập',
  'luân',
  'hoàn',
  'đúng',
  'áp',
  'xây',
  'niêm',
  'gửi',
  'thực',
  'trở',
  'đạt',
  'chưa',
  'không',
  'mỗi',
  'cho',
  'của',
  'qua',
  'trên',
  'dưới',
  'từ',
]);

function tidy(subject: string): string {
  return subject
    .replace(/\s+(?:thì|thời|:).*$/u, '')
    .replace(/^(?:tổng số|số lượng|số|các)\s+/iu, '')
    .replace(/[\s,;.:]+$/u, '')
    .trim();
}

/**
 * What a share counts, from the title ("Tỷ lệ văn bản điện tử ký số cá nhân") or the first threshold's words;
 * `named` is false when neither names it and the criterion's title stands in (3.5 "Số hóa kết quả …").
 */
export function shareSubject(title: string, clauses: Clause[]): { subject: string; named: boolean } {
  const fromTitle = /^t[ỷỉi]\s*lệ\s+(?:%\s*)?(.+)$/iu.exec(title.trim());
  if (fromTitle) return { subject: tidy(fromTitle[1]), named: true };
  for (const c of clauses) {
    if (!c.range) continue;
    const at = c.condition.indexOf(c.range.text);
    const after = tidy(c.condition.slice(at + c.range.text.length).replace(/^\s*(?:%|trở lên|trở xuống)\s*/u, ''));
    if (after.split(' ').length >= 2) return { subject: after, named: true };
  }
  return { subject: title.trim(), named: false };
}

/** The head noun of a subject ("hồ sơ TTHC" of "hồ sơ TTHC được giải quyết đúng hạn"). */
export function headNoun(subject: string): string {
  const words = subject.split(/\s+/);
  const out: string[] = [];
  for (const w of words) {
    if (out.length > 0 && HEAD_END.has(w.normalize('NFC').toLocaleLowerCase('vi'))) break;
    out.push(w);
    if (out.length >= 4) break;
  }
  return out.join(' ').replace(/[,;]$/, '');
}

/** A share of two counts: the value source and its two inputs. */
export function shareInputs(title: string, clauses: Clause[]): { value: ValueSource; inputs: CriterionInput[] } {
  const { subject, named } = shareSubject(title, clauses);
  const value: ValueSource = { kind: 'ratio', numerator: 'achieved', denominator: 'total' };
  if (!named || !subject) {
    // The words name no counted thing: say so in the labels rather than make one up.
    const what = subject || 'tiêu chí';
    return {
      value,
      inputs: [
        { key: 'achieved', label: `Số trường hợp đạt yêu cầu (${what})`, type: 'number', unit: 'trường hợp đạt', integer: true },
        { key: 'total', label: `Tổng số trường hợp (${what})`, type: 'number', unit: 'trường hợp', integer: true },
      ],
    };
  }
  const head = headNoun(subject) || subject;
  const shortUnit = subject.split(/\s+/).slice(0, 8).join(' ');
  return {
    value,
    inputs: [
      { key: 'achieved', label: capitalise(`số ${subject}`), type: 'number', unit: shortUnit, integer: true },
      { key: 'total', label: capitalise(`tổng số ${head}`), type: 'number', unit: head, integer: true },
    ],
  };
}

/** A count ("Trên 200 tin, bài/năm"): the value source and its input, named by the words after the number. */
export function countInputs(title: string, clauses: Clause[]): { value: ValueSource; inputs: CriterionInput[] } {
  let unit = '';
  for (const c of clauses) {
    if (!c.range) continue;
    const at = c.condition.indexOf(c.range.text);
    unit = tidy(c.condition.slice(at + c.range.text.length).replace(/^\s*(?:trở lên|trở xuống)\s*/u, ''));
    if (unit) break;
  }
  const words = unit || headNoun(title) || 'đơn vị đếm';
  return { value: { kind: 'input', key: 'count' }, inputs: [{ key: 'count', label: capitalise(`số ${words}`), type: 'number', unit: words, integer: true }] };
}
