import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
} from 'docx';

/** One block of a document's body. */
export type Nd30Block =
  | { type: 'heading'; text: string; level?: 1 | 2 }
  | { type: 'paragraph'; text: string; italic?: boolean; bold?: boolean }
  | { type: 'table'; columns: string[]; rows: Array<Array<string | number>>; widths?: number[] };

/** An administrative document in the layout of Nghị định 30/2020 (Phụ lục I). */
export interface Nd30Document {
  issuer: { parent?: string; name: string };
  number?: string;
  place: string;
  date: string;
  kind?: string;
  title: string;
  body: Nd30Block[];
  signer: { authority?: string; title: string; name: string };
  recipients?: string[];
  landscape?: boolean;
}

const FONT = 'Times New Roman';
const MM = 56.6929; // twips per millimetre
// A4 in twips; Word stores the page size unrotated and flags the orientation.
export const A4 = { width: 11906, height: 16838 } as const;
export const ND30_MARGINS = {
  top: Math.round(20 * MM),
  bottom: Math.round(20 * MM),
  left: Math.round(30 * MM),
  right: Math.round(15 * MM),
} as const;
const FIRST_LINE_INDENT = 720; // 1.27 cm
const SPACING_6PT = 120;
const pt = (size: number) => size * 2; // docx sizes are half-points

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const CELL_NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/**
 * 'Hải Phòng', '2025-02-05' → 'Hải Phòng, ngày 05 tháng 02 năm 2025'.
 * Nghị định 30 writes a leading zero for days below 10 and for months 1 and 2 only.
 */
export function formatNd30Date(place: string, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) throw new Error(`Ngày văn bản '${isoDate}' không đúng dạng YYYY-MM-DD.`);
  const [, year, month, day] = match;
  const m = Number(month);
  const monthText = m <= 2 ? month : String(m);
  return `${place}, ngày ${day} tháng ${monthText} năm ${year}`;
}

function run(text: string, size: number, opts: { bold?: boolean; italics?: boolean } = {}): TextRun {
  return new TextRun({ text, font: FONT, size: pt(size), bold: opts.bold, italics: opts.italics });
}

function centred(children: TextRun[], after = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after }, children });
}

/** A short centred rule under a header line: a bottom border on an indented empty paragraph. */
function rule(indent: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: indent, right: indent },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { before: 0, after: 60 },
    children: [run('', 1)],
  });
}

function plainCell(children: Paragraph[], width: number): TableCell {
  // No cell padding: the issuer's and the motto's lines need the whole column.
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: CELL_NO_BORDERS, margins: { left: 0, right: 0, top: 0, bottom: 0 } });
}

function headerTable(doc: Nd30Document, textWidth: number): Table {
  const left = Math.round(textWidth * 0.44);
  const right = textWidth - left;
  const issuer: Paragraph[] = [];
  if (doc.issuer.parent) issuer.push(centred([run(doc.issuer.parent.toUpperCase(), 13)]));
  issuer.push(centred([run(doc.issuer.name.toUpperCase(), 13, { bold: true })]));
  issuer.push(rule(Math.round(left * 0.3)));
  issuer.push(centred([run(doc.number ? `Số: ${doc.number}` : 'Số:      /', 13)]));
  const motto: Paragraph[] = [
    centred([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, { bold: true })]),
    centred([run('Độc lập - Tự do - Hạnh phúc', 13, { bold: true })]),
    rule(Math.round(right * 0.22)),
    centred([run(formatNd30Date(doc.place, doc.date), 13, { italics: true })]),
  ];
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [plainCell(issuer, left), plainCell(motto, right)] })],
  });
}

function bodyParagraph(text: string, opts: { bold?: boolean; italics?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { before: SPACING_6PT, after: 0, line: 276 },
    children: [run(text, 14, opts)],
  });
}

function gridCell(text: string, width: number, header: boolean): TableCell {
  const numeric = !header && /^-?[\d.,%\s/]+$/.test(text);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: [
      new Paragraph({
        alignment: header || numeric ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(text, 12, { bold: header })],
      }),
    ],
  });
}

