import type ExcelJS from 'exceljs';
import type { PlanStats, Task } from '../../../contracts/plans';
import { reformAreaByKey } from '../../../domain/plans/reform-areas';
import { TASK_OUTCOME_LABELS } from '../../../domain/tasks/outcome';
import { TASK_SOURCE_LABELS } from '../../../domain/tasks/task';
import { formatViDate } from '../../../domain/time/iso-date';
import { formatViDateOr } from '../../../domain/time/vietnam-date';
import { addSheet, type ExcelColumn } from '../../documents/excel';

type Summary = PlanStats['total'];
type Group = { label: string; summary: Summary };

/** The outcome-class statistics sheet shared by the plan export and the department-wide export. */
export function addStatsSheet(
  wb: ExcelJS.Workbook,
  title: string | null,
  stats: PlanStats,
  extra: Array<readonly [string, readonly Group[]]> = [],
): ExcelJS.Worksheet {
  const st = wb.addWorksheet('Thống kê');
  if (title) st.addRow([title]).font = { bold: true, size: 13 };
  const header = ['Nhóm', 'Được giao', 'HT trong hạn', 'HT quá hạn', 'HT (không hạn)', 'Chưa HT, trong hạn', 'Chưa HT, quá hạn', 'Chưa HT (không hạn)'];
  const line = (label: string, s: Summary) => [label, s.assigned, s.doneOnTime, s.doneLate, s.doneNoDeadline, s.openWithin, s.openOverdue, s.openNoDeadline];
  st.addRow(header).font = { bold: true };
  st.addRow(line('Tổng cộng', stats.total)).font = { bold: true };
  const groups: Array<readonly [string, readonly Group[]]> = [
    ['Theo lĩnh vực', stats.byArea],
    ['Theo đơn vị chủ trì', stats.byUnit],
    ['Theo nguồn giao', stats.bySource],
    ...extra,
  ];
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

const TASK_COLUMNS: ExcelColumn<Task>[] = [
  { header: 'STT', width: 6, value: (t) => t.no ?? '' },
  { header: 'Nội dung', width: 60, value: (t) => t.content },
  { header: 'Lĩnh vực', width: 20, value: (t) => reformAreaByKey(t.areaKey).shortVi },
  { header: 'Chủ trì', width: 18, value: (t) => t.leadUnitName },
  { header: 'Phối hợp', width: 30, value: (t) => t.coordinatingUnitNames.join('; ') },
  { header: 'Thời gian', width: 18, value: (t) => t.timeFrameText },
  { header: 'Hạn', width: 12, value: (t) => formatViDateOr(t.deadline, '') },
  { header: 'Sản phẩm', width: 36, value: (t) => t.product ?? '' },
  { header: 'Nguồn', width: 20, value: (t) => TASK_SOURCE_LABELS[t.source] },
  { header: 'Tiến độ (%)', width: 10, value: (t) => t.progress },
  { header: 'Ngày hoàn thành', width: 14, value: (t) => formatViDateOr(t.doneOn, '') },
  { header: 'Kết quả', width: 28, value: (t) => (t.cancellation ? 'Đã hủy' : TASK_OUTCOME_LABELS[t.outcome]) },
  { header: 'Lý do hủy', width: 48, value: cancellationText },
];

/** The paper trail of a cancelled task in one cell: when, why, and by which adjusting decision. */
function cancellationText(t: Task): string {
  const c = t.cancellation;
  if (!c) return '';
  const decision = c.decisionNo ? `; theo quyết định số ${c.decisionNo}${c.decisionDate ? ` ngày ${formatViDate(c.decisionDate)}` : ''}` : '';
  return `Hủy ngày ${formatViDate(c.on)}: ${c.reason}${decision}`;
}

/** A task table as printed in the appendices, with progress and outcome class. */
export function addTaskSheet(wb: ExcelJS.Workbook, name: string, tasks: readonly Task[]): ExcelJS.Worksheet {
  return addSheet(wb, name, TASK_COLUMNS, tasks);
}
