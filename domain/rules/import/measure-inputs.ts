// The inputs a recognised numeric rule needs, named from the decision's own words: a share becomes two counts
// ("Số hồ sơ … được giải quyết đúng hạn" over "Tổng số hồ sơ TTHC") so the system can fill them and say
// "cần thêm 4 hồ sơ"; a count ("tin, bài/năm") becomes one whole-number input.
import type { CriterionInput, ValueSource } from '../framework-shapes';
import type { Clause } from './clauses';
import { capitalise, fold } from './vi-text';

// Words (without marks) that end the head noun of a subject: "hồ sơ TTHC | được giải quyết đúng hạn".
const HEAD_END = /^(thuoc|duoc|da|co|trong|tai|theo|giai|tiep|cung|tra|xu|ky|phai|cap|luan|hoan|dung|ap|xay|cong|niem|gui|thuc|tro|dat|chua|khong|moi|cho|cua|qua|tren|duoi|tu)$/;

function tidy(subject: string): string {
  return subject
    .replace(/\s+(?:thì|thời|:).*$/u, '')
    .replace(/^(?:tổng số|số lượng|số|các)\s+/iu, '')
    .replace(/[\s,;.:]+$/u, '')
    .trim();
}

/** What a share counts, from the title ("Tỷ lệ văn bản điện tử ký số cá nhân") or the first threshold's words. */
export function shareSubject(title: string, clauses: Clause[]): string {
  const fromTitle = /^t[ỷỉi]\s*lệ\s+(?:%\s*)?(.+)$/iu.exec(title.trim());
  if (fromTitle) return tidy(fromTitle[1]);
  for (const c of clauses) {
    if (!c.range) continue;
    const at = c.condition.indexOf(c.range.text);
    const after = tidy(c.condition.slice(at + c.range.text.length).replace(/^\s*(?:%|trở lên|trở xuống)\s*/u, ''));
    if (after.split(' ').length >= 2) return after;
  }
  return tidy(title);
}

/** The head noun of a subject ("hồ sơ TTHC" of "hồ sơ TTHC được giải quyết đúng hạn"). */
export function headNoun(subject: string): string {
  const words = subject.split(/\s+/);
  const out: string[] = [];
  for (const w of words) {
    if (out.length > 0 && HEAD_END.test(fold(w))) break;
    out.push(w);
    if (out.length >= 4) break;
  }
  return out.join(' ').replace(/[,;]$/, '');
}

/** A share of two counts: the value source and its two inputs. */
export function shareInputs(title: string, clauses: Clause[]): { value: ValueSource; inputs: CriterionInput[] } {
  const subject = shareSubject(title, clauses) || 'trường hợp đạt yêu cầu';
  const head = headNoun(subject) || subject;
  const shortUnit = subject.split(/\s+/).slice(0, 8).join(' ');
  return {
    value: { kind: 'ratio', numerator: 'achieved', denominator: 'total' },
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
