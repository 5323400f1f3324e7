// Test support: real Word files of decisions' appendices, built with the `docx` package. Seed 004's tables as
// its text has them (one table per page, header repeated, a page break between), and a second layout with the
// maximum in its own column, Roman areas, merged cells and a criterion continued across a page break.
import { Document, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import { SEED_004_APPENDIX } from '../../../domain/rules/frameworks/sources/seed-004-appendix';

type CellSpec = { text?: string | string[]; span?: number; merge?: 'restart' | 'continue'; italic?: boolean };

function cell(spec: CellSpec): TableCell {
  const lines = Array.isArray(spec.text) ? spec.text : [spec.text ?? ''];
  return new TableCell({
    children: lines.map((l) => new Paragraph({ children: [new TextRun({ text: l, italics: spec.italic })] })),
    columnSpan: spec.span,
    verticalMerge: spec.merge === 'restart' ? VerticalMergeType.RESTART : spec.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
  });
}

function table(rows: CellSpec[][]): Table {
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map((r) => new TableRow({ children: r.map(cell) })) });
}

async function pack(children: Array<Paragraph | Table>): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const pageBreak = () => new Paragraph({ children: [new PageBreak()] });

/** Seed 004's section II as a Word file: a table per page of the seed, italic sentences as their own paragraphs. */
export async function seed004Docx(): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [new Paragraph('II. NHIỆM VỤ GIẢI PHÁP (Số thứ tự theo Phụ lục II Quyết định số 3087/QĐ-UBND)')];
  let rows: CellSpec[][] = [];
  const flush = () => {
    if (rows.length === 0) return;
    if (children.length > 1) children.push(pageBreak());
    children.push(table(rows));
    rows = [];
  };
  for (const line of SEED_004_APPENDIX.split('\n')) {
    if (!line.includes('\t')) continue;
    const [stt, content, units] = line.split('\t');
    if (stt === 'STT') flush();
    const parts = content
      .split(/<\/i>\s*<i>|<\/p>\s*<p>/)
      .map((p) => p.replace(/<[^>]+>/g, '').trim())
      .filter(Boolean);
    rows.push([{ text: stt }, { text: parts.length ? parts : [''], italic: /<i>/.test(content) }, { text: units ?? '' }]);
  }
  flush();
  return pack(children);
}

const HEADER: CellSpec[] = [{ text: 'STT' }, { text: 'Lĩnh vực, tiêu chí, tiêu chí thành phần' }, { text: 'Điểm tối đa' }, { text: 'Tài liệu kiểm chứng' }];

/** A differently laid-out appendix (test data, not a real province's set). */
export async function secondLayoutDocx(): Promise<Buffer> {
  const page1: CellSpec[][] = [
    HEADER,
    [{ text: 'I' }, { text: 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH' }, { text: '2' }, { text: '' }],
    [{ text: '1', merge: 'restart' }, { text: 'Kế hoạch cải cách hành chính năm' }, { text: '1' }, { text: 'Kế hoạch CCHC năm', merge: 'restart' }],
    [{ merge: 'continue' }, { text: 'Ban hành kịp thời, đúng quy định' }, { text: '1' }, { merge: 'continue' }],
    [{ merge: 'continue' }, { text: 'Ban hành chậm' }, { text: '0,5' }, { merge: 'continue' }],
    [{ merge: 'continue' }, { text: 'Không ban hành' }, { text: '0' }, { merge: 'continue' }],
    [
      { text: '2' },
      { text: ['Tỷ lệ hoàn thành kế hoạch cải cách hành chính năm', 'Từ 90% trở lên: 1', 'Từ 70% đến dưới 90%: 0,5', 'Dưới 70%: 0'] },
      { text: '1' },
      { text: 'Báo cáo CCHC năm' },
    ],
    [{ text: 'II' }, { text: 'CẢI CÁCH THỂ CHẾ' }, { text: '2' }, { text: '' }],
    [{ text: '1' }, { text: 'Tổ chức kiểm tra văn bản quy phạm pháp luật' }, { text: '1' }, { text: '' }],
    [{ text: '' }, { text: 'Thực hiện theo hướng dẫn của Sở Tư pháp' }, { text: '' }, { text: '' }],
    [{ text: '2' }, { text: 'Xử lý văn bản sau kiểm tra và theo dõi thi hành' }, { text: '1' }, { text: 'Danh sách văn bản đã xử lý' }],
  ];
  const page2: CellSpec[][] = [
    HEADER,
    [{ text: '' }, { text: 'pháp luật trên địa bàn' }, { text: '' }, { text: '' }],
    [{ text: '' }, { text: 'Mỗi văn bản được xử lý được 0,25 điểm, tối đa 1 điểm' }, { text: '' }, { text: '' }],
    [{ text: 'III' }, { text: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH' }, { text: 'x' }, { text: '' }],
    [{ text: '1' }, { text: 'Tỷ lệ hồ sơ giải quyết đúng hạn' }, { text: '1' }, { text: '' }],
    [{ text: '' }, { text: 'Điểm = (b/a) × 1' }, { text: '' }, { text: '' }],
    [{ text: 'Tổng cộng', span: 2 }, { text: '6' }, { text: '' }],
  ];
  return pack([new Paragraph('Phụ lục: Bộ chỉ số đánh giá (dữ liệu kiểm thử)'), table(page1), pageBreak(), table(page2)]);
}
