import { windowBoard, type ReportStatus } from '../../../domain/reports/index';
import type { Executor } from '../../db/client';
import { ratioValue, type MetricDefinition, type MetricQuery } from '../../metrics/registry';
import { inspectionRepository } from './inspection.repository';
import { reportRepository } from './report.repository';

/** Boards of the windows whose deadline falls in the period, over the required units in the subtree. */
async function boardsInPeriod(exec: Executor, q: MetricQuery) {
  const windows = (await reportRepository.listWindows(exec)).filter((w) => w.deadline >= q.from && w.deadline <= q.to);
  const boards = [];
  for (const w of windows) {
    const units = (await reportRepository.requiredUnits(exec, w.id)).filter((u) => u.path.startsWith(q.unitPath));
    const subs = await reportRepository.submissionsOf(exec, [w.id]);
    const facts = subs.map((s) => ({ unitId: String(s.unitId), status: s.status as ReportStatus, submittedAt: s.submittedAt }));
    boards.push(
      windowBoard(
        { opensOn: w.opensOn, deadline: w.deadline },
        units.map((u) => String(u.id)),
        facts,
        q.asOf,
      ),
    );
  }
  return boards;
}

export const reportMetrics: MetricDefinition[] = [
  {
    key: 'reports.onTimeRate',
    label: { vi: 'Tỷ lệ báo cáo CCHC định kỳ gửi đúng hạn', en: 'Periodic reports sent on time' },
    unit: '%',
    feature: 'reports',
    async compute(exec, q) {
      const boards = await boardsInPeriod(exec, q);
      const due = boards.reduce((n, b) => n + b.rows.filter((r) => r.status !== 'not-yet-due').length, 0);
      const onTime = boards.reduce((n, b) => n + b.counts['on-time'], 0);
      return ratioValue(onTime, due, `Báo cáo định kỳ: ${onTime}/${due} báo cáo đến hạn được gửi đúng hạn (${boards.length} kỳ).`);
    },
  },
  {
    key: 'reports.missingCount',
    label: { vi: 'Số báo cáo định kỳ quá hạn chưa gửi', en: 'Periodic reports overdue' },
    unit: 'count',
    feature: 'reports',
    async compute(exec, q) {
      const boards = await boardsInPeriod(exec, q);
      const missing = boards.reduce((n, b) => n + b.counts.missing, 0);
      return { value: missing, numerator: missing, source: `Báo cáo định kỳ: ${missing} báo cáo quá hạn chưa gửi (${boards.length} kỳ).` };
    },
  },
  {
    key: 'inspections.unitsInspectedRate',
    label: { vi: 'Tỷ lệ phòng, đơn vị được kiểm tra CCHC trong năm', en: 'Units inspected in the year' },
    unit: '%',
    feature: 'reports',
    async compute(exec, q) {
      // The units under the measured one (the department's divisions, offices, schools), not the unit itself.
      const units = await inspectionRepository.activeUnitsUnder(exec, q.unitPath);
      const done = await inspectionRepository.inspectedUnitsUnder(exec, q.unitPath, q.from, q.to);
      const inspected = new Set(done.map((d) => d.unitId)).size;
      return ratioValue(inspected, units.length, `Kiểm tra CCHC: ${inspected}/${units.length} đơn vị đã được kiểm tra từ ${q.from} đến ${q.to}.`);
    },
  },
];
