// Reads the tables of a Word document from its XML, cell by cell: tests assert what a document says, not how a
// renderer happens to wrap it (which depends on the fonts installed and the office suite's version). Tests only.
import JSZip from 'jszip';

/** A table as rows of cell texts; the paragraphs of a cell are joined with '\n'. */
export type DocxTable = string[][];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

/** Every table of the document body, in order (a table nested in a cell comes after the table that holds it). */
export async function docxTables(docx: Buffer | Uint8Array): Promise<DocxTable[]> {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  const done: DocxTable[] = [];
  // One frame per open table: its rows, the row and cell being read, and the cell's paragraphs.
  const open: Array<{ rows: DocxTable; row: string[] | null; cell: string[] | null }> = [];
  const tag = /<(\/?)w:(tbl|tr|tc|p|t|tab|br)\b[^>]*?(\/?)>|([^<]+)/g;
  let inText = false;
  for (const m of xml.matchAll(tag)) {
    const [, closing, name, selfClosing, text] = m;
    const top = open.at(-1);
    if (text !== undefined) {
      if (inText && top?.cell) top.cell[top.cell.length - 1] += decode(text);
      continue;
    }
    if (name === 'tbl') {
      if (!closing) open.push({ rows: [], row: null, cell: null });
      else done.push(open.pop()!.rows);
    } else if (!top) {
      continue;
    } else if (name === 'tr') {
      if (!closing) top.row = [];
      else if (top.row) {
        top.rows.push(top.row);
        top.row = null;
      }
    } else if (name === 'tc') {
      if (!closing) top.cell = [];
      else if (top.cell && top.row) {
        top.row.push(top.cell.join('\n'));
        top.cell = null;
      }
    } else if (name === 'p' && !closing && top.cell) {
      top.cell.push('');
      if (selfClosing) continue;
    } else if (name === 't') {
      inText = !closing && !selfClosing;
    } else if ((name === 'tab' || name === 'br') && top.cell && top.cell.length) {
      top.cell[top.cell.length - 1] += name === 'tab' ? '\t' : '\n';
    }
  }
  return done;
}

/** The first table that has a row whose first non-numbering cell reads `label`; throws, listing the tables, if none. */
export function rowByLabel(tables: DocxTable[], label: string): string[] {
  for (const table of tables) {
    const row = table.find((r) => r.some((c) => c.trim() === label));
    if (row) return row.map((c) => c.trim());
  }
  throw new Error(`No table row labelled "${label}" in: ${JSON.stringify(tables)}`);
}
