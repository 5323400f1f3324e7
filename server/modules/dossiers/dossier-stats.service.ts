// Dashboard figures read from the monthly counters (kept up to date on every write), and the metrics
// the registry computes for targets and criteria (exact dates, read from the register).
import type { DossierStats } from '../../../contracts/dossiers';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { DomainError } from '../../errors';
import { ratioValue, type MetricDefinition, type MetricValue } from '../../metrics/registry';
import { orgUnitRepository } from '../org-units/org-unit.repository';
import { dossierStatsRepository, type MonthFigures, type RegisterCounts, type UnitFigures } from './dossier-stats.repository';
import { listDossiers } from './dossier/list-dossiers';
import { kpi766Repository } from './kpi766.repository';
import { receivedCounters } from './receiving-activity';
import { loadTimeline } from '../org-units/org-timeline.service';

/** Trend and per-point totals of the dossiers received at the points under a unit (the counters' rule over the register). */
async function receivedFigures(db: Db, rootId: number, from: string, to: string): Promise<{ months: MonthFigures[]; units: UnitFigures[] }> {
  const { rows, names } = await receivedCounters(
    db,
    await loadTimeline(db),
    [rootId],
    from === '0000-00' ? '1900-01' : from,
    to === '9999-99' ? '2999-12' : to,
    'receivingUnit',
  );
  const months = new Map<string, MonthFigures>();
  const units = new Map<number, UnitFigures>();
  for (const { key, month, counters: c } of rows) {
    const m = months.get(month) ?? { month, received: 0, resolved: 0, early: 0, onTime: 0, late: 0 };
    Object.assign(m, {
      received: m.received + c.received,
      resolved: m.resolved + c.resolved,
      early: m.early + c.resolvedEarly,
      onTime: m.onTime + c.resolvedOnTime,
      late: m.late + c.late,
    });
    months.set(month, m);
    const u = units.get(key) ?? { unitId: key, unitName: names.get(key) ?? '', received: 0, resolved: 0, late: 0 };
    Object.assign(u, { received: u.received + c.received, resolved: u.resolved + c.resolved, late: u.late + c.late });
    units.set(key, u);
  }
  const byMonth = [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
  return { months: byMonth, units: [...units.values()].sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi')) };
}

/**
 * Trend per month, comparison per unit and the overdue list, for the units that handle the dossiers (cut 'handling')
 * or for the points that received them (cut 'receiving': each point under the chosen unit is a line).
 */
export async function dossierStats(
  db: Db,
  actor: Actor,
  query: { unitId?: number; cut?: 'handling' | 'receiving'; from?: string; to?: string },
): Promise<DossierStats> {
  authorize(actor, 'dossier:read');
  const unit = query.unitId ? await orgUnitRepository.findById(db, query.unitId) : null;
  if (query.unitId && !unit)
    throw new DomainError('UNIT_NOT_FOUND', `Đơn vị (mã số ${query.unitId}) không tồn tại; chọn lại đơn vị.`, 400, { field: 'unitId' });
  if (unit) authorize(actor, 'dossier:read', unit);
  const path = unit?.path ?? actor.scopePath;
  const from = query.from ?? '0000-00';
  const to = query.to ?? '9999-99';
  let months: MonthFigures[];
  let units: UnitFigures[];
  if (query.cut === 'receiving') {
    const root = unit ?? (await kpi766Repository.topOfScope(db, actor.scopePath));
    ({ months, units } = root ? await receivedFigures(db, root.id, from, to) : { months: [], units: [] });
  } else {
    months = await dossierStatsRepository.monthlyTrend(db, path, from, to);
    units = await dossierStatsRepository.unitTotals(db, path, from, to);
  }
  const overdue = await listDossiers(
    db,
    actor,
    query.cut === 'receiving'
      ? { timeliness: 'overdue', receivingUnitId: unit?.id, page: 1, pageSize: 50 }
      : { timeliness: 'overdue', unitId: unit?.id, page: 1, pageSize: 50 },
  );
  return {
    months,
    units: units.map((u) => ({ ...u, onTimeRate: u.resolved > 0 ? Math.round(((u.resolved - u.late) / u.resolved) * 1000) / 10 : null })),
    overdue: overdue.items,
  };
}

const SOURCE = 'Sổ theo dõi hồ sơ TTHC';
type Pick = (c: RegisterCounts) => [number, number | null];

function metric(key: string, vi: string, en: string, pick: Pick, unit: '%' | 'count', what: string): MetricDefinition {
  return {
    key,
    label: { vi, en },
    unit,
    feature: 'dossiers',
    async compute(exec, q): Promise<MetricValue> {
      const [n, d] = pick(await dossierStatsRepository.registerCounts(exec, q));
      if (unit === 'count') return { value: n, numerator: n, source: `${SOURCE}: ${n} ${what} (${q.from} – ${q.to}).` };
      return ratioValue(n, d ?? 0, `${SOURCE}: ${n}/${d} ${what} (${q.from} – ${q.to}).`);
    },
  };
}

/** Metrics of the dossier register for targets, criteria (3.4.x, 3.5, 7.x of seed 004) and reports. */
export const dossierMetrics: MetricDefinition[] = [
  metric('dossiers.received', 'Số hồ sơ TTHC tiếp nhận trong kỳ', 'Dossiers received', (c) => [c.received, null], 'count', 'hồ sơ tiếp nhận'),
  metric('dossiers.onlineSubmitted', 'Số hồ sơ tiếp nhận trực tuyến', 'Dossiers submitted online', (c) => [c.online, null], 'count', 'hồ sơ nộp trực tuyến'),
  metric(
    'dossiers.postalReceived',
    'Số hồ sơ tiếp nhận qua bưu chính công ích',
    'Dossiers received by post',
    (c) => [c.postal, null],
    'count',
    'hồ sơ qua bưu chính',
  ),
  metric('dossiers.resolved', 'Số hồ sơ đã giải quyết', 'Dossiers resolved', (c) => [c.resolved, null], 'count', 'hồ sơ đã giải quyết'),
  metric(
    'dossiers.resolvedOnTime',
    'Số hồ sơ giải quyết đúng hạn (kể cả trước hạn)',
    'Resolved on time (incl. early)',
    (c) => [c.early + c.onTime, null],
    'count',
    'hồ sơ đúng và trước hạn',
  ),
  metric('dossiers.resolvedEarly', 'Số hồ sơ giải quyết trước hạn', 'Resolved early', (c) => [c.early, null], 'count', 'hồ sơ trước hạn'),
  metric('dossiers.late', 'Số hồ sơ giải quyết quá hạn', 'Resolved late', (c) => [c.late, null], 'count', 'hồ sơ quá hạn'),
  metric(
    'dossiers.lateWithApology',
    'Số hồ sơ quá hạn có văn bản xin lỗi',
    'Late with apology',
    (c) => [c.lateApology, null],
    'count',
    'hồ sơ quá hạn có xin lỗi',
  ),
  metric('dossiers.digitizedResults', 'Số kết quả giải quyết được số hóa', 'Digitised results', (c) => [c.digitized, null], 'count', 'kết quả số hóa'),
  metric(
    'dossiers.postalReturned',
    'Số hồ sơ trả kết quả qua bưu chính công ích',
    'Results returned by post',
    (c) => [c.postalReturned, null],
    'count',
    'kết quả trả qua bưu chính',
  ),
  metric(
    'dossiers.onTimeRate',
    'Tỷ lệ hồ sơ giải quyết đúng hạn (gồm trước hạn)',
    'On-time rate',
    (c) => [c.early + c.onTime, c.resolved],
    '%',
    'hồ sơ giải quyết đúng hoặc trước hạn',
  ),
  metric('dossiers.earlyRate', 'Tỷ lệ hồ sơ giải quyết trước hạn', 'Early rate', (c) => [c.early, c.resolved], '%', 'hồ sơ giải quyết trước hạn'),
  metric(
    'dossiers.digitizedRate',
    'Tỷ lệ kết quả giải quyết được số hóa',
    'Digitised result rate',
    (c) => [c.digitized, c.resolved],
    '%',
    'kết quả được số hóa',
  ),
  metric(
    'dossiers.electronicRoutingRate',
    'Tỷ lệ hồ sơ luân chuyển nội bộ điện tử',
    'Electronic routing rate',
    (c) => [c.routing, c.resolved],
    '%',
    'hồ sơ luân chuyển điện tử',
  ),
  metric(
    'dossiers.onlineSubmittedRate',
    'Tỷ lệ hồ sơ tiếp nhận trực tuyến',
    'Share of dossiers submitted online',
    (c) => [c.online, c.received],
    '%',
    'hồ sơ tiếp nhận được nộp trực tuyến',
  ),
  metric(
    'dossiers.fullyOnlineRate',
    'Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình',
    'Fully online rate',
    (c) => [c.fullyOnline, c.resolved],
    '%',
    'hồ sơ trực tuyến toàn trình',
  ),
  metric(
    'dossiers.onlinePaymentRate',
    'Tỷ lệ giao dịch thanh toán trực tuyến',
    'Online payment rate',
    (c) => [c.paidOnline, c.payments],
    '%',
    'giao dịch thanh toán trực tuyến',
  ),
  metric(
    'dossiers.lateApologyRate',
    'Tỷ lệ hồ sơ quá hạn có văn bản xin lỗi (tiêu chí 3.4.3)',
    'Late dossiers with apology',
    (c) => [c.lateApology, c.late],
    '%',
    'hồ sơ quá hạn có văn bản xin lỗi',
  ),
  // Every dossier in the register has its states recorded here, so the tracked share is all received ones.
  metric(
    'dossiers.trackedRate',
    'Tỷ lệ hồ sơ được theo dõi trạng thái trên hệ thống',
    'Tracked rate',
    (c) => [c.received, c.received],
    '%',
    'hồ sơ có lịch sử trạng thái',
  ),
];
