// Walks the appendix's rows into numbered nodes: STT "3" → "3.3" → "3.3.1" (or Roman areas "I" with
// "1", "1.1" under them), each with its title, table maximum, units, evidence and the sentences below it.
// Rows it cannot place become issues that name the row.
import { readHeader, textAt, type AppendixRow, type AppendixTable, type Columns } from './appendix';
import { splitClauses } from './clauses';
import { cleanText, parseViNumber, withoutBullet } from './vi-text';

/** Something the import noticed, with the row it is about. */
export type ImportIssue = { where: string; code?: string; severity: 'error' | 'warning' | 'info'; message: string };

/** A numbered row of the appendix with what belongs to it. */
export type RawNode = {
  code: string;
  title: string;
  tableMax: number | null;
  unitsText: string;
  evidence: string;
  sentences: string[];
  /** Self-contained scoring blocks without a number found under this node (not attached to it). */
  orphans: string[];
  where: string;
};

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const TOTAL = /^(tổng cộng|tổng số điểm|tổng điểm|tổng)(\s|:|$)/iu;

/** The rows as numbered nodes in order, the table's total if it states one, and the issues met on the way. */
export function rowsToNodes(table: AppendixTable): { nodes: RawNode[]; tableTotal: number | null; issues: ImportIssue[]; columns: Columns | null } {
  const nodes: RawNode[] = [];
  const issues: ImportIssue[] = [];
  let columns: Columns | null = null;
  let current: RawNode | null = null;
  let romanArea: number | null = null;
  let tableTotal: number | null = null;
  let noted = false;
  // A repeated header marks a new page: the row after it is where a criterion may continue.
  let pageStart = false;
  for (const row of table.rows) {
    const header = readHeader(row);
    if (header) {
      pageStart = columns !== null || Boolean(row.tableStart);
      if (!columns) columns = inferUnits(header, table.rows);
      continue;
    }
    if (!columns) continue;
    const startsPage = Boolean(row.tableStart) || pageStart;
    pageStart = false;
    const sttText = textAt(row, columns.stt);
    const stt = sttText.replace(/\s+/g, '');
    const contentCell = row.cells[columns.content!]?.paragraphs ?? [];
    const content = contentCell.map(cleanText).filter(Boolean);
    const maxText = textAt(row, columns.max);
    const scoringCell = columns.scoring === undefined ? [] : (row.cells[columns.scoring]?.paragraphs ?? []).map(cleanText).filter(Boolean);
    if (TOTAL.test(sttText) || (TOTAL.test(content[0] ?? '') && !stt)) {
      tableTotal = parseViNumber(maxText.replace(/\s*điểm$/u, ''));
      continue;
    }
    const roman = /^([IVXLC]+)\.?$/.exec(stt);
    const arabic = /^(\d+(?:\.\d+)*)\.?$/.exec(stt);
    if (roman || arabic) {
      let code: string;
      if (roman) {
        romanArea = romanValue(roman[1]);
        code = String(romanArea);
        if (!noted)
          issues.push({
            where: row.where,
            severity: 'info',
            message: `STT dạng La Mã: lĩnh vực ${roman[1]} được ghi mã ${code}, các tiêu chí bên dưới ghi ${code}.1, ${code}.2…`,
          });
        noted = true;
      } else code = romanArea === null ? arabic![1] : `${romanArea}.${arabic![1]}`;
      const [title, ...rest] = content;
      const node: RawNode = {
        code,
        title: withoutBullet(title ?? ''),
        tableMax: parseViNumber(maxText.replace(/\s*điểm$/u, '')),
        unitsText: textAt(row, columns.units),
        evidence: textAt(row, columns.evidence),
        sentences: [...rest, ...scoringCell],
        orphans: [],
        where: row.where,
      };
      if (maxText && node.tableMax === null)
        issues.push({
          where: row.where,
          code,
          severity: 'warning',
          message: `Cột điểm tối đa ghi «${maxText}», không phải một số: chưa đọc được điểm tối đa.`,
        });
      if (!node.title) issues.push({ where: row.where, code, severity: 'error', message: `Tiêu chí ${code} không có tên ở cột nội dung.` });
      nodes.push(node);
      current = node;
      continue;
    }
    const lines = [...content, ...scoringCell];
    if (lines.length === 0) continue;
    if (stt && !/^[a-zđ]\)?$|^[-+–•]$/u.test(stt)) {
      issues.push({
        where: row.where,
        severity: 'warning',
        message: `Số thứ tự «${stt}» không đọc được (cần dạng 3, 3.4 hoặc 3.4.2): dòng được coi là câu chấm điểm của mục trước.`,
      });
    }
    if (!current) {
      issues.push({
        where: row.where,
        severity: 'warning',
        message: `Dòng không có số thứ tự và chưa có tiêu chí nào trước nó: bỏ qua «${lines[0].slice(0, 80)}».`,
      });
      continue;
    }
    attachLines(current, lines, row, maxText, startsPage, issues);
  }
  if (!columns)
    issues.push({
      where: 'Bảng',
      severity: 'error',
      message: 'Không tìm thấy dòng tiêu đề của bảng (cần cột "STT" và cột "Lĩnh vực/Tiêu chí" hoặc "Nội dung").',
    });
  return { nodes, tableTotal, issues, columns };
}

