// Bộ chỉ số 766 per unit subtree and month/quarter/year: counts built from the monthly counters (kept up to
// date on every write, so this never scans the register) and the procedure catalogue, scored by domain/kpi766.
import {
  KPI766_COUNTS,
  KPI766_INDICATORS,
  KPI766_NO_DATA_POLICIES,
  KPI766_WEIGHTS_DASHBOARD,
  KPI766_WEIGHTS_FIRST,
  type Kpi766CountKey,
} from '../../../domain/kpi766/index';
import { scoreKpi766Partial, type Kpi766PartialCounts } from '../../../domain/kpi766/unavailable';
import type { Kpi766Query, Kpi766Report } from '../../../contracts/kpi766';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { DomainError } from '../../errors';
import { orgUnitRepository } from '../org-units/org-unit.repository';
import { kpi766Repository, type ProcedureActivity, type ProcedureFacts, type Root } from './kpi766.repository';
import { receivedCounters } from './receiving-activity';
import { isMemberOn, membershipOf, unitOnDate, type OrgTimeline } from '../../../domain/org-units';
import { orgChangeRepository } from '../org-units/org-change.repository';
import { loadTimeline } from '../org-units/org-timeline.service';
import * as clock from '../../clock';
import { lastDayOfMonth } from '../../../domain/time/iso-date';

export const KPI766_WEIGHT_SETS = { '766-dashboard': KPI766_WEIGHTS_DASHBOARD, '766-first': KPI766_WEIGHTS_FIRST } as const;

const ROMAN = ['I', 'II', 'III', 'IV'];
const mm = (m: number) => String(m).padStart(2, '0');

/** The months a period covers and its Vietnamese name; 400 when the month or quarter is missing or out of range. */
export function kpi766Period(q: Pick<Kpi766Query, 'year' | 'period' | 'index'>): { from: string; to: string; label: string } {
  if (q.period === 'year') return { from: `${q.year}-01`, to: `${q.year}-12`, label: `Năm ${q.year}` };
  const max = q.period === 'month' ? 12 : 4;
  if (!q.index || q.index > max) {
    const what = q.period === 'month' ? 'tháng (1–12)' : 'quý (1–4)';
    throw new DomainError('KPI766_PERIOD', `Chọn ${what} trong tham số "index" cho kỳ đã chọn.`, 400, { field: 'index' });
  }
  if (q.period === 'month') return { from: `${q.year}-${mm(q.index)}`, to: `${q.year}-${mm(q.index)}`, label: `Tháng ${q.index}/${q.year}` };
  return { from: `${q.year}-${mm(q.index * 3 - 2)}`, to: `${q.year}-${mm(q.index * 3)}`, label: `Quý ${ROMAN[q.index - 1]}/${q.year}` };
}

/** The activity of the dossiers received at the points under each root (the counters' rule, read from the register). */
async function receivedActivityByRoot(db: Db, timeline: OrgTimeline, ids: number[], from: string, to: string): Promise<ProcedureActivity[]> {
  const byKey = new Map<string, ProcedureActivity>();
  for (const { key, procedureId, counters: c } of (await receivedCounters(db, timeline, ids, from, to)).rows) {
    const k = `${key}|${procedureId}`;
    const a = byKey.get(k) ?? {
      root: key,
      procedureId,
      received: 0,
      resolved: 0,
      early: 0,
      onTime: 0,
      late: 0,
      online: 0,
      payments: 0,
      paidOnline: 0,
      digitized: 0,
    };
    a.received += c.received;
    a.resolved += c.resolved;
    a.early += c.resolvedEarly;
    a.onTime += c.resolvedOnTime;
    a.late += c.late;
    a.online += c.onlineSubmitted;
    a.payments += c.paymentsTotal;
    a.paidOnline += c.paidOnline;
    a.digitized += c.digitized;
    byKey.set(k, a);
  }
  return [...byKey.values()];
}

/**
 * The procedures a unit of each root's subtree handled at the end of the period: the catalogue's unit then (read back
 * through the moves of changes of the organisation) in the structure of that day, so an earlier year keeps the
 * procedures its units had even after a successor took them over.
 */
