import type { BoardRow, CreateReportWindowRequest, PublishTemplateRequest, ReportBoard, ReportTemplate, ReportWindowSummary } from '../../../contracts/reports';
import { REPORTING_CALENDAR, windowBoard, type ReportStatus, type UnitSubmission, type WindowBoard } from '../../../domain/reports/index';
import { checkTemplate } from '../../../domain/reports/template-check';
import { isIsoDate } from '../../../domain/time/iso-date';
import { listMetrics } from '../../metrics/registry';
import { authorize, can, readScopePaths, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { DomainError, conflict, forbidden, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { reportRepository, type ReportSubmissionRow, type ReportTemplateRow, type ReportWindowRow, type UnitRow } from './report.repository';
import * as clock from '../../clock';
import { loadTimeline } from '../org-units/org-timeline.service';

/** Today's date in Việt Nam: deadlines and submissions are local dates. */
export function toTemplate(row: ReportTemplateRow): ReportTemplate {
  return { id: row.id, code: row.code, version: row.version, name: row.name, sections: row.sections as ReportTemplate['sections'] };
}

function facts(rows: readonly ReportSubmissionRow[]): UnitSubmission[] {
  return rows.map((s) => ({ unitId: String(s.unitId), status: s.status as ReportStatus, submittedAt: s.submittedAt }));
}

function summary(window: ReportWindowRow, board: WindowBoard, requiredUnits: number): ReportWindowSummary {
  return {
    id: window.id,
    kind: window.kind as ReportWindowSummary['kind'],
    year: window.year,
    label: window.label,
    opensOn: window.opensOn,
    deadline: window.deadline,
    templateId: window.templateId,
    requiredUnits,
    counts: board.counts,
    reportingRate: board.reportingRate,
    onTimeRate: board.onTimeRate,
  };
}

/**
 * A window's units as they were at its deadline: name, type and district of that day (a school renamed since, or an
 * office dissolved since, reports under what it was), so a past window reads the same after the organisation changed.
 */
export async function unitsAsOfWindow(exec: Executor, units: UnitRow[], window: ReportWindowRow): Promise<UnitRow[]> {
  const timeline = await loadTimeline(exec);
  const placed = units.map((u) => {
    const day = timeline.dayInLife(u.id, window.deadline);
    const then = timeline.versionAt(u.id, day);
    // In the tree of that day, as the list was ordered then (by the path from the top).
    const path = timeline
      .ancestorsAt(u.id, day)
      .map((v) => String(v.unitId).padStart(10, '0'))
      .reverse()
      .join('/');
    return { unit: then ? { ...u, name: then.name, shortName: then.shortName, type: then.type, district: then.district } : u, path: path || u.path };
  });
  return placed.sort((a, b) => a.path.localeCompare(b.path)).map((p) => p.unit);
}

/** The board of one window, limited to the units the actor may read (their scope, and histories granted to them). */
async function boardOf(exec: Executor, actor: Actor | null, window: ReportWindowRow, asOf: string) {
  const reach = actor ? readScopePaths(actor) : ['/'];
  const units = await unitsAsOfWindow(
    exec,
    (await reportRepository.requiredUnits(exec, window.id)).filter((u) => reach.some((p) => u.path.startsWith(p))),
    window,
  );
  const submissions = await reportRepository.submissionsOf(exec, [window.id]);
  const board = windowBoard(
    { ...window, id: String(window.id) },
    units.map((u) => String(u.id)),
    facts(submissions),
    asOf,
  );
  return { units, submissions, board };
}

/** Windows of a year with their reporting and on-time rates (over the units the actor may see). */
export async function listWindows(db: Db, actor: Actor, year?: number): Promise<ReportWindowSummary[]> {
  authorize(actor, 'report:read');
  const asOf = clock.today();
  const windows = await reportRepository.listWindows(db, year);
  const out: ReportWindowSummary[] = [];
  for (const w of windows) {
    const { units, board } = await boardOf(db, actor, w, asOf);
    if (units.length > 0 || can(actor, 'report:manage')) out.push(summary(w, board, units.length));
  }
  return out;
}

/** Who has sent a window's report on time, late or not yet. */
export async function getBoard(db: Db, actor: Actor, windowId: number): Promise<ReportBoard> {
  authorize(actor, 'report:read');
  const window = await reportRepository.windowById(db, windowId);
  if (!window) throw actor.scopePath === '/' ? notFound(`kỳ báo cáo số ${windowId}`) : forbidden();
  const asOf = clock.today();
  const { units, submissions, board } = await boardOf(db, actor, window, asOf);
  if (units.length === 0 && !can(actor, 'report:manage')) throw forbidden();
  const unitById = new Map<number, UnitRow>(units.map((u) => [u.id, u]));
  const rows: BoardRow[] = board.rows.map((r) => {
    const unit = unitById.get(Number(r.unitId))!;
    const sub = submissions.find((s) => s.unitId === unit.id) ?? null;
    return {
      unitId: unit.id,
      unitName: unit.name,
      unitType: unit.type,
      district: unit.district,
      submissionId: sub?.id ?? null,
      reportStatus: (sub?.status as BoardRow['reportStatus']) ?? null,
      status: r.status,
      label: r.label,
      submittedAt: r.submittedAt,
      returnComment: sub?.status === 'returned' ? sub.returnComment : null,
    };
  });
  return { ...summary(window, board, units.length), asOf, rows };
}

export async function listTemplates(db: Db, actor: Actor): Promise<ReportTemplate[]> {
  authorize(actor, 'report:read');
  return (await reportRepository.listTemplates(db)).map(toTemplate);
}

/** Opens a reporting window; dates default to the seed-003 calendar. */
export async function createWindow(db: Db, actor: Actor, input: CreateReportWindowRequest): Promise<ReportWindowSummary> {
  authorize(actor, 'report:manage');
  return db.transaction(async (tx) => {
    const template = await reportRepository.templateById(tx, input.templateId);
    if (!template)
      throw new DomainError('TEMPLATE_NOT_FOUND', `Mẫu báo cáo số ${input.templateId} không tồn tại; chọn mẫu khác.`, 400, { field: 'templateId' });
    if (await reportRepository.windowByKindYear(tx, input.kind, input.year)) {
      throw conflict('WINDOW_EXISTS', `Kỳ báo cáo này của năm ${input.year} đã được mở; mở kỳ khác hoặc sửa kỳ đã có.`);
    }
    const entry = REPORTING_CALENDAR.find((e) => e.kind === input.kind)!;
    const pad = (n: number) => String(n).padStart(2, '0');
    const deadline = input.deadline ?? `${input.year}-${pad(entry.deadlineMonth)}-${pad(entry.deadlineDay)}`;
    const opensOn = input.opensOn ?? `${input.year}-${pad(entry.deadlineMonth)}-01`;
    if (!isIsoDate(deadline)) throw new DomainError('INVALID_DATE', `Hạn báo cáo ${deadline} không phải ngày có thật.`, 400, { field: 'deadline' });
    if (!isIsoDate(opensOn)) throw new DomainError('INVALID_DATE', `Ngày mở ${opensOn} không phải ngày có thật.`, 400, { field: 'opensOn' });
    if (opensOn > deadline)
      throw new DomainError('WINDOW_DATES', `Ngày mở (${opensOn}) phải trước hoặc bằng hạn báo cáo (${deadline}).`, 400, { field: 'opensOn' });
    const unitIds = [...new Set(input.unitIds)];
    const units = await reportRepository.unitsByIds(tx, unitIds);
    const missing = unitIds.filter((id) => !units.some((u) => u.id === id));
    if (missing.length)
      throw new DomainError('UNIT_NOT_FOUND', `Không có đơn vị mã số ${missing.join(', ')}; bỏ khỏi danh sách đơn vị phải báo cáo.`, 400, { field: 'unitIds' });
    for (const u of units) authorize(actor, 'report:manage', u);
    const window = await reportRepository.insertWindow(
      tx,
      { templateId: template.id, kind: input.kind, year: input.year, label: `${entry.label} năm ${input.year}`, opensOn, deadline, createdBy: actor.userId },
      unitIds,
    );
    await recordAudit(tx, actor, { action: 'report-window.created', entityType: 'report_window', entityId: window.id, after: { ...window, unitIds } });
    const { board } = await boardOf(tx, actor, window, clock.today());
    return summary(window, board, units.length);
  });
}

/** Publishes a template, or a new version of one (windows already open keep their version). */
export async function publishTemplate(db: Db, actor: Actor, input: PublishTemplateRequest): Promise<ReportTemplate> {
  authorize(actor, 'report:manage');
  // Every mistake at once, each on its field, so the editor marks the inputs to fix.
  const problems = checkTemplate(input, new Set(listMetrics().map((m) => m.key)));
  if (problems.length > 0) {
    throw new DomainError('TEMPLATE_INVALID', `Mẫu báo cáo chưa ban hành được: ${problems.map((p) => p.message).join(' ')}`, 400, { fields: problems });
  }
  return db.transaction(async (tx) => {
    const latest = await reportRepository.latestTemplate(tx, input.code);
    const row = await reportRepository.insertTemplate(tx, {
      code: input.code,
      name: input.name,
      sections: input.sections,
      version: (latest?.version ?? 0) + 1,
    });
    await recordAudit(tx, actor, { action: 'report-template.published', entityType: 'report_template', entityId: row.id, before: latest, after: row });
    return toTemplate(row);
  });
}
