import * as clock from '../../clock';
import type { OrgChangeParticipant } from '../org-units/org-change-participant';
import { auditTransfer } from '../org-units/transfer-audit';
import { procedureRepository } from './procedure.repository';

/**
 * The catalogue entries a unit that ends handled go to its successor (or where the administrator says), so the desk
 * and the imports place new dossiers with a unit that exists. The move is recorded among the change's transfers,
 * from which the 766 report reads which unit handled a procedure in an earlier period.
 */
export const proceduresParticipant: OrgChangeParticipant = {
  group: 'procedures',
  async collect(scope) {
    const ending = scope.sources.filter((s) => s.ends);
    if (!ending.length) return [];
    const rows = (await procedureRepository.list(scope.tx)).filter((p) => ending.some((s) => s.unitId === p.unitId));
    return rows.map((p) => ({
      entityType: 'procedure',
      entityId: p.id,
      label: `${p.code} — ${p.name}`,
      fromUnitId: p.unitId,
      defaultTo: ending.find((s) => s.unitId === p.unitId)!.defaultTo,
      status: 'moves' as const,
      choosable: true,
    }));
  },
  async move(scope, items) {
    for (const item of items) {
      const id = Number(item.entityId);
      await procedureRepository.update(scope.tx, id, { unitId: item.toUnitId! }, clock.now());
      await auditTransfer(scope, { action: 'procedure.transferred', entityType: 'procedure', entityId: id, from: item.fromUnitId, to: item.toUnitId! });
    }
    return items.map(() => ({ status: 'moves' as const }));
  },
};
