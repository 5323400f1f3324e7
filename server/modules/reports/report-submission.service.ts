import type { ReportSubmission, ReportTemplate, SaveSubmissionRequest } from '../../../contracts/reports';
import {
  assertReportEditable,
  isReportEditable,
  ReportRuleError,
  transitionReport,
  type ReportAction,
  type ReportStatus,
  type ReportSubmissionState,
} from '../../../domain/reports/index';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { DomainError, forbidden, notFound } from '../../errors';
import { computeMetric } from '../../metrics/registry';
import { recordAudit } from '../audit/audit.service';
import { notify } from '../notifications/notification.service';
import { reportRepository, type ReportSubmissionRow, type ReportWindowRow, type UnitRow } from './report.repository';
import { toTemplate } from './report-window.service';
import * as clock from '../../clock';

type Values = Record<string, number | null>;

/** A workflow refusal of the domain, as the API's one error type. */
function asDomainError(error: unknown): never {
  if (error instanceof ReportRuleError) throw new DomainError(error.code, error.message, 409);
  throw error;
}

function stateOf(row: ReportSubmissionRow | null, window: ReportWindowRow, unit: UnitRow): ReportSubmissionState {
  const reportId = `"${window.label}" của ${unit.name}`;
  if (!row) return { reportId, status: 'draft', firstSubmittedAt: null, submittedAt: null, approvedAt: null, returnComment: null, locked: false, history: [] };
  return {
    reportId,
    status: row.status as ReportStatus,
    firstSubmittedAt: row.firstSubmittedAt,
    submittedAt: row.submittedAt,
    approvedAt: row.approvedAt,
    returnComment: row.returnComment,
    locked: row.status === 'approved',
    history: row.history as ReportSubmissionState['history'],
  };
}

/** Loads the window, the unit (required in it) and its report; 403 when out of scope, so nothing leaks. */
async function load(exec: Executor, actor: Actor, action: string, windowId: number, unitId: number, forUpdate = false) {
  authorize(actor, action);
  const [window, unit] = await Promise.all([reportRepository.windowById(exec, windowId), reportRepository.unitById(exec, unitId)]);
  if (!window || !unit) throw actor.scopePath === '/' ? notFound('kỳ báo cáo hoặc đơn vị') : forbidden();
  authorize(actor, action, unit);
  // Units fill in their own report: the Office's department-wide scope does not let it write a school's.
  if (action === 'report:submit' && !unit.path.startsWith(actor.unitPath)) throw forbidden();
  const required = await reportRepository.requiredUnits(exec, windowId);
  if (!required.some((u) => u.id === unitId)) {
    throw new DomainError('UNIT_NOT_REQUIRED', `${unit.name} không thuộc danh sách đơn vị phải gửi "${window.label}".`, 404);
  }
  const template = await reportRepository.templateById(exec, window.templateId);
  const row = await reportRepository.submission(exec, windowId, unitId, forUpdate);
  return { window, unit, row, template: toTemplate(template!) };
}

/** Computes the template's metric indicators for a unit over the window's year, up to the deadline. */
async function metricValues(exec: Executor, template: ReportTemplate, window: ReportWindowRow, unit: UnitRow, asOf: string) {
  const values: Values = {};
  const sources: Record<string, string> = {};
  const to = asOf < window.deadline ? asOf : window.deadline;
  for (const indicator of template.sections.flatMap((s) => s.indicators)) {
    if (indicator.source !== 'metric' || !indicator.metricKey) continue;
    const m = await computeMetric(exec, indicator.metricKey, { unitId: unit.id, unitPath: unit.path, from: `${window.year}-01-01`, to, asOf: to });
    values[indicator.key] = m.value === null ? null : Math.round(m.value * 100) / 100;
    sources[indicator.key] = m.source;
  }
  return { values, sources };
}

async function view(
  exec: Executor,
  window: ReportWindowRow,
  unit: UnitRow,
  row: ReportSubmissionRow | null,
  template: ReportTemplate,
): Promise<ReportSubmission> {
  const state = stateOf(row, window, unit);
  const stored = (row?.values ?? {}) as Values;
  // While the unit can still edit, show today's system figures; once sent, the frozen ones.
  const fresh = isReportEditable(state) ? await metricValues(exec, template, window, unit, clock.today()) : { values: {}, sources: {} };
  return {
    id: row?.id ?? 0,
    windowId: window.id,
    windowLabel: window.label,
    deadline: window.deadline,
    unitId: unit.id,
    unitName: unit.name,
    status: state.status,
    editable: isReportEditable(state),
    texts: (row?.texts ?? {}) as Record<string, string>,
    values: { ...stored, ...fresh.values },
    metricSources: fresh.sources,
    submittedAt: state.submittedAt,
    approvedAt: state.approvedAt,
    returnComment: state.returnComment,
    history: [...state.history],
    template,
  };
}

