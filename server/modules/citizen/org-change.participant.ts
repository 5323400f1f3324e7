import * as clock from '../../clock';
import { auditTransfer, transferLine } from '../org-units/transfer-audit';
import type { OrgChangeParticipant, OrgChangeScope, TransferCandidate } from '../org-units/org-change-participant';
import { STATUS_LABELS } from './feedback/feedback-access';
import { feedbackRepository } from './feedback.repository';
import { surveyRepository } from './survey.repository';

// Only units that end give these records away: a unit that continues keeps its surveys and its feedback.
const endingSources = (scope: OrgChangeScope) => scope.sources.filter((s) => s.ends);
const destinationOf = (scope: OrgChangeScope, unitId: number) => endingSources(scope).find((s) => s.unitId === unitId)!.defaultTo;

/**
 * Why a survey of an ending unit stays with it, or null when it moves: closed, or already answered (its results
 * read the survey's own unit and below, so moving it would hide the answers it has from its results).
 */
function surveyStaysBecause(s: { status: string; responses: number }): string | null {
  if (s.status === 'closed') return 'Khảo sát đã đóng: giữ đơn vị của nó, kết quả không đổi (lịch sử).';
  if (s.responses > 0)
    return `Khảo sát đã có ${s.responses} câu trả lời: giữ đơn vị của nó để kết quả đã có không đổi (cùng các phiếu mời); Văn phòng Sở đóng khảo sát này và mở khảo sát mới cho đơn vị kế thừa.`;
  return null;
}

/** A survey still being prepared or open with no answer yet goes to the successor; a closed or answered one stays (history). */
export const surveysParticipant: OrgChangeParticipant = {
  group: 'surveys',
  async collect(scope) {
    const rows = await surveyRepository.ownedBy(
      scope.tx,
      endingSources(scope).map((s) => s.unitId),
    );
    return rows.map((s): TransferCandidate => {
      const stays = surveyStaysBecause(s);
      const base = { entityType: 'survey', entityId: s.id, label: s.title, fromUnitId: s.unitId };
      return stays
        ? { ...base, defaultTo: s.unitId, status: 'stays', reason: stays, choosable: false }
        : { ...base, defaultTo: destinationOf(scope, s.unitId), status: 'moves', choosable: true };
    });
  },
  async move(scope, items) {
    for (const item of items) {
      await surveyRepository.update(scope.tx, Number(item.entityId), { unitId: item.toUnitId! });
      await auditTransfer(scope, {
        action: 'survey.transferred',
        entityType: 'survey',
        entityId: item.entityId,
        from: item.fromUnitId,
        to: item.toUnitId!,
        details: { note: transferLine(scope, item.fromUnitId, item.toUnitId!) },
      });
    }
    return items.map(() => ({ status: 'moves' as const }));
  },
};

/**
 * The survey sample drawn from an ending unit's dossiers: invitations not yet used go to the successor, so the
 * answers still to come count for the unit that exists then; used invitations and every response stay with the
 * unit of their day (the satisfaction figures of the earlier year do not change).
 */
export const surveySamplesParticipant: OrgChangeParticipant = {
  group: 'survey-samples',
  async collect(scope) {
    const ids = endingSources(scope).map((s) => s.unitId);
    const rows = await surveyRepository.samplesOf(scope.tx, ids);
    // A survey that stays with an ending unit keeps its invitations with it.
    const kept = new Map((await surveyRepository.ownedBy(scope.tx, ids)).map((s) => [s.id, surveyStaysBecause(s)]));
    const out: TransferCandidate[] = [];
    for (const r of rows) {
      const unused = r.sent - r.used;
      const base = {
        entityType: 'survey-sample',
        entityId: `${r.surveyId}-${r.unitId}`,
        label: `${r.title}: ${unused} phiếu mời chưa dùng`,
        fromUnitId: r.unitId,
      };
      const stays = r.status === 'closed' ? 'Khảo sát đã đóng, phiếu mời không còn dùng được: giữ nguyên.' : kept.get(r.surveyId);
      if (unused > 0)
        out.push(
          stays
            ? { ...base, defaultTo: r.unitId, status: 'stays', reason: stays, choosable: false }
            : { ...base, defaultTo: destinationOf(scope, r.unitId), status: 'moves', choosable: true },
        );
      if (r.used > 0)
        out.push({
          entityType: 'survey-answered',
          entityId: base.entityId,
          label: `${r.title}: ${r.used} phiếu mời đã trả lời`,
          fromUnitId: r.unitId,
          defaultTo: r.unitId,
          status: 'stays',
          reason: 'Phiếu đã trả lời giữ đơn vị của ngày trả lời: số liệu hài lòng đã có không đổi.',
          choosable: false,
        });
    }
    return out;
  },
  async move(scope, items) {
    for (const item of items) {
      const [surveyId] = String(item.entityId).split('-').map(Number);
      const moved = await surveyRepository.moveUnusedInvitations(scope.tx, surveyId, item.fromUnitId, item.toUnitId!);
      await auditTransfer(scope, {
        action: 'survey.sample-transferred',
        entityType: 'survey',
        entityId: surveyId,
        from: item.fromUnitId,
        to: item.toUnitId!,
        details: { invitations: moved, note: transferLine(scope, item.fromUnitId, item.toUnitId!) },
      });
    }
    return items.map(() => ({ status: 'moves' as const }));
  },
};

const OPEN_FEEDBACK = ['received', 'more-requested', 'routed'];

/**
 * Feedback (PAKN) still being handled by an ending unit goes to the successor, with a step in its history the
 * citizen sees on the tracking page; answered, published or refused feedback stays with the unit that closed it.
 */
export const feedbackParticipant: OrgChangeParticipant = {
  group: 'feedback',
  async collect(scope) {
    const rows = await feedbackRepository.assignedTo(
      scope.tx,
      endingSources(scope).map((s) => s.unitId),
    );
    return rows.map((f): TransferCandidate => {
      const base = { entityType: 'feedback', entityId: f.id, label: `${f.code} — ${f.title}`, fromUnitId: f.assignedUnitId! };
      return OPEN_FEEDBACK.includes(f.status)
        ? { ...base, defaultTo: destinationOf(scope, f.assignedUnitId!), status: 'moves', choosable: true }
        : {
            ...base,
            defaultTo: f.assignedUnitId!,
            status: 'stays',
            reason: `Phản ánh «${STATUS_LABELS[f.status] ?? f.status}»: giữ đơn vị đã xử lý (lịch sử).`,
            choosable: false,
          };
    });
  },
  async move(scope, items) {
    for (const item of items) {
      const id = Number(item.entityId);
      const note = transferLine(scope, item.fromUnitId, item.toUnitId!);
      await feedbackRepository.update(scope.tx, id, { assignedUnitId: item.toUnitId! });
      await feedbackRepository.appendEvent(scope.tx, {
        feedbackId: id,
        kind: 'transferred',
        on: clock.today(),
        actorId: scope.actor.userId,
        actorName: scope.actor.fullName,
        note,
        visibleToCitizen: true,
      });
      await auditTransfer(scope, {
        action: 'feedback.transferred',
        entityType: 'feedback',
        entityId: id,
        from: item.fromUnitId,
        to: item.toUnitId!,
        field: 'assignedUnitId',
        details: { note },
      });
    }
    return items.map(() => ({ status: 'moves' as const }));
  },
};
