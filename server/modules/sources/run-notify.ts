// A failed run is the Office's business: the CCHC officers' units are notified (in-app, and by e-mail when
// configured), once per run, with the reason and a link to the run.
import type { Executor } from '../../db/client';
import { notify } from '../notifications/notification.service';
import { sourceRepository, type SourceWithUnit } from './source.repository';

/** Notifies the Office (units of the CCHC officers) that a source's run failed. */
export async function notifyRunFailed(exec: Executor, source: SourceWithUnit, runId: number, reason: string): Promise<void> {
  for (const unitId of await sourceRepository.officeUnitIds(exec)) {
    await notify(exec, {
      unitId,
      kind: 'source-run-failed',
      title: `Nguồn dữ liệu "${source.name}" chạy không thành công`,
      body: reason.slice(0, 1000),
      link: `/nguon-du-lieu/${source.id}?run=${runId}`,
      dedupeKey: `source-run-failed:${runId}:${unitId}`,
    });
  }
}
