import type ExcelJS from 'exceljs';
import type { PlanStats, Task } from '../../../contracts/plans';
import { reformAreaByKey } from '../../../domain/plans/reform-areas';
import { TASK_OUTCOME_LABELS } from '../../../domain/tasks/outcome';
import { TASK_SOURCE_LABELS } from '../../../domain/tasks/task';

export const viDate = (iso: string | null) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

type Summary = PlanStats['total'];
type Group = { label: string; summary: Summary };

/** The outcome-class statistics sheet shared by the plan export and the department-wide export. */
export function addStatsSheet(wb: ExcelJS.Workbook, title: string | null, stats: PlanStats, extra: Array<readonly [string, readonly Group[]]> = []): ExcelJS.Worksheet {
  const st = wb.addWorksheet('Thống kê');
  if (title) st.addRow([title]).font = { bold: true, size: 13 };
  const header = ['Nhóm', 'Được giao', 'HT trong hạn', 'HT quá hạn', 'HT (không hạn)', 'Chưa HT, trong hạn', 'Chưa HT, quá hạn', 'Chưa HT (không hạn)'];
  const line = (label: string, s: Summary) => [label, s.assigned, s.doneOnTime, s.doneLate, s.doneNoDeadline, s.openWithin, s.openOverdue, s.openNoDeadline];
  st.addRow(header).font = { bold: true };
  st.addRow(line('Tổng cộng', stats.total)).font = { bold: true };
  const groups: Array<readonly [string, readonly Group[]]> = [['Theo lĩnh vực', stats.byArea], ['Theo đơn vị chủ trì', stats.byUnit], ['Theo nguồn giao', stats.bySource], ...extra];
  for (const [heading, rows] of groups) {
    st.addRow([]);
    st.addRow([heading]).font = { italic: true };
    for (const g of rows) st.addRow(line(g.label, g.summary));
  }
  st.addRow([]);
  st.addRow(['Tiêu chí 8.1', stats.criterion8['8.1'].explanation]);
  st.addRow(['Tiêu chí 8.2', stats.criterion8['8.2'].explanation]);
  st.columns.forEach((c, i) => (c.width = i === 0 ? 32 : 16));
  return st;
}

/** A task table as printed in the appendices, with progress and outcome class. */
export function addTaskSheet(wb: ExcelJS.Workbook, name: string, tasks: readonly Task[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.addRow(['STT', 'Nội dung', 'Lĩnh vực', 'Chủ trì', 'Phối hợp', 'Thời gian', 'Hạn', 'Sản phẩm', 'Nguồn', 'Tiến độ (%)', 'Ngày hoàn thành', 'Kết quả']).font = { bold: true };
  for (const t of tasks) {
    ws.addRow([t.no ?? '', t.content, reformAreaByKey(t.areaKey).shortVi, t.leadUnitName, t.coordinatingUnitNames.join('; '), t.timeFrameText, viDate(t.deadline), t.product ?? '', TASK_SOURCE_LABELS[t.source], t.progress, viDate(t.doneOn), TASK_OUTCOME_LABELS[t.outcome]]);
  }
  ws.columns.forEach((c, i) => (c.width = [6, 60, 20, 18, 30, 18, 12, 36, 20, 10, 14, 28][i]));
  return ws;
}
