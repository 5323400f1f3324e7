import type { DossierActionRequest, DossierDetail } from '../../../../contracts/dossiers';
import { decideStep, DossierEvent } from '../../../../domain/dossiers';
import { counterDeltas } from '../../../../domain/dossiers/monthly-counts';
import type { Actor } from '../../../auth/permissions';
import type { Db } from '../../../db/client';
import { DomainError } from '../../../errors';
import { recordAudit } from '../../audit/audit.service';
import { loadWorkingCalendar } from '../../calendar/calendar.service';
import { countFacts, dossierRepository, type DossierWithNames } from '../dossier.repository';
import { procedureRepository } from '../procedure.repository';
import { decide, detailOf, dossierFor } from './dossier-access';
import * as clock from '../../../clock';

/** What a step records on the dossier besides its event: ticked when resolved or returned, else kept. */
function recordedFacts(row: DossierWithNames, input: DossierActionRequest) {
  return {
    digitized: (input.type === 'resolved' ? input.digitized : undefined) ?? row.digitized,
    electronicRouting: (input.type === 'resolved' ? input.electronicRouting : undefined) ?? row.electronicRouting,
    returnChannel: (input.type === 'returned' ? input.returnChannel : undefined) ?? row.returnChannel,
  };
}

/** Records one step of the life cycle; the domain decides whether it may follow the current state. */
export async function actOnDossier(db: Db, actor: Actor, code: string, input: DossierActionRequest): Promise<DossierDetail> {
  return db.transaction(async (tx) => {
    const row = await dossierFor(tx, actor, 'dossier:process', code, true);
    if (row.source !== 'officer') {
      throw new DomainError('DOSSIER_SYNCED', `Hồ sơ ${code} được đồng bộ từ hệ thống "${row.source}"; hãy cập nhật trên hệ thống đó rồi đồng bộ lại.`, 409);
    }
    const procedure = (await procedureRepository.findById(tx, row.procedureId))!;
    const calendar = await loadWorkingCalendar(tx);
    const history = await dossierRepository.history(tx, row.id);
    // The request is the event plus what the step records on the dossier; the event schema keeps the event's fields.
    const step = DossierEvent.parse({ ...input, dossierCode: code });
    const { event, summary, record } = decide(() => decideStep(calendar, procedure, row, history, step));
    const after = await dossierRepository.saveRecord(tx, row.id, record, recordedFacts(row, input), clock.now());
    await dossierRepository.appendEvent(tx, row.id, await dossierRepository.nextSeq(tx, row.id), event, summary, actor);
    await dossierRepository.applyCounterDeltas(tx, counterDeltas([{ before: countFacts(row, procedure.fee), after: countFacts(after, procedure.fee) }]));
    await recordAudit(tx, actor, {
      action: `dossier.${event.type}`,
      entityType: 'dossier',
      entityId: code,
      unitId: row.unitId,
      before: { state: row.state },
      after: event,
    });
    return detailOf(tx, code, calendar);
  });
}
