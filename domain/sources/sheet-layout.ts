/**
 * Reading the layout of the reports one-stop systems export ("sổ theo dõi hồ sơ", "báo cáo tình hình giải quyết
 * hồ sơ"): a title block above the table, a header of one or two rows whose top cells are often merged over
 * sub-columns ("Nhận hồ sơ" over "Ngày" and "Giờ"), then the data. The officer picks the header once, from a sample.
 */
import type { DossierImportColumn } from '../dossiers/import-row';
import type { FieldMapping, FieldRule } from './mapping';

export type SheetCell = string | number | boolean | Date | null;

/** Lower case, no diacritics, single spaces: how headers are compared ("Mã hồ sơ" ≈ "MÃ HỒ SƠ" ≈ "ma ho so"). */
export function foldHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[\s\n\r]+/g, ' ')
    .trim();
}

const cellText = (c: SheetCell | undefined) => (c === null || c === undefined ? '' : c instanceof Date ? '' : String(c).trim());

/**
 * Column labels of a header of `depth` rows starting at `headerRow` (0-based). A blank top cell right of a filled
 * one is taken as part of a merged cell (merged cells keep their text in the first cell only), and the rows are
 * joined with ' / ': "Nhận hồ sơ / Ngày, giờ". Blank labels become "Cột N" (the column's number).
 */
export function headerLabels(rows: readonly SheetCell[][], headerRow: number, depth: 1 | 2): string[] {
  const top = rows[headerRow] ?? [];
  const sub = depth === 2 ? (rows[headerRow + 1] ?? []) : [];
  const width = Math.max(top.length, sub.length);
  const labels: string[] = [];
  let carried = '';
  for (let i = 0; i < width; i++) {
    const t = cellText(top[i]);
    const s = cellText(sub[i]);
    // Fill right only under a merge: a blank top cell over a filled sub-cell.
    if (t) carried = t;
    const head = t || (s && depth === 2 ? carried : '');
    const label = depth === 2 && s && head !== s ? (head ? `${head} / ${s}` : s) : head || s;
    labels.push(label || `Cột ${i + 1}`);
  }
  return labels;
}

/** How many cells of a row hold text (not numbers or dates): a header row is mostly words. */
function wordCells(row: readonly SheetCell[] | undefined): number {
  return (row ?? []).filter((c) => typeof c === 'string' && c.trim() !== '' && !/^[\d\s./:-]+$/.test(c.trim())).length;
}

/** The register columns the headers of each export usually mean, as folded fragments in order of preference. */
const SYNONYMS: ReadonlyArray<[DossierImportColumn, string[]]> = [
  ['code', ['ma ho so', 'so ho so', 'ma hs', 'so bien nhan']],
  ['procedureCode', ['ma tthc', 'ma thu tuc', 'ma dvc']],
  ['unitCode', ['ma don vi', 'co quan chu tri giai quyet', 'don vi xu ly', 'don vi giai quyet', 'co quan giai quyet']],
  ['applicantName', ['ten ca nhan', 'chu ho so', 'ten nguoi nop', 'nguoi nop', 'to chuc, ca nhan', 'ho ten', 'ho va ten']],
  ['applicantPhone', ['so dien thoai', 'dien thoai', 'sdt']],
  ['channel', ['kenh thuc hien', 'hinh thuc nop', 'hinh thuc tiep nhan', 'kenh tiep nhan', 'kenh', 'hinh thuc']],
  ['state', ['trang thai', 'tinh trang']],
  ['receivedOn', ['ngay tiep nhan', 'nhan ho so', 'ngay nhan', 'tiep nhan']],
  ['dueOn', ['ngay hen tra', 'hen tra']],
  ['resolvedOn', ['ngay ket thuc xu ly', 'nhan ket qua tu co quan', 'ngay co ket qua', 'ngay giai quyet xong', 'hoan thanh xu ly']],
  ['returnedOn', ['ngay tra ket qua', 'tra ket qua', 'ngay tra']],
  ['returnChannel', ['hinh thuc tra', 'hinh thuc nhan ket qua']],
  ['supplementCount', ['so lan bo sung', 'so lan yeu cau bo sung']],
  ['digitized', ['ket qua dien tu', 'so hoa ket qua']],
  ['paidOnline', ['thanh toan truc tuyen']],
];

/**
 * The header row a sample most likely has: the first row, among the first 30, with the most word cells, when at
 * least three cells are words; a second header row is assumed when the next row is also mostly words.
 */
export function guessHeader(rows: readonly SheetCell[][]): { headerRow: number; depth: 1 | 2 } {
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < Math.min(rows.length, 30); i++) {
    // A title block spans one merged cell; the header is the widest row of words.
    const n = wordCells(rows[i]);
    if (n > bestCount) {
      best = i;
      bestCount = n;
    }
  }
  if (bestCount < 3) return { headerRow: 0, depth: 1 };
  const next = rows[best + 1];
  const filled = (next ?? []).filter((c) => cellText(c) !== '').length;
  return { headerRow: best, depth: next && filled > 0 && wordCells(next) === filled ? 2 : 1 };
}

/**
 * A first mapping from the labels: each register column takes the label where one of its fragments appears
 * earliest ("Hẹn trả kết quả" is a due date, not a return date); a label is used once. The officer corrects it.
 */
export function suggestMapping(labels: readonly string[]): FieldMapping {
  const folded = labels.map(foldHeader);
  const candidates: Array<{ field: DossierImportColumn; label: number; at: number; length: number; rank: number }> = [];
  SYNONYMS.forEach(([field, fragments], rank) => {
    folded.forEach((text, label) => {
      for (const f of fragments) {
        const at = text.indexOf(f);
        if (at >= 0) {
          candidates.push({ field, label, at, length: f.length, rank });
          break;
        }
      }
    });
  });
  // Per label, the field whose fragment starts earliest (the longer fragment on a tie: "hình thức trả" is a return
  // channel before it is a channel); per field, the first such label.
  candidates.sort((a, b) => a.at - b.at || b.length - a.length || a.rank - b.rank || a.label - b.label);
  const usedLabels = new Set<number>();
  const mapping: FieldMapping = {};
  for (const c of candidates) {
    if (usedLabels.has(c.label) || mapping[c.field]) continue;
    usedLabels.add(c.label);
    mapping[c.field] = ruleFor(c.field, labels[c.label]);
  }
  // Form 07 has no state column: the dates say how far each dossier got.
  mapping.state ??= { from: null, kind: 'derive-state', fallback: '4' };
  mapping.channel ??= { from: null, kind: 'value', fallback: '1' };
  mapping.applicantPhone ??= { from: null, kind: 'phone' };
  return mapping;
}

const DATE_FIELDS = new Set<DossierImportColumn>(['receivedOn', 'dueOn', 'resolvedOn', 'returnedOn']);

function ruleFor(field: DossierImportColumn, label: string): FieldRule {
  if (DATE_FIELDS.has(field)) return { from: label, kind: 'date' };
  if (field === 'applicantPhone') return { from: label, kind: 'phone' };
  return { from: label, kind: 'value' };
}
