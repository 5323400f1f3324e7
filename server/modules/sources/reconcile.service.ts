// Reconciliation of a source and a month: what the source reports beside what cchc computed from the same
// dossiers, each difference with the dossiers that cause it (domain/sources/reconcile.ts).
import type { Reconciliation, ReportedCountsRequest } from '../../../contracts/source-reconcile';
import { reconcileMonth } from '../../../domain/sources/index';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/client';
import { forbidden } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { sourceRepository, type SourceWithUnit } from './source.repository';

async function sourceFor(db: Db, actor: Actor, action: string, id: number): Promise<SourceWithUnit> {
  authorize(actor, action);
  const source = await sourceRepository.get(db, id);
  if (!source) throw forbidden();
  authorize(actor, action, { path: source.unitPath });
  return source;
}

/** One month of a source (default: the latest with data) against the register. */
export async function reconcileSource(db: Db, actor: Actor, id: number, month?: string): Promise<Reconciliation> {
  const source = await sourceFor(db, actor, 'source:read', id);
  const months = await sourceRepository.months(db, source.id, source.code);
  const chosen = month ?? months[0] ?? null;
  if (!chosen) return { sourceId: id, months, month: null, reported: null, lines: [] };
  const [reported] = await sourceRepository.reportedCounts(db, source.id, [chosen]);
  const dossiers = await sourceRepository.reconcileFacts(db, source.code, chosen);
  const refused = await sourceRepository.refusedRows(db, source.id, chosen);
  return {
    sourceId: id,
    months,
    month: chosen,
    reported: reported ? { origin: reported.origin as 'endpoint' | 'typed', recordedAt: reported.recordedAt.toISOString() } : null,
    lines: reconcileMonth(chosen, reported ?? null, dossiers, refused),
  };
}

/** Records the figures a source reports for a month, typed from its report by the Office. */
export async function saveReportedCounts(db: Db, actor: Actor, id: number, month: string, counts: ReportedCountsRequest): Promise<Reconciliation> {
  const source = await sourceFor(db, actor, 'source:manage', id);
  await db.transaction(async (tx) => {
    await sourceRepository.saveReportedCounts(tx, { sourceId: id, month, ...counts, origin: 'typed', recordedBy: actor.userId });
    await recordAudit(tx, actor, { action: 'source.reported-counts', entityType: 'source', entityId: id, unitId: source.unitId, after: { month, ...counts } });
  });
  return reconcileSource(db, actor, id, month);
}
