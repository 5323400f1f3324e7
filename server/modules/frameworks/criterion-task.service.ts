// "One click turns a lost criterion into a task in the current plan": the task goes to the assessed unit's
// plan of the current year (or, before that is written, its latest plan) through the plans feature's createTask (its permission and state checks apply).
import type { CreateCriterionTaskRequest, CriterionTaskReply } from '../../../contracts/frameworks';
import { findCriterion, listLostPoints, type Framework } from '../../../domain/rules/index';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { DomainError, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { planRepository } from '../plans/plan.repository';
import { createTask } from '../plans/task.service';
import type { UnitRef } from './assessment-access';
import { effectiveInputs } from './assessment-scoring';
import { appendEvent, assessmentContext } from './assessment.service';
import { frameworkRepository } from './framework.repository';
import { frameworkOf } from './framework.service';
import * as clock from '../../clock';
import { regroupTarget } from '../../../domain/org-units';
import { loadTimeline } from '../org-units/org-timeline.service';

/** Framework areas → the plans' reform areas (area 8, tasks assigned by the city, is direction work). */
const AREA_TO_REFORM: Record<string, string> = {
  '1': 'direction',
  '2': 'institutions',
  '3': 'procedures',
  '4': 'organization',
  '5': 'civil-service',
  '6': 'public-finance',
  '7': 'digital-government',
  '8': 'direction',
};

/**
 * The unit that leads the task: the first named division responsible for the criterion, else the Office. A
 * framework names divisions by their codes of its year: a division merged or renamed since is followed to the
 * unit that carries it on today (the Office 'VP' to Tổ chức - Hành chính after 01/03/2025).
 */
async function leadUnitFor(exec: Executor, assessed: UnitRef, responsible: readonly string[]): Promise<number> {
  const timeline = await loadTimeline(exec);
  const today = clock.today();
  for (const code of [...responsible, 'VP']) {
    const id = await frameworkRepository.childUnitId(exec, assessed.id, code);
    if (id !== undefined) return regroupTarget(timeline, id, today);
  }
  return assessed.id;
}

/** The unit's plan of the current year; before it is written (January), its most recent plan. */
async function currentPlan(exec: Executor, unitId: number) {
  const year = clock.currentYear();
  const own = await planRepository.findPlanByUnitYear(exec, unitId, year);
  if (own) return own;
  const plans = (await planRepository.listPlans(exec, {})).filter((p) => p.unitId === unitId && p.year <= year);
  return plans.sort((a, b) => b.year - a.year)[0] ?? null;
}

export async function createCriterionTask(db: Db, actor: Actor, id: number, code: string, input: CreateCriterionTaskRequest): Promise<CriterionTaskReply> {
  authorize(actor, 'assessment:create-task');
  return db.transaction(async (tx) => {
    const ctx = await assessmentContext(tx, actor, id, true);
    authorize(actor, 'assessment:create-task', ctx.unit);
    const framework: Framework = frameworkOf((await frameworkRepository.findVersionById(tx, ctx.assessment.frameworkVersionId))!);
    const node = findCriterion(framework, code);
    if (!node || node.children?.length) throw notFound(`tiêu chí thành phần ${code} trong bộ chỉ số của đợt đánh giá`);
    const plan = await currentPlan(tx, ctx.unit.id);
    if (!plan)
      throw new DomainError('NO_CURRENT_PLAN', `${ctx.unit.name} chưa có Kế hoạch CCHC nào; lập kế hoạch năm ${clock.currentYear()} rồi tạo nhiệm vụ.`, 409);
    const rows = await frameworkRepository.criteria(tx, id);
    const lost = listLostPoints(framework, effectiveInputs(rows)).find((l) => l.code === code);
    const how = lost ? lost.improvement.text : 'giữ điểm tối đa';
    const task = await createTask(tx, actor, {
      planId: plan.id,
      content: input.content ?? `Nâng điểm tiêu chí ${code} "${node.title}" (đánh giá năm ${ctx.assessment.year}): ${how}`,
      areaKey: AREA_TO_REFORM[code.split('.')[0]!] as 'direction',
      leadUnitId: input.leadUnitId ?? (await leadUnitFor(tx, ctx.unit, node.responsibleUnits)),
      coordinatingUnitIds: [],
      timeFrame: input.timeFrame ?? 'Cả năm',
      product: `Tiêu chí ${code} đạt ${node.maxPoints} điểm`,
      source: 'self',
      priority: 'high',
    });
    await appendEvent(tx, ctx, 'task-created', code, { taskId: task.id, planId: plan.id });
    await recordAudit(tx, actor, {
      action: 'assessment.task-created',
      entityType: 'assessment',
      entityId: `${id}/${code}`,
      unitId: ctx.unit.id,
      after: { taskId: task.id, planId: plan.id },
    });
    return { taskId: task.id, planId: plan.id, content: task.content };
  });
}

/** Tasks already created from an assessment's criteria (code → task id), from its history. */
export async function criterionTasks(exec: Executor, assessmentId: number): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const e of await frameworkRepository.events(exec, assessmentId)) {
    if (e.kind === 'task-created' && e.code) out.set(e.code, (e.data as { taskId: number }).taskId);
  }
  return out;
}
