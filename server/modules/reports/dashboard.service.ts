import type { DashboardTile, LeaderDashboard } from '../../../contracts/reports-inspections';
import { windowBoard, type ReportStatus } from '../../../domain/reports/index';
import { summariseTargets } from '../../../domain/reports/target-summary';
import { listPlans } from '../plans/plan.service';
import { listTargets } from '../plans/target.service';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { computeMetric, getMetric, type MetricQuery } from '../../metrics/registry';
import { orgUnitRepository } from '../org-units/org-unit.repository';
import { reportRepository } from './report.repository';
import * as clock from '../../clock';

interface TileSpec {
  key: string;
  label: string;
  unit: DashboardTile['unit'];
  link: string;
  /** Thresholds for the tone: higher is better unless `lowerIsBetter`. */
  good?: number;
  warn?: number;
  lowerIsBetter?: boolean;
}

/**
 * The figures a leader looks at each Monday, each read from the metrics registry (other features
 * register theirs; a key nobody registered yet shows "chưa có dữ liệu") and linking to its list.
 */
export const DASHBOARD_TILES: TileSpec[] = [
  { key: 'par.forecastScore', label: 'Chỉ số CCHC (PAR Index) dự kiến năm nay', unit: 'points', link: '/frameworks', good: 90, warn: 80 },
  { key: 'par.lastPublishedScore', label: 'Chỉ số CCHC đã công bố gần nhất', unit: 'points', link: '/frameworks', good: 90, warn: 80 },
  { key: 'tasks.doneOnTimeRate', label: 'Nhiệm vụ CCHC hoàn thành đúng hạn', unit: '%', link: '/plans', good: 90, warn: 70 },
  { key: 'tasks.overdue', label: 'Nhiệm vụ quá hạn', unit: 'count', link: '/plans?status=overdue', good: 0, warn: 5, lowerIsBetter: true },
  { key: 'dossiers.onTimeRate', label: 'Hồ sơ TTHC giải quyết đúng hạn', unit: '%', link: '/dossiers', good: 98, warn: 90 },
  { key: 'dossiers.late', label: 'Hồ sơ TTHC quá hạn', unit: 'count', link: '/dossiers?timeliness=late', good: 0, warn: 10, lowerIsBetter: true },
  {
    key: 'feedback.overdue',
    label: 'Phản ánh, kiến nghị quá hạn xử lý',
    unit: 'count',
    link: '/citizen/feedback?overdue=1',
    good: 0,
    warn: 3,
    lowerIsBetter: true,
  },
  { key: 'surveys.satisfactionRate', label: 'Mức độ hài lòng của người dân', unit: '%', link: '/citizen/surveys', good: 90, warn: 80 },
  { key: 'reports.onTimeRate', label: 'Báo cáo định kỳ gửi đúng hạn', unit: '%', link: '/reports', good: 90, warn: 70 },
  { key: 'reports.missingCount', label: 'Báo cáo định kỳ quá hạn chưa gửi', unit: 'count', link: '/reports', good: 0, warn: 3, lowerIsBetter: true },
  { key: 'inspections.unitsInspectedRate', label: 'Đơn vị được kiểm tra CCHC', unit: '%', link: '/reports/inspections', good: 30, warn: 15 },
];

/** Where a figure stands against its thresholds. */
export function toneOf(spec: Pick<TileSpec, 'good' | 'warn' | 'lowerIsBetter'>, value: number | null): DashboardTile['tone'] {
  if (value === null || spec.good === undefined || spec.warn === undefined) return 'none';
  if (spec.lowerIsBetter) return value <= spec.good ? 'good' : value <= spec.warn ? 'warning' : 'bad';
  return value >= spec.good ? 'good' : value >= spec.warn ? 'warning' : 'bad';
}