async function handledByRoot(db: Db, timeline: OrgTimeline, ids: number[], to: string): Promise<Array<{ root: number; procedureId: number }>> {
  const procedures = await kpi766Repository.procedureUnits(db);
  const moves = await orgChangeRepository.movesOf(
    db,
    'procedure',
    procedures.map((p) => p.id),
  );
  const on = lastDayOfMonth(Number(to.slice(0, 4)), Number(to.slice(5, 7)));
  const placed = procedures.map((p) => ({ procedureId: p.id, unitId: unitOnDate(p.unitId, moves.get(p.id) ?? [], on) }));
  return ids.flatMap((root) => {
    const members = membershipOf(timeline, root);
    return placed.filter((p) => isMemberOn(members, p.unitId, timeline.dayInLife(p.unitId, on))).map((p) => ({ root, procedureId: p.procedureId }));
  });
}

/**
 * The counters of each root's subtree as it stood in each month (a division merged in March counts in its own line
 * until then; a dissolved district office keeps the schools it had), so a past period reads the same after the
 * organisation changed. A month is placed on its first day, or the nearest day of the unit's life.
 */
async function handledActivityByRoot(db: Db, timeline: OrgTimeline, ids: number[], from: string, to: string): Promise<ProcedureActivity[]> {
  const rows = await kpi766Repository.activityByUnitMonth(db, from, to);
  const byKey = new Map<string, ProcedureActivity>();
  for (const root of ids) {
    const members = membershipOf(timeline, root);
    for (const r of rows) {
      if (!isMemberOn(members, r.unitId, timeline.dayInLife(r.unitId, `${r.month}-01`))) continue;
      const k = `${root}|${r.procedureId}`;
      const a = byKey.get(k) ?? {
        root,
        procedureId: r.procedureId,
        received: 0,
        resolved: 0,
        early: 0,
        onTime: 0,
        late: 0,
        online: 0,
        payments: 0,
        paidOnline: 0,
        digitized: 0,
      };
      for (const f of ['received', 'resolved', 'early', 'onTime', 'late', 'online', 'payments', 'paidOnline', 'digitized'] as const) a[f] += r[f];
      byKey.set(k, a);
    }
  }
  return [...byKey.values()];
}

