import ExcelJS from 'exceljs';
import type { Kpi766Query, Kpi766Report } from '../../../contracts/kpi766';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { addTable, workbookBuffer, type ExcelColumn } from '../../documents/excel';
import { kpi766Report } from './kpi766.service';

const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);
const NO_DATA = 'Chưa có dữ liệu';

function header(sheet: ExcelJS.Worksheet, report: Kpi766Report) {
  sheet.addRow([`Bộ chỉ số 766 – ${report.unit.name} – ${report.periodLabel}`]).font = { bold: true, size: 13 };
  sheet.addRow([`Bộ trọng số: ${report.weightSet.label}. ${report.noDataPolicy.label}.`]);
  sheet.addRow([]);
}

const COUNT_COLUMNS: ExcelColumn<Kpi766Report['counts'][number]>[] = [
  { header: 'Số liệu', width: 36, value: (c) => c.label },
  { header: 'Giá trị', width: 16, value: (c) => c.value ?? NO_DATA },
  { header: 'Định nghĩa', width: 80, value: (c) => c.definition },
  { header: 'Nguồn', width: 50, value: (c) => c.source },
];
const UNIT_COLUMNS: ExcelColumn<Kpi766Report['comparison'][number]>[] = [
  { header: 'Đơn vị', width: 44, value: (u) => u.unitName },
  { header: 'Điểm', width: 10, value: (u) => round(u.score) },
  { header: 'Điểm tối đa', width: 12, value: (u) => round(u.max) },
  { header: 'Tỷ lệ điểm (%)', width: 14, value: (u) => (u.percent === null ? NO_DATA : round(u.percent)) },
  { header: 'Hồ sơ tiếp nhận', width: 16, value: (u) => u.received },
  { header: 'Hồ sơ đã giải quyết', width: 18, value: (u) => u.resolved },
];

/** The report as a workbook: scores with explanations, the counts behind them, and the units compared. */
export async function exportKpi766(db: Db, actor: Actor, query: Kpi766Query): Promise<{ fileName: string; bytes: Buffer }> {
  const report = await kpi766Report(db, actor, query);
  const book = new ExcelJS.Workbook();

  const scores = book.addWorksheet('Điểm chỉ số');
  header(scores, report);
  // Not a plain table: bold group rows sit between the indicators, so the rows are written one by one.
  scores.addRow(['Mã', 'Nhóm / chỉ số', 'Điểm', 'Điểm tối đa', 'Tỷ lệ', 'Ngưỡng', 'Cách tính']).font = { bold: true };
  for (const g of report.result.groups) {
    scores.addRow(['', `${g.label} (trọng số ${g.weight})`, round(g.score), round(g.max)]).font = { bold: true };
    for (const i of g.indicators) {
      scores.addRow([
        i.code,
        i.label,
        i.points === null ? NO_DATA : round(i.points),
        round(i.maxPoints),
        i.rate === null ? NO_DATA : round(i.rate * 100),
        i.threshold * 100,
        i.explanation,
      ]);
    }
  }
  scores.addRow([
    '',
    'Tổng',
    round(report.result.score),
    round(report.result.max),
    report.result.percent === null ? NO_DATA : round(report.result.percent),
  ]).font = { bold: true };
  for (const w of report.result.warnings) scores.addRow(['', `Lưu ý: ${w}`]);
  scores.columns.forEach((c, i) => (c.width = [8, 44, 10, 12, 10, 10, 90][i]));

  const counts = book.addWorksheet('Số liệu');
  header(counts, report);
  addTable(counts, COUNT_COLUMNS, report.counts);

  const units = book.addWorksheet('So sánh đơn vị');
  header(units, report);
  addTable(units, UNIT_COLUMNS, report.comparison);

  const fileName = `bo-chi-so-766-${report.fromMonth}-${report.toMonth}.xlsx`;
  return { fileName, bytes: await workbookBuffer(book) };
}
