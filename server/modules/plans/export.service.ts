import ExcelJS from 'exceljs';
import type { Target } from '../../../contracts/plans';
import { PLAN_STATUS_LABELS, type PlanStatus } from '../../../domain/plans/plan-status';
import { formatViDate, type IsoDate } from '../../../domain/time/iso-date';
import { formatViDateOr } from '../../../domain/time/vietnam-date';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { addTable, workbookBuffer, type ExcelColumn } from '../../documents/excel';
import { DomainError } from '../../errors';
import { getPlan } from './plan.service';
import { planStats } from './stats.service';
import { listTargets } from './target.service';
import { listPlanTasks } from './task.service';
import { addStatsSheet, addTaskSheet } from './workbook-sheets';

const TARGET_COLUMNS: ExcelColumn<Target>[] = [
  { header: 'Mã', width: 16, value: (t) => t.code },
  { header: 'Chỉ tiêu', width: 70, value: (t) => t.text },
  { header: 'Thực tế', width: 12, value: (t) => t.evaluation.actual },
  { header: 'Đạt', width: 16, value: (t) => (t.evaluation.met === null ? 'Chưa có số liệu' : t.evaluation.met ? 'Đạt' : 'Chưa đạt') },
  { header: 'Giải thích', width: 80, value: (t) => t.evaluation.explanation },
];

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
  info.addRow(['Ngày trình', formatViDateOr(plan.submittedAt, '')]);
  info.addRow(['Ngày phê duyệt', formatViDateOr(plan.approvedAt, '')]);
  info.addRow(['Số liệu tính đến', formatViDate(asOf)]);
  info.addRow([]);
  addTable(info, TARGET_COLUMNS, targets);

  addTaskSheet(wb, 'Nhiệm vụ', tasks);

  addStatsSheet(wb, null, stats);

  return { name: `ke-hoach-cchc-${plan.year}-${plan.id}.xlsx`, bytes: await workbookBuffer(wb) };
}
