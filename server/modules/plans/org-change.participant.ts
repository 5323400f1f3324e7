import { and, eq, inArray } from 'drizzle-orm';
import { formatViDate } from '../../../domain/time/iso-date';
import { files, plans, planTasks, planTaskUpdates } from '../../db/schema/index';
import * as clock from '../../clock';
import { recordAudit } from '../audit/audit.service';
import type { OrgChangeParticipant, OrgChangeScope, TransferCandidate } from '../org-units/org-change-participant';

const short = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

// A task still to do on the change's date (or finished after it, by the successor, when the change is recorded late).
function isOpenOn(task: typeof planTasks.$inferSelect, on: string): boolean {
  return task.cancelledOn === null && (task.doneOn === null || task.doneOn >= on);
}

async function transferNote(scope: OrgChangeScope, taskId: number, text: string, fromUnitId: number): Promise<void> {
  await scope.tx.insert(planTaskUpdates).values({ taskId, kind: 'transfer', note: text, unitId: fromUnitId, userId: scope.actor.userId });
}

/**
 * Open tasks led by a unit that ends go to its successor (or where the administrator says), with a line in
 * the task's history and its evidence files; tasks done before the date stay with the unit of their day.
 * Where the ending unit only coordinates, the successor takes its place in the list.
 */
export const tasksParticipant: OrgChangeParticipant = {
  group: 'tasks',
  async collect(scope) {
    const ids = scope.sources.map((s) => s.unitId);
    const rows = await scope.tx.select({ task: planTasks, planTitle: plans.title }).from(planTasks).innerJoin(plans, eq(plans.id, planTasks.planId));
    const out: TransferCandidate[] = [];
    for (const { task, planTitle } of rows.sort((a, b) => a.task.id - b.task.id)) {
      if (!isOpenOn(task, scope.on)) continue;
      const source = scope.sources.find((s) => s.unitId === task.leadUnitId);
      if (source) out.push({ entityType: 'task', entityId: task.id, label: `${short(task.content)} — ${planTitle}`, fromUnitId: task.leadUnitId, defaultTo: source.defaultTo, status: 'moves', choosable: true });
      for (const c of task.coordinatingUnitIds.filter((id) => ids.includes(id))) {
        const s = scope.sources.find((x) => x.unitId === c)!;
        if (s.ends) out.push({ entityType: 'task-coordination', entityId: `${task.id}-${c}`, label: `Phối hợp: ${short(task.content)}`, fromUnitId: c, defaultTo: s.defaultTo, status: 'moves', choosable: true });
      }
    }
    return out;
  },
  async move(scope, items) {
    const when = `từ ngày ${formatViDate(scope.on)} theo ${scope.decisionNo}`;
    for (const item of items) {
      const to = item.toUnitId!;
      if (item.entityType === 'task') {
        const id = Number(item.entityId);
        await scope.tx.update(planTasks).set({ leadUnitId: to, updatedAt: clock.now() }).where(eq(planTasks.id, id));
        await transferNote(scope, id, `Chuyển đơn vị chủ trì từ «${scope.unitName(item.fromUnitId)}» sang «${scope.unitName(to)}» ${when}.`, item.fromUnitId);
        // The evidence already given goes with the task, so the new lead can read it.
        const updates = await scope.tx.select({ fileIds: planTaskUpdates.fileIds }).from(planTaskUpdates).where(eq(planTaskUpdates.taskId, id));
        const fileIds = updates.flatMap((u) => u.fileIds);
        if (fileIds.length) await scope.tx.update(files).set({ unitId: to }).where(and(inArray(files.id, fileIds), eq(files.unitId, item.fromUnitId)));
        await recordAudit(scope.tx, scope.actor, { action: 'task.transferred', entityType: 'plan_task', entityId: id, unitId: to, before: { leadUnitId: item.fromUnitId }, after: { leadUnitId: to, operationId: scope.operationId } });
      } else {
        const id = Number(String(item.entityId).split('-')[0]);
        const [task] = await scope.tx.select().from(planTasks).where(eq(planTasks.id, id));
        const coordinating = [...new Set(task.coordinatingUnitIds.map((c) => (c === item.fromUnitId ? to : c)))].filter((c) => c !== task.leadUnitId);
        await scope.tx.update(planTasks).set({ coordinatingUnitIds: coordinating, updatedAt: clock.now() }).where(eq(planTasks.id, id));
        await transferNote(scope, id, `«${scope.unitName(to)}» phối hợp thay «${scope.unitName(item.fromUnitId)}» ${when}.`, item.fromUnitId);
      }
    }
    return items.map(() => ({ status: 'moves' as const }));
  },
};

/**
 * Plans of the years after the change go to the successor; the plan of the change's year and earlier stay
 * with the unit of their day (their open tasks move on their own). A successor that already has a plan for
 * that year keeps it, and the old one stays where it is, flagged for the Office to reconcile.
 */
export const plansParticipant: OrgChangeParticipant = {
  group: 'plans',
  async collect(scope) {
    const year = Number(scope.on.slice(0, 4));
    const rows = await scope.tx.select().from(plans).where(inArray(plans.unitId, scope.sources.map((s) => s.unitId)));
    return rows
      .sort((a, b) => a.year - b.year || a.id - b.id)
      .map((p): TransferCandidate => {
        const source = scope.sources.find((s) => s.unitId === p.unitId)!;
        return p.year > year
          ? { entityType: 'plan', entityId: p.id, label: p.title, fromUnitId: p.unitId, defaultTo: source.defaultTo, status: 'moves', choosable: true }
          : {
              entityType: 'plan',
              entityId: p.id,
              label: p.title,
              fromUnitId: p.unitId,
              defaultTo: p.unitId,
              status: 'stays',
              reason: `Kế hoạch năm ${p.year} giữ đơn vị của nó (lịch sử); nhiệm vụ chưa hoàn thành được chuyển riêng.`,
              choosable: false,
            };
      });
  },
  async move(scope, items) {
    const out = [];
    for (const item of items) {
      const id = Number(item.entityId);
      const [plan] = await scope.tx.select().from(plans).where(eq(plans.id, id));
      const [taken] = await scope.tx.select({ id: plans.id }).from(plans).where(and(eq(plans.unitId, item.toUnitId!), eq(plans.year, plan.year)));
      if (taken) {
        out.push({ status: 'conflict' as const, reason: `«${scope.unitName(item.toUnitId!)}» đã có kế hoạch năm ${plan.year}; kế hoạch này giữ nguyên để Văn phòng gộp nội dung.` });
        continue;
      }
      await scope.tx.update(plans).set({ unitId: item.toUnitId!, updatedAt: clock.now() }).where(eq(plans.id, id));
      await recordAudit(scope.tx, scope.actor, { action: 'plan.transferred', entityType: 'plan', entityId: id, unitId: item.toUnitId, before: { unitId: item.fromUnitId }, after: { unitId: item.toUnitId, operationId: scope.operationId } });
      out.push({ status: 'moves' as const });
    }
    return out;
  },
};