async function tile(exec: Executor, spec: TileSpec, q: MetricQuery, last: MetricQuery): Promise<DashboardTile> {
  const registered = getMetric(spec.key) !== undefined;
  const now = await computeMetric(exec, spec.key, q).catch(() => ({ value: null, source: 'Lỗi khi tính chỉ số; xem nhật ký máy chủ.' }));
  const before = registered ? await computeMetric(exec, spec.key, last).catch(() => ({ value: null })) : { value: null };
  const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
  // A PAR score is judged as a share of the framework's maximum (group A ≥ 90%), and the shipped
  // framework may be partial, so points with a known maximum are shown as that share.
  const share = (m: { value: number | null; denominator?: number }) =>
    spec.unit === 'points' && m.value !== null && m.denominator ? (m.value / m.denominator) * 100 : m.value;
  const asShare = spec.unit === 'points' && 'denominator' in now && Boolean(now.denominator);
  return {
    key: spec.key,
    label: spec.label,
    unit: asShare ? '%' : spec.unit,
    value: round(share(now)),
    previous: round(share(before)),
    source: registered ? now.source : 'Chưa có dữ liệu: chức năng nguồn chưa cung cấp chỉ số này.',
    link: spec.link,
    tone: toneOf(spec, share(now)),
  };
}

/** The leaders' dashboard of a year, measured over the department as of today. */
export async function getDashboard(db: Db, actor: Actor, year?: number): Promise<LeaderDashboard> {
  authorize(actor, 'dashboard:read');
  const today = clock.today();
  const y = year ?? Number(today.slice(0, 4));
  // The department the actor belongs to ('/1/'): its whole tree is what the figures are about.
  const root = actor.unitPath.split('/').slice(0, 2).join('/') + '/';
  const tree = await orgUnitRepository.listSubtree(db, root);
  const department = tree.find((u) => u.path === root);
  const end = `${y}-12-31` < today ? `${y}-12-31` : today;
  const q: MetricQuery = { unitId: department!.id, unitPath: root, from: `${y}-01-01`, to: end, asOf: end };
  const last: MetricQuery = { ...q, from: `${y - 1}-01-01`, to: `${y - 1}-12-31`, asOf: `${y - 1}-12-31` };
  const tiles = await Promise.all(DASHBOARD_TILES.map((spec) => tile(db, spec, q, last)));
  const children = tree.filter((u) => u.path !== root && u.parentId === department!.id);
  const overdueTasksByUnit = [];
  if (getMetric('tasks.overdue')) {
    for (const unit of children) {
      const m = await computeMetric(db, 'tasks.overdue', { ...q, unitId: unit.id, unitPath: unit.path });
      if (m.value) overdueTasksByUnit.push({ unitId: unit.id, unitName: unit.shortName ?? unit.name, value: m.value });
    }
    overdueTasksByUnit.sort((a, b) => b.value - a.value);
  }
  const reportWindows = [];
  for (const w of await reportRepository.listWindows(db, y)) {
    const units = await reportRepository.requiredUnits(db, w.id);
    const subs = await reportRepository.submissionsOf(db, [w.id]);
    const facts = subs.map((s) => ({ unitId: String(s.unitId), status: s.status as ReportStatus, submittedAt: s.submittedAt }));
    const b = windowBoard(
      { opensOn: w.opensOn, deadline: w.deadline },
      units.map((u) => String(u.id)),
      facts,
      today,
    );
    reportWindows.push({
      id: w.id,
      label: w.label,
      onTime: b.counts['on-time'],
      late: b.counts.late,
      missing: b.counts.missing,
      notYetDue: b.counts['not-yet-due'],
    });
  }
  return { year: y, asOf: today, tiles, overdueTasksByUnit, reportWindows, targets: await targetsOf(db, actor, department!.id, y, end) };
}

/** Read-only, through the plans feature's own services (its visibility and evaluation rules apply). */
async function targetsOf(db: Db, actor: Actor, departmentId: number, year: number, asOf: string): Promise<LeaderDashboard['targets']> {
  const plans = await listPlans(db, actor, { year, unitId: departmentId });
  const plan = plans.find((p) => p.status === 'approved') ?? plans[0];
  if (!plan) return null;
  const summary = summariseTargets((await listTargets(db, actor, plan.id, asOf)).map((x) => x.evaluation));
  return { planId: plan.id, planTitle: plan.title, ...summary, link: `/plans/${plan.id}?tab=targets` };
}
