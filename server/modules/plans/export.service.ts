import ExcelJS from 'exceljs';
import { reformAreaByKey } from '../../../domain/plans/reform-areas';
import { PLAN_STATUS_LABELS, type PlanStatus } from '../../../domain/plans/plan-status';
import { TASK_OUTCOME_LABELS } from '../../../domain/tasks/outcome';
import { TASK_SOURCE_LABELS } from '../../../domain/tasks/task';
import type { IsoDate } from '../../../domain/time/iso-date';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { DomainError } from '../../errors';
import { getPlan } from './plan.service';
import { planStats } from './stats.service';
import { listTargets } from './target.service';
import { listPlanTasks } from './task.service';

const d = (iso: string | null) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

/** The plan, its task table and its outcome statistics as an Excel workbook (what the actor may see). */
export async function exportPlan(db: Db, actor: Actor, planId: number, asOf: IsoDate): Promise<{ name: string; bytes: Buffer }> {
  const plan = await getPlan(db, actor, planId);
  const tasks = await listPlanTasks(db, actor, planId, asOf);
  const stats = await planStats(db, actor, planId, asOf);
  // A unit that sees the plan only through the tasks it leads does not see the plan's targets.
  const targets = await listTargets(db, actor, planId, asOf).catch((e: unknown) => {
    if (e instanceof DomainError && e.status === 403) return [];
    throw e;
  });
  const wb = new ExcelJS.Workbook();

  const info = wb.addWorksheet('Kế hoạch');
  info.addRow([plan.title]).font = { bold: true, size: 14 };
  info.addRow(['Đơn vị', plan.unitName]);
  info.addRow(['Năm', plan.year]);
  info.addRow(['Trạng thái', PLAN_STATUS_LABELS[plan.status as PlanStatus]]);
  info.addRow(['Ngày trình', d(plan.submittedAt)]);
  info.addRow(['Ngày phê duyệt', d(plan.approvedAt)]);
  info.addRow(['Số liệu tính đến', d(asOf)]);
  info.addRow([]);
  info.addRow(['Mã', 'Chỉ tiêu', 'Thực tế', 'Đạt', 'Giải thích']).font = { bold: true };
  for (const t of targets) info.addRow([t.code, t.text, t.evaluation.actual, t.evaluation.met === null ? 'Chưa có số liệu' : t.evaluation.met ? 'Đạt' : 'Chưa đạt', t.evaluation.explanation]);
  info.columns.forEach((c, i) => (c.width = [16, 70, 12, 16, 80][i]));

  const ws = wb.addWorksheet('Nhiệm vụ');
  ws.addRow(['STT', 'Nội dung', 'Lĩnh vực', 'Chủ trì', 'Phối hợp', 'Thời gian', 'Hạn', 'Sản phẩm', 'Nguồn', 'Tiến độ (%)', 'Ngày hoàn thành', 'Kết quả']).font = { bold: true };
  for (const t of tasks) {
    ws.addRow([t.no ?? '', t.content, reformAreaByKey(t.areaKey).shortVi, t.leadUnitName, t.coordinatingUnitNames.join('; '), t.timeFrameText, d(t.deadline), t.product ?? '', TASK_SOURCE_LABELS[t.source], t.progress, d(t.doneOn), TASK_OUTCOME_LABELS[t.outcome]]);
  }
  ws.columns.forEach((c, i) => (c.width = [6, 60, 20, 18, 30, 18, 12, 36, 20, 10, 14, 28][i]));

  const st = wb.addWorksheet('Thống kê');
  const header = ['Nhóm', 'Được giao', 'HT trong hạn', 'HT quá hạn', 'HT (không hạn)', 'Chưa HT, trong hạn', 'Chưa HT, quá hạn', 'Chưa HT (không hạn)'];
  const line = (label: string, s: typeof stats.total) => [label, s.assigned, s.doneOnTime, s.doneLate, s.doneNoDeadline, s.openWithin, s.openOverdue, s.openNoDeadline];
  st.addRow(header).font = { bold: true };
  st.addRow(line('Tổng cộng', stats.total)).font = { bold: true };
  for (const [title, groups] of [['Theo lĩnh vực', stats.byArea], ['Theo đơn vị chủ trì', stats.byUnit], ['Theo nguồn giao', stats.bySource]] as const) {
    st.addRow([]);
    st.addRow([title]).font = { italic: true };
    for (const g of groups) st.addRow(line(g.label, g.summary));
  }
  st.addRow([]);
  st.addRow(['Tiêu chí 8.1', stats.criterion8['8.1'].explanation]);
  st.addRow(['Tiêu chí 8.2', stats.criterion8['8.2'].explanation]);
  st.columns.forEach((c, i) => (c.width = i === 0 ? 32 : 16));

  return { name: `ke-hoach-cchc-${plan.year}-${plan.id}.xlsx`, bytes: Buffer.from(await wb.xlsx.writeBuffer()) };
}
