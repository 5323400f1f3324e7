/**
 * Reads a reform area from text: a "Lĩnh vực" cell or a section heading of an imported appendix
 * ("II. CẢI CÁCH THỂ CHẾ"), and, failing that, a guess from a task's wording. The guess is shown
 * to the user in the import preview; it never overrides an area the file states.
 */
import { REFORM_AREAS, type ReformAreaKey } from './reform-areas';

const fold = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Words that name an area in headings and cells, most specific first. */
const AREA_WORDS: ReadonlyArray<readonly [ReformAreaKey, readonly string[]]> = [
  ['papi', ['papi']],
  ['sipas', ['sipas']],
  ['digital-government', ['chính quyền điện tử', 'chính quyền số', 'chuyển đổi số']],
  ['public-finance', ['tài chính công']],
  ['civil-service', ['chế độ công vụ', 'công vụ']],
  ['organization', ['tổ chức bộ máy']],
  ['procedures', ['thủ tục hành chính', 'tthc']],
  ['institutions', ['thể chế']],
  ['direction', ['chỉ đạo', 'điều hành']],
];

/** The area a cell or heading names (key, label or short label), or null. */
export function areaFromText(text: string): ReformAreaKey | null {
  const t = fold(text);
  if (!t) return null;
  for (const a of REFORM_AREAS) if (t === a.key || t === fold(a.labelVi) || t === fold(a.shortVi)) return a.key;
  for (const [key, words] of AREA_WORDS) if (words.some((w) => t.includes(w))) return key;
  return null;
}

/** Wording that hints at an area in a task's content, checked in this order. */
const CONTENT_HINTS: ReadonlyArray<readonly [ReformAreaKey, RegExp]> = [
  ['digital-government', /định danh|xác thực|thanh toán trực tuyến|chuyển đổi số|chính quyền số|chính quyền điện tử|cơ sở dữ liệu/],
  ['procedures', /tthc|thủ tục hành chính|một cửa|hồ sơ/],
  ['organization', /tổ chức bộ máy|sắp xếp|biên chế|vị trí việc làm|sự nghiệp công lập|đơn vị hành chính|nghị quyết số 18/],
  ['civil-service', /công chức|viên chức|công vụ|đạo đức|kỷ luật, kỷ cương/],
  ['public-finance', /tài chính|ngân sách|tự chủ|tài sản công/],
  ['institutions', /văn bản quy phạm|thể chế|pháp luật/],
];

/** A best guess of a task's area from its content; 'direction' (the general section) when nothing hints otherwise. */
export function guessAreaFromContent(content: string): ReformAreaKey {
  const t = fold(content);
  for (const [key, re] of CONTENT_HINTS) if (re.test(t)) return key;
  return 'direction';
}