/** The units that were direct children of a unit on some day of the period (up to today), named as on their last such day. */
function childrenInPeriod(timeline: OrgTimeline, unitId: number, first: string, last: string): Root[] {
  const days = [first, ...timeline.breakpoints().filter((d) => d > first && d <= last), last];
  const named = new Map<number, string>();
  for (const day of days) for (const v of timeline.childrenAt(unitId, day)) named.set(v.unitId, v.name);
  return [...named].map(([id, name]) => ({ id, name, path: '' })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/**
 * Counts per root unit subtree: dossier figures from the counters (by handling unit) or from the dossiers received at
 * the subtree's points (by receiving point), procedure figures from the catalogue.
 */
async function countsByRoot(
  db: Db,
  timeline: OrgTimeline,
  roots: Root[],
  from: string,
  to: string,
  cut: Kpi766Query['cut'],
): Promise<Map<number, Kpi766PartialCounts>> {
  const ids = roots.map((r) => r.id);
  const activity = cut === 'receiving' ? await receivedActivityByRoot(db, timeline, ids, from, to) : await handledActivityByRoot(db, timeline, ids, from, to);
  // A receiving point handles no procedure of its own: its procedures are those of the dossiers it took in.
  const handled = cut === 'receiving' ? [] : await handledByRoot(db, timeline, ids, to);
  const procs = new Map((await kpi766Repository.procedureFacts(db)).map((p) => [p.id, p]));
  const result = new Map<number, Kpi766PartialCounts>();
  for (const root of roots) {
    const rows = activity.filter((a) => a.root === root.id);
    const sum = (pick: (r: ProcedureActivity) => number, only: (p: ProcedureFacts) => boolean = () => true) =>
      rows.reduce((s, r) => s + (procs.get(r.procedureId) && only(procs.get(r.procedureId)!) ? pick(r) : 0), 0);
    // "Thuộc thẩm quyền": active procedures handled by a unit of the subtree or with dossiers there in the period.
    const inScope = new Set([
      ...handled.filter((h) => h.root === root.id).map((h) => h.procedureId),
      ...rows.filter((r) => r.received + r.resolved > 0).map((r) => r.procedureId),
    ]);
    const catalogue = [...inScope].map((id) => procs.get(id)).filter((p): p is ProcedureFacts => !!p && p.active);
    const isOnline = (p: ProcedureFacts) => p.onlineLevel !== 'none';
    const paidOnlineIds = new Set(rows.filter((r) => r.paidOnline > 0).map((r) => r.procedureId));
    const counts: Kpi766PartialCounts = {
      proceduresTotal: catalogue.length,
      proceduresPublished: catalogue.filter((p) => p.published).length,
      received: sum((r) => r.received),
      dossiersSynced: null,
      resolved: sum((r) => r.resolved),
      resolvedEarly: sum((r) => r.early),
      resolvedOnTime: sum((r) => r.onTime),
      late: sum((r) => r.late),
      proceduresOnline: catalogue.filter(isOnline).length,
      receivedForOnlineProcedures: sum((r) => r.received, isOnline),
      onlineSubmitted: sum((r) => r.online, isOnline),
      proceduresWithFee: catalogue.filter((p) => p.fee > 0).length,
      // "Đã triển khai thanh toán trực tuyến và phát sinh giao dịch trong kỳ": offered in the catalogue and used in the period.
      proceduresPaidOnline: catalogue.filter((p) => p.fee > 0 && p.onlinePayment && paidOnlineIds.has(p.id)).length,
      paymentsTotal: sum((r) => r.payments),
      paymentsOnline: sum((r) => r.paidOnline),
      digitizedResults: sum((r) => r.digitized),
      digitizedDossiers: null,
      complaints: null,
      surveyResponses: null,
      satisfied: null,
    };
    result.set(root.id, counts);
  }
  return result;
}

/** The chosen unit (default: the top of the actor's scope), in scope. */
async function chosenUnit(db: Db, actor: Actor, unitId?: number): Promise<Root> {
  if (unitId) {
    const unit = await orgUnitRepository.findById(db, unitId);
    if (!unit) throw new DomainError('UNIT_NOT_FOUND', `Đơn vị (mã số ${unitId}) không tồn tại; chọn lại đơn vị.`, 400, { field: 'unitId' });
    authorize(actor, 'dossier:read', unit);
    return unit;
  }
  const top = await kpi766Repository.topOfScope(db, actor.scopePath);
  if (!top) throw new DomainError('UNIT_NOT_FOUND', 'Không xác định được đơn vị của tài khoản; chọn đơn vị cần xem.', 400, { field: 'unitId' });
  return top;
}

/** Score of one unit's subtree for a period, the counts behind it, and its direct children compared. */
export async function kpi766Report(db: Db, actor: Actor, q: Kpi766Query): Promise<Kpi766Report> {
  authorize(actor, 'dossier:read');
  const period = kpi766Period(q);
  const unit = await chosenUnit(db, actor, q.unitId);
  const timeline = await loadTimeline(db);
  const today = clock.today();
  const lastDay = `${period.to}-31` < today ? `${period.to}-31` : today;
  // The comparison lines are the units under the chosen one during the period, as they were then.
  const children = childrenInPeriod(timeline, unit.id, `${period.from}-01`, lastDay);
  const counts = await countsByRoot(db, timeline, [unit, ...children], period.from, period.to, q.cut);
  const weights = KPI766_WEIGHT_SETS[q.weights];
  const score = (c: Kpi766PartialCounts) => scoreKpi766Partial(c, weights, { noDataPolicy: q.noData });
  const own = counts.get(unit.id)!;
  const result = score(own);
  const definitions = new Map(KPI766_INDICATORS.map((i) => [i.key, i.definition]));
  return {
    // Named as in the period (a school renamed since is shown with the name it reported under).
    unit: { id: unit.id, name: timeline.nameAt(unit.id, timeline.dayInLife(unit.id, lastDay)) },
    cut: q.cut,
    periodLabel: period.label,
    fromMonth: period.from,
    toMonth: period.to,
    weightSet: { id: weights.id, label: weights.label, groups: weights.groups.map((g) => ({ key: g.key, label: g.label, weight: g.weight })) },
    noDataPolicy: { key: q.noData, label: KPI766_NO_DATA_POLICIES[q.noData] },
    counts: (Object.keys(KPI766_COUNTS) as Kpi766CountKey[]).map((key) => ({ key, ...KPI766_COUNTS[key], value: own[key] })),
    result: {
      ...result,
      groups: result.groups.map((g) => ({ ...g, indicators: g.indicators.map((i) => ({ ...i, definition: definitions.get(i.key) ?? '' })) })),
    },
    comparison: children.map((child) => {
      const c = counts.get(child.id)!;
      const s = score(c);
      return { unitId: child.id, unitName: child.name, score: s.score, max: s.max, percent: s.percent, received: c.received ?? 0, resolved: c.resolved ?? 0 };
    }),
  };
}
