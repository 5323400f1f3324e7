import { OrgTimeline, scopePaths } from '../../../domain/org-units';
import type { IsoDate } from '../../../domain/time/iso-date';
import type { Executor } from '../../db/client';
import * as clock from '../../clock';
import { orgTimelineRepository } from './org-timeline.repository';
import { orgUnitRepository } from './org-unit.repository';

/** The organisation over time, as stored. */
export async function loadTimeline(exec: Executor): Promise<OrgTimeline> {
  return new OrgTimeline(await orgTimelineRepository.load(exec));
}

/**
 * Rewrites each unit's row to its state today (name, type, parent, life, scope path) from the timeline,
 * touching only rows that differ. Called in the transaction of every change of the organisation.
 */
export async function syncCurrentRows(exec: Executor, timeline: OrgTimeline, today: IsoDate = clock.today()): Promise<void> {
  const paths = scopePaths(timeline, today);
  const rows = await orgUnitRepository.listAll(exec);
  for (const row of rows) {
    const now = timeline.versionAt(row.id, today) ?? timeline.lastVersion(row.id);
    const life = timeline.lifeOf(row.id);
    if (!now || !life) continue;
    const ended = life.to !== null && life.to <= today;
    const target = {
      parentId: now.parentId,
      name: now.name,
      shortName: now.shortName,
      type: now.type,
      district: now.district,
      validFrom: life.from,
      validTo: life.to,
      path: paths.get(row.id) ?? row.path,
      active: ended ? false : row.validTo !== null && !ended ? true : row.active,
    };
    const changed = (Object.keys(target) as Array<keyof typeof target>).some((k) => row[k] !== target[k]);
    if (changed) await orgUnitRepository.update(exec, row.id, target);
  }
}
