import type { ReportStatus, ReportSubmissionState } from '../../../domain/reports/index';
import { formatViDate } from '../../../domain/time/iso-date';
import * as clock from '../../clock';
import type { OrgChangeParticipant, OrgChangeScope, TransferCandidate } from '../org-units/org-change-participant';
import { auditTransfer, transferLine } from '../org-units/transfer-audit';
import { reportRepository } from './report.repository';

const STATUS_VI: Record<ReportStatus, string> = {
  draft: 'đang soạn',
  returned: 'bị trả lại, chờ gửi lại',
  submitted: 'đã gửi',
  approved: 'đã phê duyệt',
};

const pending = (status: string | undefined) => status === undefined || status === 'draft' || status === 'returned';

const keyOf = (windowId: number, unitId: number) => `${windowId}-${unitId}`;

function parseKey(entityId: string | number): { windowId: number; unitId: number } {
  const [windowId, unitId] = String(entityId).split('-').map(Number);
  return { windowId, unitId };
}

async function submissionStatuses(scope: OrgChangeScope, windowIds: number[]): Promise<Map<string, string>> {
  const rows = await reportRepository.submissionsOf(scope.tx, [...new Set(windowIds)]);
  return new Map(rows.map((r) => [keyOf(r.windowId, r.unitId), r.status]));
}

/**
 * The duty to report of a unit that ends, in each window whose deadline is on or after the change's date, goes
 * to its successor (or where the administrator says), with the report not yet sent (draft or returned) and a
 * line in that report's history. A report already sent or approved, and every window due before the date, stay
 * with the unit of their day, so a 2024 report keeps the old office and the aggregation of its year reads the same.
 */
export const reportWindowsParticipant: OrgChangeParticipant = {
  group: 'report-windows',
  async collect(scope) {
    const ending = scope.sources.filter((s) => s.ends);
    const rows = await reportRepository.windowsRequiring(
      scope.tx,
      ending.map((s) => s.unitId),
    );
    const statuses = await submissionStatuses(
      scope,
      rows.map((r) => r.window.id),
    );
    return rows.map(({ window, unitId }): TransferCandidate => {
      const status = statuses.get(keyOf(window.id, unitId));
      const base = {
        entityType: 'report-window',
        entityId: keyOf(window.id, unitId),
        label: `${window.label} (hạn ${formatViDate(window.deadline)}) — báo cáo ${status ? STATUS_VI[status as ReportStatus] : 'chưa bắt đầu'}`,
        fromUnitId: unitId,
      };
      if (window.deadline < scope.on)
        return {
          ...base,
          defaultTo: unitId,
          status: 'stays',
          reason: `Kỳ báo cáo có hạn ${formatViDate(window.deadline)}, trước ngày thay đổi: báo cáo giữ đơn vị của nó (lịch sử).`,
          choosable: false,
        };
      if (!pending(status))
        return {
          ...base,
          defaultTo: unitId,
          status: 'stays',
          reason: `Báo cáo ${STATUS_VI[status as ReportStatus]} trước khi đơn vị kết thúc: giữ đơn vị đã gửi, số liệu kỳ này không đổi.`,
          choosable: false,
        };
      return { ...base, defaultTo: ending.find((s) => s.unitId === unitId)!.defaultTo, status: 'moves', choosable: true };
    });
  },
  async move(scope, items) {
    const out = [];
    for (const item of items) {
      const { windowId, unitId: from } = parseKey(item.entityId);
      const to = item.toUnitId!;
      const window = (await reportRepository.windowById(scope.tx, windowId))!;
      const [sub, taken] = await Promise.all([
        reportRepository.submission(scope.tx, windowId, from, true),
        reportRepository.submission(scope.tx, windowId, to, true),
      ]);
      if (sub && taken) {
        out.push({
          status: 'conflict' as const,
          reason: `«${scope.unitName(to)}» đã có báo cáo «${window.label}» (${STATUS_VI[taken.status as ReportStatus]}); báo cáo của «${scope.unitName(from)}» giữ nguyên để Văn phòng Sở đối chiếu, gộp nội dung.`,
        });
        continue;
      }
      const required = (await reportRepository.requiredUnitIdsByWindow(scope.tx, [windowId])).get(windowId) ?? [];
      await reportRepository.replaceRequiredUnit(scope.tx, windowId, from, to);
      const line = transferLine(scope, from, to);
      if (sub) {
        const history = [...(sub.history as ReportSubmissionState['history'])];
        // Dated the day it is recorded, so the history stays in order for the next step of the workflow.
        history.push({ status: sub.status as ReportStatus, on: clock.today(), comment: line });
        await reportRepository.updateSubmission(scope.tx, sub.id, { unitId: to, history, updatedBy: scope.actor.userId });
      }
      await auditTransfer(scope, {
        action: 'report.transferred',
        entityType: sub ? 'report_submission' : 'report_window',
        entityId: sub?.id ?? windowId,
        from,
        to,
        details: { windowId, note: line },
      });
      out.push(
        required.includes(to)
          ? { status: 'moves' as const, reason: `«${scope.unitName(to)}» đã phải gửi báo cáo kỳ này; «${scope.unitName(from)}» được bỏ khỏi danh sách.` }
          : { status: 'moves' as const },
      );
    }
    return out;
  },
};
