// What an assessment tells: where points are lost, where the score is heading, how units rank, and the
// department's published external results over the years.
import type { ExternalIndexResult, ForecastReply, LostPointsReply, RankingReply, SaveExternalIndexResultRequest } from '../../../contracts/frameworks';
import { formatViNumber, listLeaves, listLostPoints, roundTo, scoreFramework, type InputValue } from '../../../domain/rules/index';
import { authorize, inScope, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { DomainError } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { loadUnit, type UnitRef } from './assessment-access';
import { appraisedScore, effectiveInputs, measureLeaf, measuredOf, scoreAssessment, typedInputs } from './assessment-scoring';
import { assessmentContext } from './assessment.service';
import { criterionTasks } from './criterion-task.service';
import { frameworkRepository, type AssessmentRow, type ExternalIndexRow } from './framework.repository';
import { frameworkOf, loadFramework } from './framework.service';
import * as clock from '../../clock';
import { regroupTarget } from '../../../domain/org-units';
import { loadTimeline } from '../org-units/org-timeline.service';

/**
 * Lost points per leaf, most first: on the appraised scores once the council has set them (published or
 * under appraisal), on the self scores before. "What would raise it" comes from the rule and the inputs.
 */
export async function lostPoints(db: Db, actor: Actor, id: number): Promise<LostPointsReply> {
  const ctx = await assessmentContext(db, actor, id);
  const framework = frameworkOf((await frameworkRepository.findVersionById(db, ctx.assessment.frameworkVersionId))!);
  const rows = await frameworkRepository.criteria(db, id);
  const basis = ctx.assessment.status === 'draft' ? 'self' : 'appraised';
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const tasks = await criterionTasks(db, id);
  const lines = listLostPoints(framework, effectiveInputs(rows)).map((l) => {
    const appraised = basis === 'appraised' ? byCode.get(l.code)?.appraisedScore : null;
    const score = appraised ?? l.score;
    return {
      code: l.code,
      title: l.title,
      score: roundTo(score),
      max: l.max,
      lost: roundTo(l.max - score),
      status: l.status,
      responsibleUnitNames: l.responsibleUnitNames,
      improvement:
        appraised !== null && appraised !== undefined && appraised < l.score
          ? `Hội đồng chấm ${formatViNumber(appraised)} (tự chấm ${formatViNumber(l.score)}): ${byCode.get(l.code)?.appraisalComment ?? ''}. ${l.improvement.text}`
          : l.improvement.text,
      neededValue: l.improvement.neededValue ?? null,
      inputKey: l.improvement.inputKey ?? null,
      taskId: tasks.get(l.code) ?? null,
    };
  });
  const rowsOut = lines.filter((l) => l.lost > 0.000001).sort((a, b) => b.lost - a.lost || a.code.localeCompare(b.code, 'en', { numeric: true }));
  const self = scoreAssessment(framework, rows);
  const total = basis === 'appraised' ? appraisedScore(framework, self, rows) : self.total;
  return { basis, total, max: self.max, rows: rowsOut };
}

/** The score the unit is heading for today: every measured input taken again from live data, typed ones kept. */
export async function forecastFor(exec: Executor, assessment: AssessmentRow, unit: UnitRef, today = clock.today()): Promise<ForecastReply> {
  const framework = frameworkOf((await frameworkRepository.findVersionById(exec, assessment.frameworkVersionId))!);
  const rows = await frameworkRepository.criteria(exec, assessment.id);
  const inputs: Record<string, Record<string, InputValue>> = {};
  const sources: ForecastReply['sources'] = [];
  for (const leaf of listLeaves(framework)) {
    const row = rows.find((r) => r.code === leaf.code);
    const live = await measureLeaf(exec, framework, leaf.code, unit, assessment.year, today);
    const values: Record<string, InputValue> = {};
    for (const [key, m] of Object.entries(live)) {
      if (m.value !== null) values[key] = m.value;
      sources.push({ code: leaf.code, key, value: m.value, source: m.source });
    }
    if (row) for (const [key, v] of Object.entries(typedInputs(row))) if (v !== null && v !== undefined) values[key] = v;
    if (row && Object.keys(live).length === 0)
      for (const [key, m] of Object.entries(measuredOf(row))) if (m.value !== null && values[key] === undefined) values[key] = m.value;
    inputs[leaf.code] = values;
  }
  const score = scoreFramework(framework, inputs);
  return { total: score.total, max: score.max, asOf: today, sources };
}

export async function forecast(db: Db, actor: Actor, id: number): Promise<ForecastReply> {
  const ctx = await assessmentContext(db, actor, id);
  return forecastFor(db, ctx.assessment, ctx.unit);
}

/**
 * Ranks the published assessments of one framework code and year by appraised total. Equal totals (to the
 * hundredth of a point, as published) share a rank and the next rank is skipped ("1, 2, 2, 4").
 */
export async function ranking(db: Db, actor: Actor, code: string, year: number): Promise<RankingReply> {
  authorize(actor, 'assessment:read');
  await loadFramework(db, code);
  const listed = await frameworkRepository.listAssessments(db, { year, status: 'published', frameworkCode: code });
  const scored: Array<{ unitId: number; unitName: string; currentUnitName: string | null; total: number; max: number }> = [];
  // Units are named as they were at the end of the assessed year (a ranking of 2024 reads the 2024 names),
  // with the unit that carries each on today when it has ended or changed its name since.
  const timeline = await loadTimeline(db);
  const today = clock.today();
  for (const r of listed) {
    const framework = frameworkOf(r.framework);
    const rows = await frameworkRepository.criteria(db, r.assessment.id);
    const self = scoreAssessment(framework, rows);
    const unitId = r.assessment.unitId;
    const unitName = timeline.versionAt(unitId, timeline.dayInLife(unitId, `${year}-12-31`))?.name ?? r.unitName;
    const now = regroupTarget(timeline, unitId, today);
    const nowName = timeline.versionAt(now, today)?.name ?? null;
    scored.push({
      unitId,
      unitName,
      currentUnitName: nowName && nowName !== unitName ? nowName : null,
      total: appraisedScore(framework, self, rows),
      max: self.max,
    });
  }
  scored.sort((a, b) => b.total - a.total || a.unitName.localeCompare(b.unitName, 'vi'));
  const n = scored.length;
  const rows = scored.map((s) => {
    const rank = scored.findIndex((o) => o.total === s.total) + 1;
    const tie = scored.filter((o) => o.total === s.total).length > 1;
    return { rank, rankLabel: `${String(rank).padStart(2, '0')}/${String(n).padStart(2, '0')}`, tie, ...s };
  });
  return {
    frameworkCode: code,
    year,
    rows,
    note: 'Xếp hạng theo tổng điểm thẩm định đã công bố (làm tròn 2 chữ số). Đơn vị bằng điểm cùng hạng, hạng kế tiếp bỏ qua số tương ứng (ví dụ 1, 2, 2, 4); trong cùng hạng, xếp theo tên đơn vị.',
  };
}

function toExternal(row: ExternalIndexRow, unitName: string): ExternalIndexResult {
  const label = row.rank !== null && row.rankOf !== null ? `${String(row.rank).padStart(2, '0')}/${String(row.rankOf).padStart(2, '0')}` : null;
  return {
    id: row.id,
    unitId: row.unitId,
    unitName,
    indexCode: row.indexCode,
    year: row.year,
    score: row.score,
    rank: row.rank,
    rankOf: row.rankOf,
    rankLabel: label,
    note: row.note,
  };
}

export async function listExternalResults(db: Db, actor: Actor): Promise<ExternalIndexResult[]> {
  authorize(actor, 'index-result:read');
  return (await frameworkRepository.externalResults(db))
    .filter((r) => inScope(actor, r.unitPath) || actor.unitPath.startsWith(r.unitPath))
    .map((r) => toExternal(r.row, r.unitName));
}

/** Records (or corrects) the province's published result of a unit for an index and year. */
export async function saveExternalResult(db: Db, actor: Actor, input: SaveExternalIndexResultRequest): Promise<ExternalIndexResult> {
  authorize(actor, 'index-result:manage');
  return db.transaction(async (tx) => {
    const unit = await loadUnit(tx, input.unitId);
    if (!unit) throw new DomainError('UNIT_NOT_FOUND', `Đơn vị mã số ${input.unitId} không tồn tại.`, 400, { field: 'unitId' });
    authorize(actor, 'index-result:manage', unit);
    const row = await frameworkRepository.upsertExternalResult(tx, { ...input, note: input.note ?? null, createdBy: actor.userId });
    await recordAudit(tx, actor, { action: 'external-index.saved', entityType: 'external_index_result', entityId: row.id, unitId: unit.id, after: input });
    return toExternal(row, unit.name);
  });
}
