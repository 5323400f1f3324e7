import { recordAudit } from '../audit/audit.service';
import * as clock from '../../clock';
import { orgChangeRepository } from './org-change.repository';
import type { OrgChangeParticipant } from './org-change-participant';

/**
 * Accounts of a unit that ends go to a successor chosen per person (default: the principal successor), or
 * are locked. Their scope follows at once (it is read from the unit on every request); read access to the
 * ended unit's history is granted separately, only where the administrator ticks it.
 */
export const usersParticipant: OrgChangeParticipant = {
  group: 'users',
  async collect(scope) {
    const ending = scope.sources.filter((s) => s.ends);
    if (!ending.length) return [];
    const rows = await orgChangeRepository.usersOfUnits(
      scope.tx,
      ending.map((s) => s.unitId),
    );
    return rows
      .filter((u) => u.active)
      .sort((a, b) => a.username.localeCompare(b.username))
      .map((u) => ({
        entityType: 'user',
        entityId: u.id,
        label: `${u.fullName} (${u.username})`,
        fromUnitId: u.unitId,
        defaultTo: ending.find((s) => s.unitId === u.unitId)!.defaultTo,
        status: 'moves' as const,
        choosable: true,
        nullable: true,
      }));
  },
  async move(scope, items) {
    const out = [];
    for (const item of items) {
      const id = Number(item.entityId);
      const values = item.toUnitId === null ? { active: false } : { unitId: item.toUnitId };
      await orgChangeRepository.updateUser(scope.tx, id, { ...values, updatedAt: clock.now() });
      await recordAudit(scope.tx, scope.actor, {
        action: item.toUnitId === null ? 'user.locked-by-org-change' : 'user.moved-by-org-change',
        entityType: 'user',
        entityId: id,
        unitId: item.toUnitId ?? item.fromUnitId,
        before: { unitId: item.fromUnitId },
        after: { unitId: item.toUnitId, operationId: scope.operationId },
      });
      out.push(item.toUnitId === null ? { status: 'locked' as const, reason: 'Tài khoản bị khóa theo thay đổi tổ chức.' } : { status: 'moves' as const });
    }
    return out;
  },
};
