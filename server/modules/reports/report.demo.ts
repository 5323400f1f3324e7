import type { ReportIndicator, ReportSection } from '../../../contracts/reports';
import { transitionReport, windowsForYear, newReportSubmission, type ReportSubmissionState } from '../../../domain/reports/index';
import { addDays } from '../../../domain/time/iso-date';
import type { DemoContext } from '../../demo/demo-context';
import { DEMO_ORG } from '../../demo/demo-org';
import { orgUnits, reportSubmissions, reportTemplates, reportWindows, reportWindowUnits } from '../../db/schema/index';
import { computeMetric } from '../../metrics/registry';
import { DEFAULT_TEMPLATE } from './report-template';

/**
 * How each unit behaved in each 2025 window, by the unit's position in the demo organisation: most
 * send on time, some late, a few not at all. THPT Trần Phú has not sent its quarter-III report,
 * so the browser journey can send it and watch the board change.
 */
function behaviour(kind: string, index: number, code: string): { sendOffset: number | null; approve: boolean } {
  if (kind === 'quarter-3' && code === 'THPT-TP') return { sendOffset: null, approve: false };
  if (kind === 'yearly') return index % 6 === 0 ? { sendOffset: -20, approve: false } : { sendOffset: null, approve: false };
  if (index % 7 === 3) return { sendOffset: null, approve: false }; // never sent
  if (index % 5 === 2) return { sendOffset: 4, approve: kind === 'quarter-1' }; // four days late
  return { sendOffset: -(index % 4) - 1, approve: kind !== 'quarter-3' };
}

function demoValues(index: number, quarter: number): Record<string, number> {
  const received = 40 + ((index * 17) % 60) * quarter;
  return {
    planIssued: index % 9 === 4 ? 0 : 1,
    directiveDocs: 2 + (index % 5) + quarter,
    propagandaEvents: 1 + (index % 3) * quarter,
    regulationsReviewed: index % 4,
    dossiersReceived: received,
    dossiersOnTime: received - (index % 3),
    feedbackReceived: index % 6,
    staffTrained: 5 + index * 2,
    cashlessRate: 70 + ((index * 7) % 30),
    digitalDocsRate: 80 + ((index * 3) % 20),
  };
}

const SECTION_TEXT: Record<string, string> = {
  'chi-dao': 'Đơn vị đã ban hành kế hoạch CCHC năm 2025, phân công nhiệm vụ cụ thể cho từng bộ phận và tổ chức quán triệt đến toàn thể cán bộ, giáo viên.',
  tthc: 'Niêm yết công khai đầy đủ thủ tục hành chính thuộc thẩm quyền; tiếp nhận và trả kết quả đúng hạn, không có hồ sơ quá hạn.',
  'chuyen-doi-so': 'Sử dụng hệ thống quản lý văn bản điều hành; 100% văn bản đi được ký số; triển khai học bạ số.',
  'danh-gia': 'Cơ bản hoàn thành các nhiệm vụ CCHC trong kỳ; một số chỉ tiêu về thanh toán không dùng tiền mặt còn thấp, kỳ tới tập trung khắc phục.',
};

const METRIC_INDICATORS: ReportIndicator[] = (DEFAULT_TEMPLATE.sections as ReportSection[])
  .flatMap((sec) => sec.indicators)
  .filter((i) => i.source === 'metric');

/** The 2025 reporting windows with units' reports in every state. */
export async function seedReportsDemo(ctx: DemoContext): Promise<void> {
  const { tx, unitIds } = ctx;
  const [template] = await tx
    .insert(reportTemplates)
    .values({ ...DEFAULT_TEMPLATE, version: 1 })
    .returning();
  const paths = new Map((await tx.select({ id: orgUnits.id, path: orgUnits.path }).from(orgUnits)).map((o) => [o.id, o.path]));
  const units = DEMO_ORG.filter((u) => u.parent).map((u, index) => ({ ...u, id: unitIds.get(u.code)!, path: paths.get(unitIds.get(u.code)!)!, index }));
  const creator = ctx.userIds.get('vanphong') ?? null;
  for (const [quarter, w] of windowsForYear(2025).entries()) {
    const [window] = await tx
      .insert(reportWindows)
      .values({ templateId: template.id, kind: w.kind, year: w.year, label: w.label, opensOn: w.opensOn, deadline: w.deadline, createdBy: creator })
      .returning();
    await tx.insert(reportWindowUnits).values(units.map((u) => ({ windowId: window.id, unitId: u.id })));
    for (const u of units) {
      const plan = behaviour(w.kind, u.index, u.code);
      if (plan.sendOffset === null) continue;
      const sentOn = addDays(w.deadline, plan.sendOffset);
      // Reports dated after the demo's "today" would be impossible; they stay drafts.
      let state: ReportSubmissionState = newReportSubmission(`${w.label} của ${u.name}`);
      if (sentOn <= ctx.today) {
        state = transitionReport(state, { type: 'submit', on: sentOn });
        if (plan.approve) state = transitionReport(state, { type: 'approve', on: addDays(sentOn, 2) < ctx.today ? addDays(sentOn, 2) : sentOn });
      }
      // A sent report carries the system's figures of the day it was sent, as the API freezes them.
      const values: Record<string, number | null> = demoValues(u.index, quarter + 1);
      if (state.submittedAt) {
        for (const indicator of METRIC_INDICATORS) {
          const m = await computeMetric(tx, indicator.metricKey!, {
            unitId: u.id,
            unitPath: u.path,
            from: `${w.year}-01-01`,
            to: state.submittedAt,
            asOf: state.submittedAt,
          });
          values[indicator.key] = m.value === null ? null : Math.round(m.value * 100) / 100;
        }
      }
      await tx.insert(reportSubmissions).values({
        windowId: window.id,
        unitId: u.id,
        status: state.status,
        texts: SECTION_TEXT,
        values,
        firstSubmittedAt: state.firstSubmittedAt,
        submittedAt: state.submittedAt,
        approvedAt: state.approvedAt,
        history: state.history,
      });
    }
  }
}