/** A unit's report of a window (an empty draft when it has not started). */
export async function getSubmission(db: Db, actor: Actor, windowId: number, unitId: number): Promise<ReportSubmission> {
  const { window, unit, row, template } = await load(db, actor, 'report:read', windowId, unitId);
  return view(db, window, unit, row, template);
}

/** Keeps only the template's keys: a text or value for an unknown key is a client error worth naming. */
function validateContent(template: ReportTemplate, input: SaveSubmissionRequest): { texts: Record<string, string>; values: Values } {
  const sectionKeys = new Set(template.sections.map((s) => s.key));
  const manual = new Map(
    template.sections
      .flatMap((s) => s.indicators)
      .filter((i) => i.source === 'manual')
      .map((i) => [i.key, i]),
  );
  for (const key of Object.keys(input.texts)) {
    if (!sectionKeys.has(key)) throw new DomainError('UNKNOWN_SECTION', `Mẫu báo cáo không có phần "${key}".`, 400, { field: `texts.${key}` });
  }
  const values: Values = {};
  for (const [key, value] of Object.entries(input.values)) {
    const indicator = manual.get(key);
    if (!indicator) continue; // metric indicators are computed by the system, never typed
    if (value !== null && (value < 0 || (indicator.unit === '%' && value > 100))) {
      throw new DomainError(
        'INVALID_VALUE',
        `Chỉ tiêu "${indicator.label}": giá trị ${value} không hợp lệ (${indicator.unit === '%' ? 'từ 0 đến 100' : 'không âm'}).`,
        400,
        { field: `values.${key}` },
      );
    }
    values[key] = value;
  }
  return { texts: input.texts, values };
}

/** Saves the unit's draft (or a returned report being corrected). */
export async function saveSubmission(db: Db, actor: Actor, windowId: number, unitId: number, input: SaveSubmissionRequest): Promise<ReportSubmission> {
  return db.transaction(async (tx) => {
    const { window, unit, row, template } = await load(tx, actor, 'report:submit', windowId, unitId, true);
    try {
      assertReportEditable(stateOf(row, window, unit));
    } catch (e) {
      asDomainError(e);
    }
    const content = validateContent(template, input);
    const saved = row
      ? await reportRepository.updateSubmission(tx, row.id, { ...content, updatedBy: actor.userId })
      : await reportRepository.insertSubmission(tx, { windowId, unitId, status: 'draft', ...content, updatedBy: actor.userId });
    await recordAudit(tx, actor, { action: 'report.saved', entityType: 'report_submission', entityId: saved.id, unitId, before: row, after: saved });
    return view(tx, window, unit, saved, template);
  });
}

/** Applies a workflow step (send, return with a comment, approve) and records it. */
async function step(db: Db, actor: Actor, action: string, windowId: number, unitId: number, make: (on: string) => ReportAction): Promise<ReportSubmission> {
  return db.transaction(async (tx) => {
    const { window, unit, row, template } = await load(tx, actor, action, windowId, unitId, true);
    const on = clock.today();
    let next: ReportSubmissionState;
    try {
      next = transitionReport(stateOf(row, window, unit), make(on));
    } catch (e) {
      asDomainError(e);
    }
    const changes = {
      status: next.status,
      firstSubmittedAt: next.firstSubmittedAt,
      submittedAt: next.submittedAt,
      approvedAt: next.approvedAt,
      returnComment: next.returnComment,
      history: next.history,
      updatedBy: actor.userId,
    };
    if (next.status === 'submitted') {
      // The system's figures are frozen into the report the day it is sent.
      const { values } = await metricValues(tx, template, window, unit, on);
      Object.assign(changes, { values: { ...((row?.values ?? {}) as Values), ...values } });
    }
    const saved = row
      ? await reportRepository.updateSubmission(tx, row.id, changes)
      : await reportRepository.insertSubmission(tx, { windowId, unitId, ...changes });
    await recordAudit(tx, actor, { action: `report.${next.status}`, entityType: 'report_submission', entityId: saved.id, unitId, before: row, after: saved });
    if (next.status === 'returned') {
      await notify(tx, {
        unitId,
        kind: 'report.returned',
        title: `${window.label}: Văn phòng Sở trả lại để chỉnh sửa`,
        body: next.returnComment ?? '',
        link: `/reports/windows/${windowId}/units/${unitId}`,
      });
    }
    return view(tx, window, unit, saved, template);
  });
}

export const submitReport = (db: Db, actor: Actor, windowId: number, unitId: number) =>
  step(db, actor, 'report:submit', windowId, unitId, (on) => ({ type: 'submit', on }));
export const returnReport = (db: Db, actor: Actor, windowId: number, unitId: number, comment: string) =>
  step(db, actor, 'report:review', windowId, unitId, (on) => ({ type: 'return', on, comment }));
export const approveReport = (db: Db, actor: Actor, windowId: number, unitId: number) =>
  step(db, actor, 'report:review', windowId, unitId, (on) => ({ type: 'approve', on }));
