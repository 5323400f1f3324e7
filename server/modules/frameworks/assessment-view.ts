// Builds the public shapes of an assessment from its rows (no permission checks here: callers made them).
import type { AssessmentDetail, AssessmentSummary } from '../../../contracts/frameworks';
import { findCriterion, responsibleUnitName, type Framework, type FrameworkScore } from '../../../domain/rules/index';
import { can } from '../../auth/permissions';
import type { Executor } from '../../db/client';
import { canFillCriterion, type AccessContext } from './assessment-access';
import { appraisedScore, measuredOf, scoreAssessment, typedInputs } from './assessment-scoring';
import { frameworkRepository, type AssessmentCriterionRow, type AssessmentRow, type FrameworkVersionRow } from './framework.repository';
import { frameworkOf } from './framework.service';

export function toAssessmentSummary(
  a: AssessmentRow,
  fw: FrameworkVersionRow,
  unitName: string,
  framework: Framework,
  rows: readonly AssessmentCriterionRow[],
): AssessmentSummary & { score: FrameworkScore } {
  const score = scoreAssessment(framework, rows);
  return {
    id: a.id,
    frameworkCode: fw.code,
    frameworkVersion: fw.version,
    frameworkName: fw.name,
    unitId: a.unitId,
    unitName,
    year: a.year,
    status: a.status as AssessmentSummary['status'],
    selfTotal: score.total,
    appraisedTotal: a.status === 'draft' ? null : appraisedScore(framework, score, rows),
    max: score.max,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    score,
  };
}

/** May the actor edit a criterion right now (state of the assessment and of the criterion, and responsibility)? */
export function criterionEditable(ctx: AccessContext, row: AssessmentCriterionRow | undefined, responsibleUnits: readonly string[]): boolean {
  if (!row || !canFillCriterion(ctx, responsibleUnits)) return false;
  if (ctx.assessment.status === 'draft') return true;
  return ctx.assessment.status === 'submitted' && row.reviewState === 'evidence-requested';
}

export async function buildAssessmentDetail(exec: Executor, ctx: AccessContext): Promise<AssessmentDetail> {
  const fw = (await frameworkRepository.findVersionById(exec, ctx.assessment.frameworkVersionId))!;
  const framework = frameworkOf(fw);
  const rows = await frameworkRepository.criteria(exec, ctx.assessment.id);
  const evidence = await frameworkRepository.evidence(exec, ctx.assessment.id);
  const events = await frameworkRepository.events(exec, ctx.assessment.id);
  const { score, ...summary } = toAssessmentSummary(ctx.assessment, fw, ctx.unit.name, framework, rows);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const criteria = score.criteria.map((line) => {
    const node = findCriterion(framework, line.code)!;
    const row = byCode.get(line.code);
    const typed = row ? typedInputs(row) : {};
    const measured = row ? measuredOf(row) : {};
    return {
      code: line.code,
      title: line.title,
      depth: line.depth,
      isLeaf: line.isLeaf,
      placeholder: line.placeholder,
      max: line.max,
      responsibleUnits: line.responsibleUnits,
      responsibleUnitNames: line.responsibleUnits.map(responsibleUnitName),
      openCaseNote: node.openCaseNote ?? null,
      inputs: (node.inputs ?? []).map((input) => {
        const m = measured[input.key];
        return {
          key: input.key,
          label: input.label,
          type: input.type,
          unit: input.unit ?? null,
          levels: input.levels ?? [],
          metric: input.metric ?? null,
          value: typed[input.key] ?? m?.value ?? null,
          measured: m && (typed[input.key] === undefined || typed[input.key] === null) ? { value: m.value, source: m.source, at: m.at } : null,
        };
      }),
      selfScore: line.score,
      selfStatus: line.status,
      selfExplanation: line.explanation,
      appraisedScore: line.isLeaf ? (row?.appraisedScore ?? null) : null,
      appraisalComment: row?.appraisalComment ?? null,
      reviewState: (row?.reviewState ?? 'open') as 'open' | 'evidence-requested' | 'answered',
      explanation: row?.explanation ?? null,
      evidence: evidence
        .filter((e) => e.code === line.code)
        .map((e) => ({ id: e.id, fileId: e.fileId, name: e.name, note: e.note, createdAt: e.createdAt.toISOString() })),
      canEdit: line.isLeaf && !line.placeholder && criterionEditable(ctx, row, line.responsibleUnits),
    };
  });
  const status = ctx.assessment.status;
  return {
    ...summary,
    criteria,
    history: events.map((e) => ({ id: e.id, code: e.code, kind: e.kind, actorName: e.actorName, data: e.data, createdAt: e.createdAt.toISOString() })),
    can: {
      submit:
        status === 'draft' &&
        can(ctx.actor, 'assessment:submit') &&
        ctx.actor.scopePath.length <= ctx.unit.path.length &&
        ctx.unit.path.startsWith(ctx.actor.scopePath),
      appraise: status === 'submitted' && can(ctx.actor, 'assessment:appraise'),
      publish: status === 'submitted' && can(ctx.actor, 'assessment:publish'),
      createTask: can(ctx.actor, 'assessment:create-task') && ctx.unit.path.startsWith(ctx.actor.scopePath),
    },
  };
}
