import ExcelJS from 'exceljs';
import type { Kpi766Query, Kpi766Report } from '../../../contracts/kpi766';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { kpi766Report } from './kpi766.service';

const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);
const NO_DATA = 'Chưa có dữ liệu';

function header(sheet: ExcelJS.Worksheet, report: Kpi766Report) {
  sheet.addRow([`Bộ chỉ số 766 – ${report.unit.name} – ${report.periodLabel}`]).font = { bold: true, size: 13 };
  sheet.addRow([`Bộ trọng số: ${report.weightSet.label}. ${report.noDataPolicy.label}.`]);
  sheet.addRow([]);
}

/** The report as a workbook: scores with explanations, the counts behind them, and the units compared. */
export async function exportKpi766(db: Db, actor: Actor, query: Kpi766Query): Promise<{ fileName: string; bytes: Buffer }> {
  const report = await kpi766Report(db, actor, query);
  const book = new ExcelJS.Workbook();

  const scores = book.addWorksheet('Điểm chỉ số');
  header(scores, report);
  scores.addRow(['Mã', 'Nhóm / chỉ số', 'Điểm', 'Điểm tối đa', 'Tỷ lệ', 'Ngưỡng', 'Cách tính']).font = { bold: true };
  for (const g of report.result.groups) {
    scores.addRow(['', `${g.label} (trọng số ${g.weight})`, round(g.score), round(g.max)]).font = { bold: true };
    for (const i of g.indicators) {
      scores.addRow([i.code, i.label, i.points === null ? NO_DATA : round(i.points), round(i.maxPoints), i.rate === null ? NO_DATA : round(i.rate * 100), i.threshold * 100, i.explanation]);
    }
  }
  scores.addRow(['', 'Tổng', round(report.result.score), round(report.result.max), report.result.percent === null ? NO_DATA : round(report.result.percent)]).font = { bold: true };
  for (const w of report.result.warnings) scores.addRow(['', `Lưu ý: ${w}`]);
  scores.columns.forEach((c, i) => (c.width = [8, 44, 10, 12, 10, 10, 90][i]));

  const counts = book.addWorksheet('Số liệu');
  header(counts, report);
  counts.addRow(['Số liệu', 'Giá trị', 'Định nghĩa', 'Nguồn']).font = { bold: true };
  for (const c of report.counts) counts.addRow([c.label, c.value ?? NO_DATA, c.definition, c.source]);
  counts.columns.forEach((c, i) => (c.width = [36, 16, 80, 50][i]));

  const units = book.addWorksheet('So sánh đơn vị');
  header(units, report);
  units.addRow(['Đơn vị', 'Điểm', 'Điểm tối đa', 'Tỷ lệ điểm (%)', 'Hồ sơ tiếp nhận', 'Hồ sơ đã giải quyết']).font = { bold: true };
  for (const u of report.comparison) units.addRow([u.unitName, round(u.score), round(u.max), u.percent === null ? NO_DATA : round(u.percent), u.received, u.resolved]);
  units.columns.forEach((c, i) => (c.width = [44, 10, 12, 14, 16, 18][i]));

  const fileName = `bo-chi-so-766-${report.fromMonth}-${report.toMonth}.xlsx`;
  return { fileName, bytes: Buffer.from(await book.xlsx.writeBuffer()) };
}
