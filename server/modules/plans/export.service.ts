import ExcelJS from 'exceljs';
import { PLAN_STATUS_LABELS, type PlanStatus } from '../../../domain/plans/plan-status';
import type { IsoDate } from '../../../domain/time/iso-date';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { DomainError } from '../../errors';
import { getPlan } from './plan.service';
import { planStats } from './stats.service';
import { listTargets } from './target.service';
import { listPlanTasks } from './task.service';
import { addStatsSheet, addTaskSheet, viDate } from './workbook-sheets';

const d = viDate;

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

  addTaskSheet(wb, 'Nhiệm vụ', tasks);

  addStatsSheet(wb, null, stats);

  return { name: `ke-hoach-cchc-${plan.year}-${plan.id}.xlsx`, bytes: Buffer.from(await wb.xlsx.writeBuffer()) };
}
