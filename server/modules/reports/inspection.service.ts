import type { CreateInspectionRequest, Inspection, InspectionPlan, RecordInspectionRequest } from '../../../contracts/reports-inspections';
import { authorize, inScope, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { DomainError, conflict, forbidden, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { notify } from '../notifications/notification.service';
import { orgUnitRepository } from '../org-units/org-unit.repository';
import { inspectionRepository, type InspectionRow, type RecommendationRow } from './inspection.repository';
import * as clock from '../../clock';

/** Seed 003 (2025 plan): inspect at least 30% of the units in the year. */
export const INSPECTION_TARGET_RATE = 30;

function toInspection(row: InspectionRow, unitName: string, recs: RecommendationRow[], today: string): Inspection {
  return {
    id: row.id,
    year: row.year,
    unitId: row.unitId,
    unitName,
    plannedOn: row.plannedOn,
    inspectedOn: row.inspectedOn,
    team: row.team,
    findings: row.findings,
    recommendations: recs
      .filter((r) => r.inspectionId === row.id)
      .map((r) => ({
        id: r.id,
        text: r.text,
        dueOn: r.dueOn,
        status: r.status as 'open' | 'done',
        doneOn: r.doneOn,
        doneNote: r.doneNote,
        overdue: r.status === 'open' && r.dueOn !== null && r.dueOn < today,
      })),
  };
}

/** The inspections of the rows the actor may see, with their recommendations. */
async function inspectionsOf(exec: Executor, actor: Actor, rows: Awaited<ReturnType<typeof inspectionRepository.ofYear>>): Promise<Inspection[]> {
  const visible = rows.filter((r) => inScope(actor, r.unit.path));
  const recs = await inspectionRepository.recommendationsOf(
    exec,
    visible.map((r) => r.inspection.id),
  );
  const today = clock.today();
  return visible.map((r) => toInspection(r.inspection, r.unit.name, recs, today));
}

/** The year's inspection plan with the share of units planned and inspected (against the 30% target). */
export async function getInspectionPlan(db: Db, actor: Actor, year: number): Promise<InspectionPlan> {
  authorize(actor, 'inspection:read');
  const list = await inspectionsOf(db, actor, await inspectionRepository.ofYear(db, year));
  // The department the actor belongs to ('/1/'): its whole tree is what the figures are about.
  const root = actor.unitPath.split('/').slice(0, 2).join('/') + '/';
  const units = await inspectionRepository.activeUnitsUnder(db, root);
  const inspected = list.filter((i) => i.inspectedOn !== null).length;
  const rate = (n: number) => (units.length ? (n / units.length) * 100 : null);
  return {
    year,
    units: units.length,
    planned: list.length,
    inspected,
    inspectedRate: rate(inspected),
    plannedRate: rate(list.length),
    targetRate: INSPECTION_TARGET_RATE,
    inspections: list,
  };
}

/** Adds a unit to the year's inspection plan. */
export async function planInspection(db: Db, actor: Actor, input: CreateInspectionRequest): Promise<Inspection> {
  authorize(actor, 'inspection:manage');
  return db.transaction(async (tx) => {
    const unit = await orgUnitRepository.findById(tx, input.unitId);
    if (!unit) throw new DomainError('UNIT_NOT_FOUND', `Không có đơn vị mã số ${input.unitId}; chọn đơn vị khác.`, 400, { field: 'unitId' });
    authorize(actor, 'inspection:manage', unit);
    const existing = await inspectionRepository.findByYearAndUnit(tx, input.year, unit.id);
    if (existing) throw conflict('INSPECTION_EXISTS', `${unit.name} đã có trong kế hoạch kiểm tra năm ${input.year}.`);
    const row = await inspectionRepository.insert(tx, {
      year: input.year,
      unitId: unit.id,
      plannedOn: input.plannedOn ?? null,
      team: input.team,
      createdBy: actor.userId,
    });
    await recordAudit(tx, actor, { action: 'inspection.planned', entityType: 'inspection', entityId: row.id, unitId: unit.id, after: row });
    return toInspection(row, unit.name, [], clock.today());
  });
}

/** Records an inspection's date, team, findings and recommendations (each a follow-up task of the unit). */
export async function recordInspection(db: Db, actor: Actor, id: number, input: RecordInspectionRequest): Promise<Inspection> {
  authorize(actor, 'inspection:manage');
  return db.transaction(async (tx) => {
    const row = await inspectionRepository.find(tx, id, true);
    if (!row) throw actor.scopePath === '/' ? notFound(`cuộc kiểm tra số ${id}`) : forbidden();
    const unit = (await orgUnitRepository.findById(tx, row.unitId))!;
    authorize(actor, 'inspection:manage', unit);
    if (!input.inspectedOn.startsWith(String(row.year))) {
      throw new DomainError('INSPECTION_YEAR', `Ngày kiểm tra ${input.inspectedOn} không thuộc năm kế hoạch ${row.year}.`, 400, { field: 'inspectedOn' });
    }
    const updated = await inspectionRepository.update(tx, id, { inspectedOn: input.inspectedOn, team: input.team, findings: input.findings });
    if (input.recommendations.length) {
      await inspectionRepository.insertRecommendations(tx, id, input.recommendations);
      await notify(tx, {
        unitId: unit.id,
        kind: 'inspection.recommendations',
        title: `Kết luận kiểm tra CCHC năm ${row.year}: ${input.recommendations.length} kiến nghị cần khắc phục`,
        link: '/reports/inspections',
        dedupeKey: `inspection:${id}:${input.inspectedOn}`,
      });
    }
    await recordAudit(tx, actor, {
      action: 'inspection.recorded',
      entityType: 'inspection',
      entityId: id,
      unitId: unit.id,
      before: row,
      after: { ...updated, recommendations: input.recommendations },
    });
    return (await inspectionsOf(tx, actor, await inspectionRepository.withUnitById(tx, id)))[0]!;
  });
}

/** The inspected unit reports a recommendation as carried out. */
export async function completeRecommendation(db: Db, actor: Actor, id: number, note: string): Promise<Inspection> {
  authorize(actor, 'inspection:follow-up');
  return db.transaction(async (tx) => {
    const rec = await inspectionRepository.findRecommendation(tx, id, true);
    const inspection = rec ? await inspectionRepository.find(tx, rec.inspectionId) : null;
    const unit = inspection ? await orgUnitRepository.findById(tx, inspection.unitId) : null;
    if (!rec || !unit) throw actor.scopePath === '/' ? notFound(`kiến nghị số ${id}`) : forbidden();
    authorize(actor, 'inspection:follow-up', unit);
    if (rec.status === 'done') throw conflict('RECOMMENDATION_DONE', `Kiến nghị "${rec.text.slice(0, 60)}" đã được báo cáo hoàn thành ngày ${rec.doneOn}.`);
    const updated = await inspectionRepository.updateRecommendation(tx, id, { status: 'done', doneOn: clock.today(), doneNote: note });
    await recordAudit(tx, actor, {
      action: 'inspection.recommendation-done',
      entityType: 'inspection_recommendation',
      entityId: id,
      unitId: unit.id,
      before: rec,
      after: updated,
    });
    return (await inspectionsOf(tx, actor, await inspectionRepository.withUnitById(tx, rec.inspectionId)))[0]!;
  });
}
