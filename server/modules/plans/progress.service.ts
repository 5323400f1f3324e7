import ExcelJS from 'exceljs';
import type { DepartmentProgress, PlanStatusSchema } from '../../../contracts/plans';
import { summarizeOutcomes } from '../../../domain/tasks/outcome';
import { formatViDate, type IsoDate } from '../../../domain/time/iso-date';
import type { z } from 'zod';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { workbookBuffer } from '../../documents/excel';
import { canSeeTask, loadUnits } from './access';
import { planRepository } from './plan.repository';
import { placesOf, statsOf } from './stats.service';
import type { Structure } from './task-placement';
import { myTasks } from './task.service';
import { addStatsSheet, addTaskSheet } from './workbook-sheets';

/**
 * The department-wide progress of a year: the tasks of every plan of that year the actor may see
 * (the department's plan and its sub-units' plans), per area, lead unit, source and plan.
 */
export async function departmentProgress(db: Db, actor: Actor, year: number, asOf: IsoDate, structure: Structure = 'own-day'): Promise<DepartmentProgress> {
  authorize(actor, 'plan:read');
  const units = await loadUnits(db);
  const plans = new Map((await planRepository.listPlans(db, { year })).map((p) => [p.id, p]));
  const tasks = (await planRepository.listTasks(db, [...plans.keys()])).filter((t) => canSeeTask(actor, units, plans.get(t.planId)!, t));
  const byPlan = [...plans.values()]
    .map((p) => ({ plan: p, tasks: tasks.filter((t) => t.planId === p.id) }))
    .filter((g) => g.tasks.length)
    // The department's own plan first (shortest path), then sub-units by name.
    .sort(
      (a, b) =>
        (units.get(a.plan.unitId)?.path.length ?? 0) - (units.get(b.plan.unitId)?.path.length ?? 0) ||
        (units.get(a.plan.unitId)?.name ?? '').localeCompare(units.get(b.plan.unitId)?.name ?? '', 'vi'),
    )
    .map(({ plan, tasks: own }) => ({
      key: String(plan.id),
      label: units.get(plan.unitId)?.shortName ?? units.get(plan.unitId)?.name ?? `#${plan.unitId}`,
      status: plan.status as z.infer<typeof PlanStatusSchema>,
      summary: summarizeOutcomes(own, asOf),
    }));
  return { ...statsOf(tasks, asOf, await placesOf(db, [...plans.values()], tasks, structure), structure), year, byPlan };
}

/** The department-wide statistics as an Excel workbook. */
export async function exportDepartmentProgress(
  db: Db,
  actor: Actor,
  year: number,
  asOf: IsoDate,
  structure: Structure = 'own-day',
): Promise<{ name: string; bytes: Buffer }> {
  const progress = await departmentProgress(db, actor, year, asOf, structure);
  const wb = new ExcelJS.Workbook();
  const st = addStatsSheet(wb, `Tiến độ thực hiện nhiệm vụ CCHC năm ${year} (tính đến ${formatViDate(asOf)})`, progress, [
    ['Theo kế hoạch của đơn vị', progress.byPlan],
  ]);
  st.name = 'Thống kê toàn ngành';
  return { name: `tien-do-cchc-${year}-${asOf}.xlsx`, bytes: await workbookBuffer(wb) };
}

/** "My unit's tasks" as an Excel workbook: overdue, due soon, and every task the unit leads or joins. */
export async function exportMyTasks(db: Db, actor: Actor, asOf: IsoDate, days: number): Promise<{ name: string; bytes: Buffer }> {
  const mine = await myTasks(db, actor, asOf, days);
  const wb = new ExcelJS.Workbook();
  addTaskSheet(wb, 'Quá hạn', mine.overdue);
  addTaskSheet(wb, `Sắp đến hạn (${days} ngày)`, mine.dueSoon);
  addTaskSheet(wb, 'Tất cả', mine.all);
  return { name: `nhiem-vu-cua-don-vi-${asOf}.xlsx`, bytes: await workbookBuffer(wb) };
}
