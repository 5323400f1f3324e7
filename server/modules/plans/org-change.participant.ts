import { formatViDate } from '../../../domain/time/iso-date';
import type { OrgChangeParticipant, OrgChangeScope, TransferCandidate } from '../org-units/org-change-participant';
import { auditTransfer } from '../org-units/transfer-audit';
import { planRepository, type TaskRow } from './plan.repository';

const short = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);

// A task still to do on the change's date (or finished after it, by the successor, when the change is recorded late).
function isOpenOn(task: TaskRow, on: string): boolean {
  return task.cancelledOn === null && (task.doneOn === null || task.doneOn >= on);
}

async function transferNote(scope: OrgChangeScope, taskId: number, text: string, fromUnitId: number): Promise<void> {
  await planRepository.insertUpdate(scope.tx, { taskId, kind: 'transfer', note: text, unitId: fromUnitId, userId: scope.actor.userId });
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
    const rows = await planRepository.tasksWithPlanTitle(scope.tx);
    const out: TransferCandidate[] = [];
    for (const { task, planTitle } of rows.sort((a, b) => a.task.id - b.task.id)) {
      if (!isOpenOn(task, scope.on)) continue;
      const source = scope.sources.find((s) => s.unitId === task.leadUnitId);
      if (source)
        out.push({
          entityType: 'task',
          entityId: task.id,
          label: `${short(task.content)} — ${planTitle}`,
          fromUnitId: task.leadUnitId,
          defaultTo: source.defaultTo,
          status: 'moves',
          choosable: true,
        });
      for (const c of task.coordinatingUnitIds.filter((id) => ids.includes(id))) {
        const s = scope.sources.find((x) => x.unitId === c)!;
        if (s.ends)
          out.push({
            entityType: 'task-coordination',
            entityId: `${task.id}-${c}`,
            label: `Phối hợp: ${short(task.content)}`,
            fromUnitId: c,
            defaultTo: s.defaultTo,
            status: 'moves',
            choosable: true,
          });
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
        await planRepository.updateTask(scope.tx, id, { leadUnitId: to });
        await transferNote(scope, id, `Chuyển đơn vị chủ trì từ «${scope.unitName(item.fromUnitId)}» sang «${scope.unitName(to)}» ${when}.`, item.fromUnitId);
        // The evidence already given goes with the task, so the new lead can read it.
        await planRepository.moveFiles(scope.tx, await planRepository.evidenceFileIds(scope.tx, id), item.fromUnitId, to);
        await auditTransfer(scope, { action: 'task.transferred', entityType: 'plan_task', entityId: id, from: item.fromUnitId, to, field: 'leadUnitId' });
      } else {
        const id = Number(String(item.entityId).split('-')[0]);
        const task = (await planRepository.findTask(scope.tx, id))!;
        const coordinating = [...new Set(task.coordinatingUnitIds.map((c) => (c === item.fromUnitId ? to : c)))].filter((c) => c !== task.leadUnitId);
        await planRepository.updateTask(scope.tx, id, { coordinatingUnitIds: coordinating });
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
    const rows = await planRepository.plansOfUnits(
      scope.tx,
      scope.sources.map((s) => s.unitId),
    );
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
      const plan = (await planRepository.findPlan(scope.tx, id))!;
      const taken = await planRepository.findPlanByUnitYear(scope.tx, item.toUnitId!, plan.year);
      if (taken) {
        out.push({
          status: 'conflict' as const,
          reason: `«${scope.unitName(item.toUnitId!)}» đã có kế hoạch năm ${plan.year}; kế hoạch này giữ nguyên để Văn phòng gộp nội dung.`,
        });
        continue;
      }
      await planRepository.updatePlan(scope.tx, id, { unitId: item.toUnitId! });
      await auditTransfer(scope, { action: 'plan.transferred', entityType: 'plan', entityId: id, from: item.fromUnitId, to: item.toUnitId! });
      out.push({ status: 'moves' as const });
    }
    return out;
  },
};
