import ExcelJS from 'exceljs';
import { AGGREGATE_LABELS, type IndicatorAggregate } from '../../../domain/reports/index';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { renderNd30Docx, type Nd30Block } from '../../documents/nd30';
import { recordAudit } from '../audit/audit.service';
import { aggregateWindow, formatFigure } from './report-aggregate.service';
import { todayInVietnam } from './report-window.service';

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
    widths: [1, 8, 2.5, 2.5, 2.5],
    rows: agg.indicators.map((i, n) => [n + 1, i.label, AGGREGATE_LABELS[i.aggregate as IndicatorAggregate], formatFigure(i.overall.value, i.unit), `${i.overall.reported}/${i.overall.units}`]),
  });
  if (agg.missingUnits.length > 0) {
    body.push({ type: 'paragraph', italic: true, text: `Đơn vị chưa gửi báo cáo: ${agg.missingUnits.map((u) => u.unitName).join('; ')}.` });
  }
  const date = opts.date ?? todayInVietnam();
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

/** The roll-up table in Excel: overall, per unit type and per district, and the units missing each indicator. */
export async function exportWindowXlsx(db: Db, actor: Actor, windowId: number): Promise<{ name: string; bytes: Buffer }> {
  const agg = await aggregateWindow(db, actor, windowId);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Tổng hợp');
  sheet.addRow([agg.label]).font = { bold: true, size: 14 };
  sheet.addRow([`Số đơn vị đã gửi: ${agg.unitsCounted}; chưa gửi: ${agg.missingUnits.length}`]);
  const header = sheet.addRow(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Cách tổng hợp', 'Kết quả', 'Số đơn vị báo cáo', 'Đơn vị để trống']);
  header.font = { bold: true };
  agg.indicators.forEach((i, n) => {
    sheet.addRow([n + 1, i.label, i.unit ?? '', AGGREGATE_LABELS[i.aggregate as IndicatorAggregate], i.overall.value, `${i.overall.reported}/${i.overall.units}`, i.missingUnits.join('; ')]);
  });
  sheet.columns.forEach((c, idx) => (c.width = [6, 60, 12, 16, 12, 16, 50][idx]));
  const slices = book.addWorksheet('Theo loại và địa bàn');
  slices.addRow(['Chỉ tiêu', 'Nhóm', 'Giá trị', 'Số đơn vị báo cáo']).font = { bold: true };
  for (const i of agg.indicators) {
    for (const s of i.byUnitType) slices.addRow([i.label, `Loại: ${UNIT_TYPE_VI[s.unitType] ?? s.unitType}`, s.value, `${s.reported}/${s.units}`]);
    for (const s of i.byDistrict) slices.addRow([i.label, `Địa bàn: ${s.district ?? 'Cấp Sở'}`, s.value, `${s.reported}/${s.units}`]);
  }
  slices.columns.forEach((c, idx) => (c.width = [60, 30, 12, 16][idx]));
  const missing = book.addWorksheet('Chưa gửi');
  missing.addRow(['Đơn vị chưa gửi báo cáo']).font = { bold: true };
  for (const u of agg.missingUnits) missing.addRow([u.unitName]);
  missing.getColumn(1).width = 60;
  await recordAudit(db, actor, { action: 'report-window.exported', entityType: 'report_window', entityId: windowId, after: { format: 'xlsx' } });
  return { name: `${agg.label}.xlsx`, bytes: Buffer.from(await book.xlsx.writeBuffer()) };
}
