import ExcelJS from 'exceljs';
import type { ReportAggregation } from '../../../contracts/reports';
import { AGGREGATE_LABELS, type IndicatorAggregate } from '../../../domain/reports/index';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { addSheet, addTable, workbookBuffer, type ExcelColumn } from '../../documents/excel';
import { renderNd30Docx, type Nd30Block } from '../../documents/nd30';
import { recordAudit } from '../audit/audit.service';
import { aggregateWindow, formatFigure } from './report-aggregate.service';
import * as clock from '../../clock';

const UNIT_TYPE_VI: Record<string, string> = {
  department: 'Sở',
  division: 'Phòng chuyên môn',
  district_office: 'Phòng GD&ĐT',
  school: 'Trường',
  center: 'Trung tâm',
};

export interface ReportDocumentOptions {
  number?: string;
  date?: string;
  signerName?: string;
}

/** The department's report to the city as a Nghị định 30 Word document. */
export async function exportWindowDocx(db: Db, actor: Actor, windowId: number, opts: ReportDocumentOptions): Promise<{ name: string; bytes: Buffer }> {
  const agg = await aggregateWindow(db, actor, windowId);
  const body: Nd30Block[] = [];
  body.push({
    type: 'paragraph',
    text: `Tổng hợp từ báo cáo của ${agg.unitsCounted}/${agg.unitsCounted + agg.missingUnits.length} đơn vị phải báo cáo.`,
  });
  for (const section of agg.sections) {
    body.push({ type: 'heading', text: section.title.toUpperCase() });
    if (section.officeText.trim()) for (const p of section.officeText.split(/\n+/)) body.push({ type: 'paragraph', text: p.trim() });
    else for (const u of section.unitTexts) body.push({ type: 'paragraph', text: `${u.unitName}: ${u.text}` });
  }
  body.push({ type: 'heading', text: 'PHỤ LỤC: SỐ LIỆU TỔNG HỢP' });
  body.push({
    type: 'table',
    columns: ['STT', 'Chỉ tiêu', 'Cách tổng hợp', 'Kết quả', 'Số đơn vị báo cáo'],
    // Shares of the 16.5 cm text width; 'STT' in bold 12 pt needs 1.4 (it broke as 'ST/T' at 1, seen in the PDF render).
    widths: [1.4, 7.6, 2.5, 2.5, 2.5],
    rows: agg.indicators.map((i, n) => [
      n + 1,
      i.label,
      AGGREGATE_LABELS[i.aggregate as IndicatorAggregate],
      formatFigure(i.overall.value, i.unit),
      `${i.overall.reported}/${i.overall.units}`,
    ]),
  });
  if (agg.missingUnits.length > 0) {
    body.push({ type: 'paragraph', italic: true, text: `Đơn vị chưa gửi báo cáo: ${agg.missingUnits.map((u) => u.unitName).join('; ')}.` });
  }
  const date = opts.date ?? clock.today();
  const bytes = await renderNd30Docx({
    issuer: { parent: 'UBND THÀNH PHỐ HẢI PHÒNG', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO' },
    number: opts.number ?? '      /BC-SGDĐT',
    place: 'Hải Phòng',
    date,
    kind: 'BÁO CÁO',
    title: `${agg.label.replace(/^Báo cáo /, 'Kết quả công tác ').replace('CCHC', 'cải cách hành chính')} của Sở Giáo dục và Đào tạo`,
    body,
    signer: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: opts.signerName ?? '' },
    recipients: ['UBND thành phố (để b/c);', 'Sở Nội vụ (để t/h);', 'Giám đốc, các Phó Giám đốc Sở;', 'Lưu: VT, VP.'],
  });
  await recordAudit(db, actor, { action: 'report-window.exported', entityType: 'report_window', entityId: windowId, after: { format: 'docx' } });
  return { name: `${agg.label}.docx`, bytes };
}

type Indicator = ReportAggregation['indicators'][number];
const INDICATOR_COLUMNS: ExcelColumn<Indicator>[] = [
  { header: 'STT', width: 6, value: (_, n) => n + 1 },
  { header: 'Chỉ tiêu', width: 60, value: (i) => i.label },
  { header: 'Đơn vị tính', width: 12, value: (i) => i.unit ?? '' },
  { header: 'Cách tổng hợp', width: 16, value: (i) => AGGREGATE_LABELS[i.aggregate as IndicatorAggregate] },
  { header: 'Kết quả', width: 12, value: (i) => i.overall.value },
  { header: 'Số đơn vị báo cáo', width: 16, value: (i) => `${i.overall.reported}/${i.overall.units}` },
  { header: 'Đơn vị để trống', width: 50, value: (i) => i.missingUnits.join('; ') },
];
/** One indicator's figure for a unit type or a district. */
type Slice = Indicator['overall'] & { label: string; group: string };
const SLICE_COLUMNS: ExcelColumn<Slice>[] = [
  { header: 'Chỉ tiêu', width: 60, value: (s) => s.label },
  { header: 'Nhóm', width: 30, value: (s) => s.group },
  { header: 'Giá trị', width: 12, value: (s) => s.value },
  { header: 'Số đơn vị báo cáo', width: 16, value: (s) => `${s.reported}/${s.units}` },
];
const MISSING_COLUMNS: ExcelColumn<ReportAggregation['missingUnits'][number]>[] = [{ header: 'Đơn vị chưa gửi báo cáo', width: 60, value: (u) => u.unitName }];

/** The roll-up table in Excel: overall, per unit type and per district, and the units missing each indicator. */
export async function exportWindowXlsx(db: Db, actor: Actor, windowId: number): Promise<{ name: string; bytes: Buffer }> {
  const agg = await aggregateWindow(db, actor, windowId);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Tổng hợp');
  sheet.addRow([agg.label]).font = { bold: true, size: 14 };
  sheet.addRow([`Số đơn vị đã gửi: ${agg.unitsCounted}; chưa gửi: ${agg.missingUnits.length}`]);
  addTable(sheet, INDICATOR_COLUMNS, agg.indicators);
  const slices = agg.indicators.flatMap((i) => [
    ...i.byUnitType.map((s) => ({ ...s, label: i.label, group: `Loại: ${UNIT_TYPE_VI[s.unitType] ?? s.unitType}` })),
    ...i.byDistrict.map((s) => ({ ...s, label: i.label, group: `Địa bàn: ${s.district ?? 'Cấp Sở'}` })),
  ]);
  addSheet(book, 'Theo loại và địa bàn', SLICE_COLUMNS, slices);
  addSheet(book, 'Chưa gửi', MISSING_COLUMNS, agg.missingUnits);
  await recordAudit(db, actor, { action: 'report-window.exported', entityType: 'report_window', entityId: windowId, after: { format: 'xlsx' } });
  return { name: `${agg.label}.xlsx`, bytes: await workbookBuffer(book) };
}
