import { asc, eq, inArray } from 'drizzle-orm';
import type { UnitVersion, SuccessorLink } from '../../../domain/org-units';
import type { UnitType } from '../../../domain/org-units/unit-types';
import type { Executor } from '../../db/client';
import { orgUnits, orgUnitSuccessions, orgUnitVersions } from '../../db/schema/index';

type VersionRow = typeof orgUnitVersions.$inferSelect;
type UnitRow = typeof orgUnits.$inferSelect;

function toVersion(r: VersionRow): UnitVersion {
  return {
    unitId: r.unitId,
    validFrom: r.validFrom,
    validTo: r.validTo,
    parentId: r.parentId,
    type: r.type as UnitType,
    name: r.name,
    shortName: r.shortName,
    district: r.district,
    operationId: r.operationId,
  };
}

// A unit recorded before units had versions (or restored from such a backup) has one period: its row.
function implicitVersion(u: UnitRow): UnitVersion {
  return {
    unitId: u.id,
    validFrom: u.validFrom,
    validTo: u.validTo,
    parentId: u.parentId,
    type: u.type as UnitType,
    name: u.name,
    shortName: u.shortName,
    district: u.district,
    operationId: null,
  };
}

/** Queries of the organisation's history: versions of units and successor links. */
export const orgTimelineRepository = {
  /** Every version of every unit, and every successor link (the tree is small: one department). */
  async load(exec: Executor): Promise<{ versions: UnitVersion[]; links: SuccessorLink[] }> {
    const [units, rows, links] = await Promise.all([
      exec.select().from(orgUnits),
      exec.select().from(orgUnitVersions).orderBy(asc(orgUnitVersions.unitId), asc(orgUnitVersions.validFrom)),
      exec.select().from(orgUnitSuccessions).orderBy(asc(orgUnitSuccessions.id)),
    ]);
    const withVersions = new Set(rows.map((r) => r.unitId));
    return {
      versions: [...rows.map(toVersion), ...units.filter((u) => !withVersions.has(u.id)).map(implicitVersion)],
      links: links.map((l) => ({ fromUnitId: l.fromUnitId, toUnitId: l.toUnitId, on: l.effectiveOn, principal: l.principal, note: l.note })),
    };
  },
  /** Replaces the stored periods of the given units with the timeline's. */
  async replaceVersions(exec: Executor, unitIds: readonly number[], versions: readonly UnitVersion[]): Promise<void> {
    if (!unitIds.length) return;
    await exec.delete(orgUnitVersions).where(inArray(orgUnitVersions.unitId, [...unitIds]));
    const keep = versions.filter((v) => unitIds.includes(v.unitId));
    if (keep.length)
      await exec.insert(orgUnitVersions).values(
        keep.map((v) => ({
          unitId: v.unitId,
          validFrom: v.validFrom,
          validTo: v.validTo,
          parentId: v.parentId,
          type: v.type,
          name: v.name,
          shortName: v.shortName,
          district: v.district,
          operationId: v.operationId ?? null,
        })),
      );
  },
  async insertLinks(exec: Executor, operationId: number, links: readonly SuccessorLink[]): Promise<void> {
    if (!links.length) return;
    await exec
      .insert(orgUnitSuccessions)
      .values(
        links.map((l) => ({ operationId, fromUnitId: l.fromUnitId, toUnitId: l.toUnitId, effectiveOn: l.on, principal: l.principal, note: l.note ?? null })),
      );
  },
  async versionsOf(exec: Executor, unitId: number): Promise<VersionRow[]> {
    return exec.select().from(orgUnitVersions).where(eq(orgUnitVersions.unitId, unitId)).orderBy(asc(orgUnitVersions.validFrom));
  },
};
