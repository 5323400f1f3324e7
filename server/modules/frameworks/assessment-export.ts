// The self-assessment table (criterion, max, self score, appraised score, evidence) as Excel and as a Word
// report in the Nghị định 30/2020 layout.
import ExcelJS from 'exceljs';
import type { AssessmentDetail } from '../../../contracts/frameworks';
import { formatViNumber } from '../../../domain/rules/index';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { addTable, workbookBuffer, type ExcelColumn } from '../../documents/excel';
import { renderNd30Docx } from '../../documents/nd30';
import { getAssessment } from './assessment.service';

export const TABLE_COLUMNS = ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Tài liệu kiểm chứng / giải trình'];

function evidenceText(c: AssessmentDetail['criteria'][number]): string {
  const files = c.evidence.map((e) => e.name + (e.note ? ` (${e.note})` : ''));
  if (c.explanation) files.push(`Giải trình: ${c.explanation}`);
  return files.join('; ');
}

/** Rows of the table in tree order; placeholders (no maxima in the source) are left out. */
export function assessmentTableRows(detail: AssessmentDetail): Array<Array<string | number>> {
  return detail.criteria
    .filter((c) => !c.placeholder)
    .map((c) => [c.code, c.title, c.max, c.selfScore, c.appraisedScore ?? (c.isLeaf ? '' : ''), c.isLeaf ? evidenceText(c) : '']);
}

const EXCEL_WIDTHS = [10, 70, 12, 16, 16, 50];
const EXCEL_COLUMNS: ExcelColumn<Array<string | number>>[] = TABLE_COLUMNS.map((header, i) => ({ header, width: EXCEL_WIDTHS[i], value: (row) => row[i] }));

function fileBase(detail: AssessmentDetail): string {
  return `tu-danh-gia-${detail.frameworkCode}-${detail.year}-${detail.id}`;
}

export async function assessmentExcel(db: Db, actor: Actor, id: number): Promise<{ name: string; bytes: Buffer }> {
  const detail = await getAssessment(db, actor, id);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Tự đánh giá');
  sheet.addRow([`Bảng tự đánh giá chỉ số CCHC năm ${detail.year} — ${detail.unitName}`]).font = { bold: true, size: 13 };
  sheet.addRow([`${detail.frameworkName} (mã ${detail.frameworkCode}, phiên bản ${detail.frameworkVersion})`]);
  sheet.addRow([]);
  addTable(sheet, EXCEL_COLUMNS, assessmentTableRows(detail));
  const appraised = detail.appraisedTotal ?? '';
  sheet.addRow(['', 'Tổng', detail.max, detail.selfTotal, appraised, '']).font = { bold: true };
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn(6).alignment = { wrapText: true, vertical: 'top' };
  return { name: `${fileBase(detail)}.xlsx`, bytes: await workbookBuffer(book) };
}

export async function assessmentWord(db: Db, actor: Actor, id: number, today: string): Promise<{ name: string; bytes: Buffer }> {
  const detail = await getAssessment(db, actor, id);
  const rows = assessmentTableRows(detail).map((r) => r.map((v) => (typeof v === 'number' ? formatViNumber(v) : v)));
  rows.push([
    '',
    'Tổng cộng',
    formatViNumber(detail.max),
    formatViNumber(detail.selfTotal),
    detail.appraisedTotal === null ? '' : formatViNumber(detail.appraisedTotal),
    '',
  ]);
  const bytes = await renderNd30Docx({
    issuer: { parent: 'UBND THÀNH PHỐ HẢI PHÒNG', name: detail.unitName.toUpperCase() },
    place: 'Hải Phòng',
    date: today,
    kind: 'BÁO CÁO',
    title: `Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm ${detail.year}`,
    body: [
      {
        type: 'paragraph',
        text: `Căn cứ ${detail.frameworkName} (mã ${detail.frameworkCode}, phiên bản ${detail.frameworkVersion}), ${detail.unitName} báo cáo kết quả tự đánh giá như sau:`,
      },
      { type: 'table', columns: TABLE_COLUMNS, rows, widths: [8, 40, 9, 10, 10, 23] },
      {
        type: 'paragraph',
        text: `Tổng điểm tự đánh giá: ${formatViNumber(detail.selfTotal)}/${formatViNumber(detail.max)} điểm${detail.appraisedTotal === null ? '' : `; điểm thẩm định: ${formatViNumber(detail.appraisedTotal)} điểm`}.`,
        bold: true,
      },
    ],
    signer: { title: 'THỦ TRƯỞNG ĐƠN VỊ', name: '' },
    recipients: ['Sở Nội vụ;', 'Lưu: VT, VP.'],
    landscape: true,
  });
  return { name: `${fileBase(detail)}.docx`, bytes };
}
