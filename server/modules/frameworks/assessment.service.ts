// The self-assessment: the Office opens it, responsible divisions enter inputs with evidence, the Office submits.
import type { AddEvidenceRequest, AssessmentDetail, AssessmentSummary, OpenAssessmentRequest, SaveCriterionRequest } from '../../../contracts/frameworks';
import { findCriterion, listLeaves, scoreCriterion, type Criterion, type InputValue } from '../../../domain/rules/index';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { conflict, DomainError, forbidden, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { fileForRead } from '../files/file.service';
import { assertCanRead, canFillCriterion, canReadAssessment, loadUnit, type AccessContext } from './assessment-access';
import { effectiveInputs, measureLeaf } from './assessment-scoring';
import { buildAssessmentDetail, criterionEditable, toAssessmentSummary } from './assessment-view';
import { frameworkRepository, type AssessmentCriterionRow } from './framework.repository';
import { frameworkOf, loadFramework, loadFrameworkForYear } from './framework.service';
import * as clock from '../../clock';

/** Loads an assessment with the actor's context; 403 for anyone who may not read it (absent or not). */
export async function assessmentContext(exec: Executor, actor: Actor, id: number, forUpdate = false): Promise<AccessContext> {
  authorize(actor, 'assessment:read');
  const assessment = await frameworkRepository.findAssessment(exec, id, forUpdate);
  if (!assessment) throw actor.scopePath === '/' ? notFound(`đợt đánh giá số ${id}`) : forbidden();
  const unit = (await loadUnit(exec, assessment.unitId))!;
  const actorUnit = (await loadUnit(exec, actor.unitId))!;
  const ctx = { actor, assessment, unit, actorUnit };
  assertCanRead(ctx);
  return ctx;
}

export async function appendEvent(exec: Executor, ctx: AccessContext, kind: string, code: string | null, data: unknown): Promise<void> {
  await frameworkRepository.appendEvent(exec, {
    assessmentId: ctx.assessment.id,
    code,
    kind,
    actorId: ctx.actor.userId,
    actorName: ctx.actor.fullName,
    data: data as object,
  });
}

/** Opens an assessment of a framework version for a unit and year, with every leaf's measured inputs filled. */
export async function openAssessment(db: Db, actor: Actor, input: OpenAssessmentRequest): Promise<AssessmentDetail> {
  authorize(actor, 'assessment:open');
  return db.transaction(async (tx) => {
    const unit = await loadUnit(tx, input.unitId);
    if (!unit) throw new DomainError('UNIT_NOT_FOUND', `Đơn vị mã số ${input.unitId} không tồn tại; chọn đơn vị khác.`, 400, { field: 'unitId' });
    authorize(actor, 'assessment:open', unit);
    // Without a version, the set in force for the assessed year (its decision's period) scores it.
    const fw =
      input.version === undefined
        ? await loadFrameworkForYear(tx, input.frameworkCode, input.year)
        : await loadFramework(tx, input.frameworkCode, input.version);
    if (await frameworkRepository.findAssessmentFor(tx, unit.id, fw.id, input.year)) {
      throw conflict('ASSESSMENT_EXISTS', `${unit.name} đã có đợt đánh giá năm ${input.year} theo ${fw.code} phiên bản ${fw.version}; mở đợt đó để tiếp tục.`);
    }
    const framework = frameworkOf(fw);
    const assessment = await frameworkRepository.insertAssessment(tx, {
      frameworkVersionId: fw.id,
      unitId: unit.id,
      year: input.year,
      status: 'draft',
      openedBy: actor.userId,
    });
    const today = clock.today();
    const leaves = listLeaves(framework);
    const rows = [];
    for (const leaf of leaves)
      rows.push({ assessmentId: assessment.id, code: leaf.code, inputs: {}, measured: await measureLeaf(tx, framework, leaf.code, unit, input.year, today) });
    await frameworkRepository.insertCriteria(tx, rows);
    const ctx: AccessContext = { actor, assessment, unit, actorUnit: (await loadUnit(tx, actor.unitId))! };
    await appendEvent(tx, ctx, 'opened', null, { framework: `${fw.code}@${fw.version}`, year: input.year });
    await recordAudit(tx, actor, {
      action: 'assessment.opened',
      entityType: 'assessment',
      entityId: assessment.id,
      unitId: unit.id,
      after: { framework: `${fw.code}@${fw.version}`, year: input.year },
    });
    return buildAssessmentDetail(tx, ctx);
  });
}

/** Assessments the actor may read, filtered; scored so the list shows totals. */
export async function listAssessments(db: Db, actor: Actor, filter: { year?: number; unitId?: number; status?: string }): Promise<AssessmentSummary[]> {
  authorize(actor, 'assessment:read');
  const actorUnit = (await loadUnit(db, actor.unitId))!;
  const out: AssessmentSummary[] = [];
  for (const r of await frameworkRepository.listAssessments(db, filter)) {
    const unit = { id: r.assessment.unitId, path: r.unitPath, code: '', type: '', parentId: null, name: r.unitName };
    if (!canReadAssessment({ actor, assessment: r.assessment, unit, actorUnit })) continue;
    const rows = await frameworkRepository.criteria(db, r.assessment.id);
    const { score: _score, ...summary } = toAssessmentSummary(r.assessment, r.framework, r.unitName, frameworkOf(r.framework), rows);
    out.push(summary);
  }
  return out;
}

export async function getAssessment(db: Db, actor: Actor, id: number): Promise<AssessmentDetail> {
  const ctx = await assessmentContext(db, actor, id);
  return buildAssessmentDetail(db, ctx);
}

/** A leaf criterion of the assessment the actor may edit now, with its stored row. */
async function editableLeaf(
  tx: Executor,
  ctx: AccessContext,
  code: string,
): Promise<{ node: Criterion; row: AssessmentCriterionRow; framework: ReturnType<typeof frameworkOf> }> {
  authorize(ctx.actor, 'assessment:fill');
  const framework = frameworkOf((await frameworkRepository.findVersionById(tx, ctx.assessment.frameworkVersionId))!);
  const node = findCriterion(framework, code);
  const row = (await frameworkRepository.criteria(tx, ctx.assessment.id)).find((r) => r.code === code);
  if (!node || !row) throw notFound(`tiêu chí ${code} trong bộ chỉ số của đợt đánh giá này (chỉ tiêu chí thành phần có quy tắc chấm mới nhập số liệu)`);
  if (!canFillCriterion(ctx, node.responsibleUnits)) throw forbidden();
  if (!criterionEditable(ctx, row, node.responsibleUnits)) {
    throw conflict(
      'CRITERION_LOCKED',
      `Tiêu chí ${code} không sửa được lúc này: đợt đánh giá đã nộp thẩm định${ctx.assessment.status === 'published' ? ' và đã công bố' : ''}; chỉ sửa khi hội đồng yêu cầu bổ sung.`,
    );
  }
  return { node, row, framework };
}

function checkInputs(node: Criterion, inputs: Record<string, InputValue>): Record<string, InputValue> {
  const out: Record<string, InputValue> = {};
  for (const [key, value] of Object.entries(inputs)) {
    const def = (node.inputs ?? []).find((i) => i.key === key);
    if (!def)
      throw new DomainError(
        'UNKNOWN_INPUT',
        `Tiêu chí ${node.code} không có số liệu "${key}"; các số liệu: ${(node.inputs ?? []).map((i) => i.key).join(', ')}.`,
        400,
        { field: key },
      );
    if (value === null || value === '') continue;
    const bad = (msg: string) => new DomainError('INPUT_INVALID', `Tiêu chí ${node.code}, "${def.label}": ${msg}`, 400, { field: key });
    if ((def.type === 'number' || def.type === 'ratio') && (typeof value !== 'number' || !Number.isFinite(value) || value < 0))
      throw bad('nhập một số không âm.');
    if (def.type === 'ratio' && typeof value === 'number' && value > 1) throw bad('tỉ lệ nhập dạng phân số từ 0 đến 1 (ví dụ 0,95 cho 95%).');
    if (def.type === 'boolean' && typeof value !== 'boolean') throw bad('chọn Có hoặc Không.');
    if (def.type === 'level' && !(def.levels ?? []).some((l) => l.key === value))
      throw bad(`chọn một trong các mức: ${(def.levels ?? []).map((l) => l.label).join('; ')}.`);
    if (def.type === 'date' && (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))) throw bad('nhập ngày dạng YYYY-MM-DD.');
    out[key] = value;
  }
  return out;
}