function dataTable(block: Extract<Nd30Block, { type: 'table' }>, textWidth: number): Table {
  const weights = block.widths && block.widths.length === block.columns.length ? block.widths : block.columns.map(() => 1);
  const total = weights.reduce((sum, w) => sum + w, 0) || 1;
  const widths = weights.map((w) => Math.floor((w / total) * textWidth));
  const header = new TableRow({
    tableHeader: true,
    children: block.columns.map((c, i) => gridCell(c, widths[i]!, true)),
  });
  const rows = block.rows.map((row) => new TableRow({ children: block.columns.map((_, i) => gridCell(String(row[i] ?? ''), widths[i]!, false)) }));
  return new Table({ width: { size: textWidth, type: WidthType.DXA }, columnWidths: widths, borders: GRID, rows: [header, ...rows] });
}

function bodyBlocks(blocks: Nd30Block[], textWidth: number): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const block of blocks) {
    if (block.type === 'heading') out.push(bodyParagraph(block.text, { bold: true }));
    else if (block.type === 'paragraph') out.push(bodyParagraph(block.text, { bold: block.bold, italics: block.italic }));
    else {
      out.push(dataTable(block, textWidth));
      // Word merges two adjacent tables; an empty paragraph keeps them apart.
      out.push(new Paragraph({ spacing: { before: 0, after: 0 }, children: [run('', 6)] }));
    }
  }
  return out;
}

function signatureTable(doc: Nd30Document, textWidth: number): Table {
  const left = Math.round(textWidth * 0.5);
  const right = textWidth - left;
  const recipients: Paragraph[] = [];
  if (doc.recipients && doc.recipients.length > 0) {
    recipients.push(new Paragraph({ children: [run('Nơi nhận:', 12, { bold: true, italics: true })] }));
    for (const r of doc.recipients) recipients.push(new Paragraph({ children: [run(`- ${r}`, 11)] }));
  } else recipients.push(new Paragraph({ children: [] }));
  const signer: Paragraph[] = [];
  if (doc.signer.authority) signer.push(centred([run(doc.signer.authority.toUpperCase(), 14, { bold: true })]));
  signer.push(centred([run(doc.signer.title.toUpperCase(), 14, { bold: true })]));
  // Room for the signature and the seal.
  for (let i = 0; i < 4; i += 1) signer.push(centred([run('', 14)]));
  signer.push(centred([run(doc.signer.name, 14, { bold: true })]));
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [plainCell(recipients, left), plainCell(signer, right)] })],
  });
}

/** Renders a document in the Nghị định 30/2020 layout as a .docx file. */
export async function renderNd30Docx(doc: Nd30Document): Promise<Buffer> {
  const pageWidth = doc.landscape ? A4.height : A4.width;
  const textWidth = pageWidth - ND30_MARGINS.left - ND30_MARGINS.right;
  const title: Paragraph[] = [];
  if (doc.kind) title.push(centred([run(doc.kind.toUpperCase(), 14, { bold: true })]));
  title.push(centred([run(doc.title, 14, { bold: true })], SPACING_6PT * 2));
  const pageNumberHeader = new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })] })],
  });
  const document = new Document({
    creator: doc.issuer.name,
    title: doc.title,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: A4.width, height: A4.height, orientation: doc.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { ...ND30_MARGINS, header: Math.round(10 * MM), footer: Math.round(10 * MM) },
          },
        },
        headers: { first: new Header({ children: [new Paragraph({ children: [] })] }), default: pageNumberHeader },
        children: [
          headerTable(doc, textWidth),
          new Paragraph({ spacing: { before: 0, after: SPACING_6PT }, children: [] }),
          ...title,
          ...bodyBlocks(doc.body, textWidth),
          new Paragraph({ spacing: { before: SPACING_6PT, after: 0 }, children: [] }),
          signatureTable(doc, textWidth),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
