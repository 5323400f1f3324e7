import type { DossierDetail, ReceiveDossierRequest } from '../../../../contracts/dossiers';
import { decideReceipt, dossierCodePrefix, nextDossierCode } from '../../../../domain/dossiers';
import { counterDeltas } from '../../../../domain/dossiers/monthly-counts';
import { authorize, type Actor } from '../../../auth/permissions';
import type { Db } from '../../../db/client';
import { DomainError } from '../../../errors';
import { recordAudit } from '../../audit/audit.service';
import { loadWorkingCalendar } from '../../calendar/calendar.service';
import { orgUnitRepository } from '../../org-units/org-unit.repository';
import { countFacts, dossierRepository } from '../dossier.repository';
import { procedureRepository } from '../procedure.repository';
import { decide, detailOf } from './dossier-access';

/**
 * Receives a dossier at the one-stop desk: the due date is computed from the procedure's time and the calendar.
 * With a rejection reason the dossier is registered directly as refused (state 3), for form 03.
 */
export async function receiveDossier(db: Db, actor: Actor, input: ReceiveDossierRequest): Promise<DossierDetail> {
  authorize(actor, 'dossier:process');
  return db.transaction(async (tx) => {
    const procedure = await procedureRepository.findById(tx, input.procedureId);
    if (!procedure || !procedure.active) throw new DomainError('PROCEDURE_NOT_FOUND', `Thủ tục (mã số ${input.procedureId}) không có hoặc đã ngừng áp dụng; chọn thủ tục khác.`, 400, { field: 'procedureId' });
    const unit = await orgUnitRepository.findById(tx, procedure.unitId);
    authorize(actor, 'dossier:process', unit);
    const calendar = await loadWorkingCalendar(tx);
    const prefix = dossierCodePrefix(procedure.code, input.receivedOn);
    const code = input.code ?? nextDossierCode(prefix, await dossierRepository.countWithPrefix(tx, prefix));
    const codeTaken = (await dossierRepository.findByCode(tx, code)) !== null;
    const receipt = { dossierCode: code, on: input.receivedOn, channel: input.channel, rejectionReason: input.rejectionReason, codeTaken };
    const { event, summary, record } = decide(() => decideReceipt(calendar, procedure, receipt));
    const row = await dossierRepository.insert(
      tx,
      { code, procedureId: procedure.id, unitId: procedure.unitId, applicantName: input.applicantName, applicantPhone: input.applicantPhone, applicantAddress: input.applicantAddress ?? null, channel: input.channel },
      record,
    );
    await dossierRepository.appendEvent(tx, row.id, 1, event, summary, actor);
    await dossierRepository.applyCounterDeltas(tx, counterDeltas([{ before: null, after: countFacts(row, procedure.fee) }]));
    await recordAudit(tx, actor, { action: `dossier.${event.type}`, entityType: 'dossier', entityId: code, unitId: row.unitId, after: event });
    return detailOf(tx, code, calendar);
  });
}