/** Saves a criterion's typed inputs and explanation; the self score is recomputed and kept in the history. */
export async function saveCriterion(db: Db, actor: Actor, id: number, code: string, input: SaveCriterionRequest): Promise<AssessmentDetail> {
  authorize(actor, 'assessment:fill');
  return db.transaction(async (tx) => {
    const ctx = await assessmentContext(tx, actor, id, true);
    const { node, row } = await editableLeaf(tx, ctx, code);
    const inputs = checkInputs(node, input.inputs);
    const explanation = input.explanation === undefined ? row.explanation : input.explanation?.trim() || null;
    const next = { ...row, inputs, explanation };
    const score = scoreCriterion(node, effectiveInputs([next])[code] ?? {});
    const reviewState = row.reviewState === 'evidence-requested' ? 'answered' : row.reviewState;
    await frameworkRepository.updateCriterion(tx, id, code, {
      inputs,
      explanation,
      selfScore: score.exactScore,
      selfExplanation: score.explanation,
      reviewState,
      updatedBy: actor.userId,
    });
    const change = { inputs, explanation, selfScore: score.score, explanationOfScore: score.explanation };
    await appendEvent(tx, ctx, reviewState === 'answered' && row.reviewState !== 'answered' ? 'evidence-answered' : 'self-scored', code, {
      before: { inputs: row.inputs, selfScore: row.selfScore, explanation: row.explanation },
      after: change,
    });
    await recordAudit(tx, actor, {
      action: 'assessment.criterion-saved',
      entityType: 'assessment',
      entityId: `${id}/${code}`,
      unitId: ctx.unit.id,
      before: { inputs: row.inputs, explanation: row.explanation, selfScore: row.selfScore },
      after: change,
    });
    return buildAssessmentDetail(tx, { ...ctx, assessment: (await frameworkRepository.findAssessment(tx, id))! });
  });
}

