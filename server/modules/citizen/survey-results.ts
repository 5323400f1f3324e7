// Results of a survey: counts, response rate, satisfaction per factor and per unit, procedure and month,
// free-text answers, and the same as an Excel workbook.
import ExcelJS from 'exceljs';
import type { ResultsQuery, SurveyResults } from '../../../contracts/citizen-surveys';
import { computeSatisfaction, overallWithInterval, satisfactionByGroup, surveyQuestions, type SatisfactionMethodKey } from '../../../domain/surveys';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { addSheet, workbookBuffer, type ExcelColumn } from '../../documents/excel';
import { forbidden } from '../../errors';
import { orgUnitRepository } from '../org-units/org-unit.repository';
import { surveyRepository } from './survey.repository';
import { definitionOf, surveyFor, surveyReadScope } from './survey.service';

/** Results of one survey as the actor may see them (their subtree only for a survey of a unit above them). */
export async function surveyResults(db: Db, actor: Actor, id: number, query: ResultsQuery): Promise<SurveyResults & { title: string }> {
  const row = await surveyFor(db, actor, 'survey:read', id);
  let unitPath = surveyReadScope(actor, row);
  if (query.unitId) {
    const unit = await orgUnitRepository.findById(db, query.unitId);
    if (!unit || !unit.path.startsWith(unitPath)) throw forbidden();
    unitPath = unit.path;
  }
  const survey = definitionOf(row);
  const method = (query.method ?? row.method) as SatisfactionMethodKey;
  const all = await surveyRepository.responses(db, { surveyId: id, unitPath, procedureCode: query.procedureCode, from: query.from, to: query.to });
  // Suspect answers stay out of the figures unless asked for; they are counted so nobody thinks they vanished.
  const rows = query.includeSuspect === 'true' ? all : all.filter((r) => !r.suspect);
  const result = computeSatisfaction(
    survey,
    rows.map((r) => r.answers),
    method,
  );
  const overall = overallWithInterval(
    survey,
    rows.map((r) => r.answers),
    method,
  );
  const invitations = await surveyRepository.invitationCounts(db, id, unitPath);
  const unitNames = new Map(rows.map((r) => [String(r.unitId), r.unitName]));
  const textQuestions = surveyQuestions(survey).filter((q) => q.type === 'text');
  return {
    title: row.title,
    method,
    methodLabel: result.methodLabel,
    methodNote: result.methodNote,
    responses: {
      total: all.length,
      used: result.responsesUsed,
      rejected: result.responsesRejected,
      suspect: all.filter((r) => r.suspect).length,
      paper: rows.filter((r) => r.channel === 'paper').length,
      invitations: invitations.sent,
      invitationsAnswered: invitations.answered,
    },
    responseRate: invitations.sent > 0 ? invitations.answered / invitations.sent : null,
    overall: { value: overall.value, ci: overall.ci, explanation: result.overall.explanation },
    factors: result.factors,
    byUnit: satisfactionByGroup(survey, rows, (r) => String(r.unitId), method).map((g) => ({ ...g, label: unitNames.get(g.key) ?? g.key })),
    byProcedure: satisfactionByGroup(survey, rows, (r) => r.procedureCode ?? '—', method).map((g) => ({
      ...g,
      label: g.key === '—' ? '(không gắn thủ tục)' : g.key,
    })),
    byMonth: satisfactionByGroup(survey, rows, (r) => r.answeredOn.slice(0, 7), method).map((g) => ({ ...g, label: g.key })),
    freeText: rows.flatMap((r) =>
      textQuestions.flatMap((q) =>
        typeof r.answers[q.id] === 'string' && (r.answers[q.id] as string).trim()
          ? [{ question: q.label, answer: r.answers[q.id] as string, answeredOn: r.answeredOn }]
          : [],
      ),
    ),
  };
}

const pct = (v: number | null) => (v === null ? 'chưa có dữ liệu' : Math.round(v * 1000) / 10);
const interval = (ci: { low: number; high: number }) => `${pct(ci.low)} – ${pct(ci.high)}`;

const FACTOR_COLUMNS: ExcelColumn<SurveyResults['factors'][number]>[] = [
  { header: 'Yếu tố', value: (f) => f.label },
  { header: 'Tỷ lệ (%)', value: (f) => pct(f.value) },
  { header: 'Số câu trả lời', value: (f) => f.n },
  { header: 'Khoảng tin cậy', value: (f) => (f.ci ? interval(f.ci) : (f.ciNote ?? '')) },
  { header: 'Diễn giải', value: (f) => f.explanation },
];
const GROUP_COLUMNS: ExcelColumn<SurveyResults['byUnit'][number]>[] = [
  { header: 'Nhóm', value: (g) => g.label },
  { header: 'Số phiếu', value: (g) => g.responses },
  { header: 'Tỷ lệ (%)', value: (g) => pct(g.value) },
  { header: 'Khoảng tin cậy', value: (g) => (g.ci ? interval(g.ci) : 'không đủ mẫu') },
];
const TEXT_COLUMNS: ExcelColumn<SurveyResults['freeText'][number]>[] = [
  { header: 'Ngày', value: (t) => t.answeredOn },
  { header: 'Câu hỏi', value: (t) => t.question },
  { header: 'Ý kiến', value: (t) => t.answer },
];

/** The results as an Excel workbook: summary, factors, groups, free text. */
export async function resultsWorkbook(results: SurveyResults & { title: string }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const summary = wb.addWorksheet('Tổng hợp');
  summary.columns = [{ width: 40 }, { width: 20 }];
  summary.addRows([
    ['Phiếu khảo sát', results.title],
    ['Phương pháp tính', results.methodLabel],
    ['Ghi chú phương pháp', results.methodNote || '—'],
    ['Số phiếu', results.responses.total],
    ['Số phiếu dùng để tính', results.responses.used],
    ['Số phiếu nghi vấn', results.responses.suspect],
    ['Số phiếu giấy nhập lại', results.responses.paper],
    ['Tỷ lệ phản hồi (%)', results.responseRate === null ? 'không dùng lời mời' : pct(results.responseRate)],
    ['Chỉ số hài lòng chung (%)', pct(results.overall.value)],
    ['Khoảng tin cậy 95% (%)', results.overall.ci ? interval(results.overall.ci) : 'không đủ mẫu'],
    ['Diễn giải', results.overall.explanation],
  ]);
  summary.getColumn(1).font = { bold: true };
  addSheet(wb, 'Theo yếu tố', FACTOR_COLUMNS, results.factors);
  addSheet(wb, 'Theo đơn vị', GROUP_COLUMNS, results.byUnit);
  addSheet(wb, 'Theo thủ tục', GROUP_COLUMNS, results.byProcedure);
  addSheet(wb, 'Theo tháng', GROUP_COLUMNS, results.byMonth);
  addSheet(wb, 'Ý kiến khác', TEXT_COLUMNS, results.freeText);
  return workbookBuffer(wb);
}
