import { counterDeltas } from '../../../domain/dossiers/monthly-counts';
import { summarizeEvent } from '../../../domain/dossiers/summary';
import { formatViDate } from '../../../domain/time/iso-date';
import * as clock from '../../clock';
import type { OrgChangeParticipant, TransferCandidate } from '../org-units/org-change-participant';
import { auditTransfer } from '../org-units/transfer-audit';
import { countFacts, dossierRepository } from './dossier.repository';
import { dossierTransferRepository } from './dossier-transfer.repository';

/**
 * Open dossiers of a unit that ends (or gives part of itself away) go to the successor that will resolve them,
 * with a line in their history. Receipt stays counted at the unit that had the dossier on the day it was received
 * (unit_at_receipt_id), so the 766 figures of the earlier months read the same; the result counts at the successor.
 * Closed dossiers are history and never move, so they are not listed.
 */
export const dossiersParticipant: OrgChangeParticipant = {
  group: 'dossiers',
  async collect(scope) {
    const open = await dossierTransferRepository.openOfUnits(
      scope.tx,
      scope.sources.map((s) => s.unitId),
      scope.on,
    );
    return open.map(({ dossier, procedureName }): TransferCandidate => {
      const source = scope.sources.find((s) => s.unitId === dossier.unitId)!;
      return {
        entityType: 'dossier',
        entityId: dossier.id,
        label: `${dossier.code} — ${procedureName} (tiếp nhận ${formatViDate(dossier.receivedOn)})`,
        fromUnitId: dossier.unitId,
        defaultTo: source.defaultTo,
        status: 'moves',
        choosable: true,
      };
    });
  },
  async move(scope, items) {
    const open = new Map(
      (
        await dossierTransferRepository.openOfUnits(
          scope.tx,
          items.map((i) => i.fromUnitId),
          scope.on,
        )
      ).map((o) => [o.dossier.id, o]),
    );
    for (const item of items) {
      const { dossier, fee } = open.get(Number(item.entityId))!;
      const to = item.toUnitId!;
      const fromUnitName = scope.timeline.lastVersion(item.fromUnitId)?.name ?? scope.unitName(item.fromUnitId);
      const after = await dossierTransferRepository.moveTo(scope.tx, dossier.id, to, dossier.unitAtReceiptId ?? dossier.unitId, clock.now());
      const event = {
        type: 'transferred' as const,
        dossierCode: dossier.code,
        on: scope.on,
        fromUnitId: item.fromUnitId,
        fromUnitName,
        toUnitId: to,
        toUnitName: scope.unitName(to),
        decisionNo: scope.decisionNo,
      };
      await dossierRepository.appendEvent(
        scope.tx,
        dossier.id,
        await dossierRepository.nextSeq(scope.tx, dossier.id),
        event,
        summarizeEvent(event),
        scope.actor,
      );
      // Receipt stays where it was counted; a result already recorded after the date moves to the successor.
      await dossierRepository.applyCounterDeltas(scope.tx, counterDeltas([{ before: countFacts(dossier, fee), after: countFacts(after, fee) }]));
      await auditTransfer(scope, { action: 'dossier.transferred', entityType: 'dossier', entityId: dossier.code, from: item.fromUnitId, to });
    }
    return items.map(() => ({ status: 'moves' as const }));
  },
};