// Seed 004's layout has the units in a third column without a heading: read it as units when nothing else is.
function inferUnits(cols: Columns, rows: AppendixRow[]): Columns {
  if (cols.units !== undefined) return cols;
  const used = new Set(Object.values(cols));
  const width = Math.max(...rows.map((r) => r.cells.length));
  for (let i = 0; i < width; i++) {
    if (used.has(i)) continue;
    if (rows.some((r) => /phòng|Văn phòng|đơn vị|Thanh tra/u.test(textAt(r, i)))) return { ...cols, units: i };
  }
  return cols;
}

function attachLines(node: RawNode, lines: string[], row: AppendixRow, maxText: string, startsPage: boolean, issues: ImportIssue[]): void {
  // Points in their own column ("Đầy đủ, kịp thời | 0,5") join the sentence as the recogniser reads it.
  const points = parseViNumber(maxText.replace(/\s*điểm$/u, ''));
  const withPoints = points !== null && lines.length === 1 && splitClauses(lines[0]).every((c) => c.points === null) ? [`${lines[0]}: ${maxText}`] : lines;
  const clauses = withPoints.flatMap(splitClauses);
  const scored = clauses.filter((c) => c.points !== null);
  const earlier = node.sentences.flatMap(splitClauses);
  // A criterion continued on the next page: the first row of a new table, no points, and nothing yet under it.
  if (startsPage && scored.length === 0 && node.sentences.length === 0 && !/công thức|trong đó/iu.test(withPoints.join(' '))) {
    node.title = `${node.title} ${withPoints.join(' ')}`.trim();
    issues.push({
      where: row.where,
      code: node.code,
      severity: 'info',
      message: `Tên tiêu chí ${node.code} tiếp tục sang trang sau: đã nối thành «${node.title.slice(0, 120)}».`,
    });
    return;
  }
  // A self-contained block (its own points and its own "0") after a rule that already ended in 0 has no number
  // of its own (seed 004's two lines on decentralisation under 3.5): it is shown, never silently merged.
  const complete = earlier.some((c) => c.points === 0) && scored.some((c) => (c.points ?? 0) > 0) && scored.some((c) => c.points === 0);
  if (complete) {
    node.orphans.push(withPoints.join(' '));
    issues.push({
      where: row.where,
      code: node.code,
      severity: 'warning',
      message: `Dòng không có số thứ tự, có thang điểm riêng, nằm sau tiêu chí ${node.code}: chưa đưa vào bộ chỉ số («${withPoints.join(' ').slice(0, 100)}»). Nếu đây là một tiêu chí, thêm nó trong trình sửa.`,
    });
    return;
  }
  node.sentences.push(...withPoints);
}
