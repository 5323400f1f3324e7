import ExcelJS from 'exceljs';
import { workbookBuffer } from '../../documents/excel';

/** One appendix line as printed: STT, nội dung, chủ trì, phối hợp, thời gian, sản phẩm (and an optional lĩnh vực). */
export interface AppendixLine {
  no: string;
  content: string;
  lead: string;
  coord: string;
  time: string;
  product: string;
  area?: string;
  source?: string;
  priority?: string;
  /** A section heading row above this line ("I. CẢI CÁCH THỂ CHẾ"). */
  heading?: string;
}

/**
 * Writes an appendix laid out like the seeds' (a title, then a two-row header with "Đơn vị thực
 * hiện" over "Chủ trì" | "Phối hợp"). The import reads this layout; tests and the import template use it.
 */
export async function buildAppendixWorkbook(
  title: string,
  lines: readonly AppendixLine[],
  opts: { withArea?: boolean; withSourcePriority?: boolean } = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục');
  const sp = opts.withSourcePriority ? 2 : 0;
  const head = [
    'STT',
    'Nội dung',
    'Đơn vị thực hiện',
    '',
    'Thời gian',
    'Sản phẩm',
    ...(opts.withArea ? ['Lĩnh vực'] : []),
    ...(sp ? ['Nguồn', 'Ưu tiên'] : []),
  ];
  ws.addRow(['DANH MỤC']);
  ws.addRow([title]);
  ws.addRow([]);
  ws.addRow(head);
  ws.addRow(['', '', 'Chủ trì', 'Phối hợp', '', '', ...(opts.withArea ? [''] : []), ...Array<string>(sp).fill('')]);
  ws.mergeCells(4, 3, 4, 4);
  for (const l of lines) {
    if (l.heading) ws.addRow(['', l.heading]).font = { bold: true };
    ws.addRow([
      l.no,
      l.content,
      l.lead,
      l.coord,
      l.time,
      l.product,
      ...(opts.withArea ? [l.area ?? ''] : []),
      ...(sp ? [l.source ?? '', l.priority ?? ''] : []),
    ]);
  }
  ws.getRow(4).font = { bold: true };
  ws.getRow(5).font = { bold: true };
  ws.columns.forEach((c, i) => (c.width = [6, 60, 18, 30, 18, 36, 20][i]));
  return workbookBuffer(wb);
}
