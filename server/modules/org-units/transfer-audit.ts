import { formatViDate } from '../../../domain/time/iso-date';
import { recordAudit } from '../audit/audit.service';
import type { OrgChangeScope } from './org-change-participant';

/** What a participant says of one record it moved. */
export interface TransferAuditEntry {
  action: string;
  entityType: string;
  entityId: string | number;
  from: number;
  to: number;
  /** The record's field that names the unit ('unitId' unless the record calls it otherwise). */
  field?: string;
  /** More of what changed, kept with the new state (e.g. the history line written). */
  details?: Record<string, unknown>;
}

/** The audit entry of a record a change of the organisation moved: its unit before and after, and the change. */
export async function auditTransfer(scope: OrgChangeScope, entry: TransferAuditEntry): Promise<void> {
  const field = entry.field ?? 'unitId';
  await recordAudit(scope.tx, scope.actor, {
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    unitId: entry.to,
    before: { [field]: entry.from },
    after: { [field]: entry.to, operationId: scope.operationId, ...entry.details },
  });
}

/** The line a moved record's own history gets: "Chuyển từ «A» sang «B» từ ngày 01/07/2025 theo 1669/NQ-UBTVQH15." */
export function transferLine(scope: OrgChangeScope, from: number, to: number): string {
  return `Chuyển từ «${scope.unitName(from)}» sang «${scope.unitName(to)}» từ ngày ${formatViDate(scope.on)} theo ${scope.decisionNo}.`;
}
