// Appraisal: the council sets an appraised score per criterion with a comment, or asks for more evidence;
// the unit answers (saveCriterion); the council publishes. Self and appraised scores are both kept.
import { randomUUID } from 'node:crypto';
import type { AppraiseRequest, AssessmentDetail, EvidenceRequestRequest } from '../../../contracts/frameworks';
import { findCriterion, formatViPoints, listLeaves } from '../../../domain/rules/index';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { conflict, DomainError, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { notify } from '../notifications/notification.service';
import type { AccessContext } from './assessment-access';
import { scoreAssessment } from './assessment-scoring';
import { buildAssessmentDetail } from './assessment-view';
import { appendEvent, assessmentContext } from './assessment.service';
import { frameworkRepository } from './framework.repository';
import { frameworkOf } from './framework.service';
import * as clock from '../../clock';

async function submittedContext(tx: Executor, actor: Actor, id: number, action: string): Promise<AccessContext> {
  authorize(actor, action);
  const ctx = await assessmentContext(tx, actor, id, true);
  authorize(actor, action, ctx.unit);
  if (ctx.assessment.status !== 'submitted') {
    throw conflict(
      'ASSESSMENT_NOT_SUBMITTED',
      ctx.assessment.status === 'draft' ? 'Đợt đánh giá chưa nộp thẩm định; chờ đơn vị nộp.' : 'Kết quả đã công bố; không thay đổi được nữa.',
    );
  }
  return ctx;
}

async function leafOf(tx: Executor, ctx: AccessContext, code: string) {
  const framework = frameworkOf((await frameworkRepository.findVersionById(tx, ctx.assessment.frameworkVersionId))!);
  const node = findCriterion(framework, code);
  const row = (await frameworkRepository.criteria(tx, ctx.assessment.id)).find((r) => r.code === code);
  if (!node || !row) throw notFound(`tiêu chí ${code} trong bộ chỉ số của đợt đánh giá (chỉ chấm tiêu chí thành phần)`);
  return { node, row };
}

/** Sets the appraised score of one criterion, with the council's comment. */
export async function appraiseCriterion(db: Db, actor: Actor, id: number, code: string, input: AppraiseRequest): Promise<AssessmentDetail> {
  return db.transaction(async (tx) => {
    const ctx = await submittedContext(tx, actor, id, 'assessment:appraise');
    const { node, row } = await leafOf(tx, ctx, code);
    if (input.score > node.maxPoints) {
      throw new DomainError(
        'SCORE_ABOVE_MAX',
        `Điểm thẩm định tiêu chí ${code} (${formatViPoints(input.score)}) vượt điểm tối đa ${formatViPoints(node.maxPoints)}; nhập từ 0 đến ${formatViPoints(node.maxPoints)}.`,
        400,
        { field: 'score' },
      );
    }
    await frameworkRepository.updateCriterion(tx, id, code, {
      appraisedScore: input.score,
      appraisalComment: input.comment,
      reviewState: 'open',
      updatedBy: actor.userId,
    });
    const before = { appraisedScore: row.appraisedScore, comment: row.appraisalComment };
    const after = { appraisedScore: input.score, comment: input.comment, selfScore: row.selfScore };
    await appendEvent(tx, ctx, 'appraised', code, { before, after });
    await recordAudit(tx, actor, { action: 'assessment.appraised', entityType: 'assessment', entityId: `${id}/${code}`, unitId: ctx.unit.id, before, after });
    return buildAssessmentDetail(tx, ctx);
  });
}

/** Asks the unit for more evidence on a criterion; it becomes editable for its responsible division again. */
export async function requestEvidence(db: Db, actor: Actor, id: number, code: string, input: EvidenceRequestRequest): Promise<AssessmentDetail> {
  return db.transaction(async (tx) => {
    const ctx = await submittedContext(tx, actor, id, 'assessment:appraise');
    const { node, row } = await leafOf(tx, ctx, code);
    await frameworkRepository.updateCriterion(tx, id, code, { reviewState: 'evidence-requested', appraisalComment: input.comment, updatedBy: actor.userId });
    await appendEvent(tx, ctx, 'evidence-requested', code, { comment: input.comment });
    await recordAudit(tx, actor, {
      action: 'assessment.evidence-requested',
      entityType: 'assessment',
      entityId: `${id}/${code}`,
      unitId: ctx.unit.id,
      before: { reviewState: row.reviewState },
      after: { reviewState: 'evidence-requested', comment: input.comment },
    });
    await notify(tx, {
      unitId: ctx.unit.id,
      kind: 'assessment.evidence-requested',
      title: `Hội đồng thẩm định yêu cầu bổ sung tài liệu tiêu chí ${code}`,
      body: `${node.title}: ${input.comment}`,
      link: `/bo-chi-so/danh-gia/${id}`,
      dedupeKey: `assessment-${id}-${code}-evidence-${randomUUID()}`,
    });
    return buildAssessmentDetail(tx, ctx);
  });
}

/** Publishes the appraised result; a criterion the council did not change keeps its self score, said in the history. */
export async function publishAssessment(db: Db, actor: Actor, id: number): Promise<AssessmentDetail> {
  return db.transaction(async (tx) => {
    const ctx = await submittedContext(tx, actor, id, 'assessment:publish');
    const rows = await frameworkRepository.criteria(tx, id);
    const waiting = rows.filter((r) => r.reviewState === 'evidence-requested' || r.reviewState === 'answered').map((r) => r.code);
    if (waiting.length) {
      throw conflict(
        'APPRAISAL_OPEN',
        `Tiêu chí ${waiting.join(', ')} đang chờ bổ sung hoặc chờ hội đồng chấm lại sau khi đơn vị bổ sung; chấm xong rồi công bố.`,
      );
    }
    const framework = frameworkOf((await frameworkRepository.findVersionById(tx, ctx.assessment.frameworkVersionId))!);
    const self = scoreAssessment(framework, rows);
    const kept: string[] = [];
    for (const leaf of listLeaves(framework)) {
      const row = rows.find((r) => r.code === leaf.code);
      if (!row || row.appraisedScore !== null) continue;
      const line = self.criteria.find((c) => c.code === leaf.code)!;
      await frameworkRepository.updateCriterion(tx, id, leaf.code, { appraisedScore: line.exactScore, appraisalComment: 'Giữ nguyên điểm tự đánh giá.' });
      kept.push(leaf.code);
    }
    await frameworkRepository.updateAssessment(tx, id, { status: 'published', publishedAt: clock.now() });
    await appendEvent(tx, ctx, 'published', null, { keptSelfScore: kept });
    await recordAudit(tx, actor, {
      action: 'assessment.published',
      entityType: 'assessment',
      entityId: id,
      unitId: ctx.unit.id,
      before: { status: 'submitted' },
      after: { status: 'published', keptSelfScore: kept },
    });
    await notify(tx, {
      unitId: ctx.unit.id,
      kind: 'assessment.published',
      title: `Đã công bố kết quả thẩm định chỉ số CCHC năm ${ctx.assessment.year}`,
      body: ctx.unit.name,
      link: `/bo-chi-so/danh-gia/${id}`,
      dedupeKey: `assessment-${id}-published`,
    });
    return buildAssessmentDetail(tx, { ...ctx, assessment: (await frameworkRepository.findAssessment(tx, id))! });
  });
}