/** Measures a criterion's metric-bound inputs again from the product's live data. */
export async function refreshCriterion(db: Db, actor: Actor, id: number, code: string): Promise<AssessmentDetail> {
  authorize(actor, 'assessment:fill');
  return db.transaction(async (tx) => {
    const ctx = await assessmentContext(tx, actor, id, true);
    const { row, framework } = await editableLeaf(tx, ctx, code);
    const measured = await measureLeaf(tx, framework, code, ctx.unit, ctx.assessment.year);
    await frameworkRepository.updateCriterion(tx, id, code, { measured, updatedBy: actor.userId });
    await appendEvent(tx, ctx, 'measured', code, { before: row.measured, after: measured });
    await recordAudit(tx, actor, {
      action: 'assessment.criterion-measured',
      entityType: 'assessment',
      entityId: `${id}/${code}`,
      unitId: ctx.unit.id,
      before: row.measured,
      after: measured,
    });
    return buildAssessmentDetail(tx, ctx);
  });
}

/** Links an uploaded file (which the actor may read) to a criterion as evidence. */
export async function addEvidence(db: Db, actor: Actor, id: number, code: string, input: AddEvidenceRequest): Promise<AssessmentDetail> {
  authorize(actor, 'assessment:fill');
  return db.transaction(async (tx) => {
    const ctx = await assessmentContext(tx, actor, id, true);
    await editableLeaf(tx, ctx, code);
    const file = await fileForRead(tx, actor, input.fileId);
    const row = await frameworkRepository.insertEvidence(tx, { assessmentId: id, code, fileId: file.id, note: input.note ?? null, addedBy: actor.userId });
    await appendEvent(tx, ctx, 'evidence-added', code, { file: file.name, note: input.note ?? null });
    await recordAudit(tx, actor, {
      action: 'assessment.evidence-added',
      entityType: 'assessment',
      entityId: `${id}/${code}`,
      unitId: ctx.unit.id,
      after: { evidenceId: row.id, fileId: file.id, name: file.name },
    });
    return buildAssessmentDetail(tx, ctx);
  });
}

/** Submits the self-assessment for appraisal: every criterion with typed figures must carry evidence or an explanation. */
export async function submitAssessment(db: Db, actor: Actor, id: number): Promise<AssessmentDetail> {
  authorize(actor, 'assessment:submit');
  return db.transaction(async (tx) => {
    const ctx = await assessmentContext(tx, actor, id, true);
    authorize(actor, 'assessment:submit', ctx.unit);
    if (ctx.assessment.status !== 'draft') throw conflict('ASSESSMENT_NOT_DRAFT', 'Đợt đánh giá đã nộp thẩm định; không nộp lại được.');
    const rows = await frameworkRepository.criteria(tx, id);
    const evidence = await frameworkRepository.evidence(tx, id);
    const unsupported = rows
      .filter((r) => Object.keys(r.inputs as object).length > 0 && !r.explanation && !evidence.some((e) => e.code === r.code))
      .map((r) => r.code);
    if (unsupported.length) {
      throw new DomainError(
        'EVIDENCE_MISSING',
        `Tiêu chí ${unsupported.join(', ')} đã nhập số liệu nhưng chưa có tài liệu kiểm chứng hoặc giải trình; bổ sung rồi nộp lại.`,
        400,
        { codes: unsupported },
      );
    }
    await frameworkRepository.updateAssessment(tx, id, { status: 'submitted', submittedAt: clock.now() });
    await appendEvent(tx, ctx, 'submitted', null, {});
    await recordAudit(tx, actor, {
      action: 'assessment.submitted',
      entityType: 'assessment',
      entityId: id,
      unitId: ctx.unit.id,
      before: { status: 'draft' },
      after: { status: 'submitted' },
    });
    return buildAssessmentDetail(tx, { ...ctx, assessment: (await frameworkRepository.findAssessment(tx, id))! });
  });
}
