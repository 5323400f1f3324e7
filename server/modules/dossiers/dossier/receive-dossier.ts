import type { DossierDetail, ReceiveDossierRequest } from '../../../../contracts/dossiers';
import { decideReceipt, dossierCodePrefix, nextDossierCode } from '../../../../domain/dossiers';
import { counterDeltas } from '../../../../domain/dossiers/monthly-counts';
import { unitOnDate } from '../../../../domain/org-units';
import { receivingPointAt, receivingPointProblem } from '../../../../domain/dossiers/receiving-point';
import { authorize, type Actor } from '../../../auth/permissions';
import type { Db, Executor } from '../../../db/client';
import { DomainError } from '../../../errors';
import { recordAudit } from '../../audit/audit.service';
import { loadWorkingCalendar } from '../../calendar/calendar.service';
import { orgChangeRepository } from '../../org-units/org-change.repository';
import { orgUnitRepository } from '../../org-units/org-unit.repository';
import { countFacts, dossierRepository } from '../dossier.repository';
import { procedureRepository } from '../procedure.repository';
import { decide, detailOf } from './dossier-access';

/**
 * Where the dossier was received: the unit and point named, else the officer's own counter when the officer works at
 * a centre or a commune, else the handling unit's desk. The unit must be in the officer's scope (naming it lets its
 * staff read the dossier) and fit the point and the day.
 */
async function receivingPointOf(exec: Executor, actor: Actor, input: ReceiveDossierRequest, handlingUnitId: number) {
  const own = await orgUnitRepository.findById(exec, actor.unitId);
  const atCentre = own && (own.type === 'service_center' || own.type === 'commune') ? own.id : null;
  const unitId = input.receivingUnitId ?? atCentre ?? handlingUnitId;
  const unit = await orgUnitRepository.findById(exec, unitId);
  if (!unit)
    throw new DomainError('UNIT_NOT_FOUND', `Nơi tiếp nhận (đơn vị mã số ${unitId}) không tồn tại; chọn lại nơi tiếp nhận.`, 400, { field: 'receivingUnitId' });
  if (unitId !== handlingUnitId) authorize(actor, 'dossier:process', unit);
  const point = input.receivingPoint ?? receivingPointAt(input.channel, unit.type);
  const problem = receivingPointProblem(point, input.channel, unit, input.receivedOn);
  if (problem) throw new DomainError('RECEIVING_POINT_INVALID', `Nơi tiếp nhận: ${problem}`, 400, { field: 'receivingPoint' });
  return { receivingPoint: point, receivingUnitId: unit.id };
}

/**
 * Receives a dossier at the one-stop desk: the due date is computed from the procedure's time and the calendar.
 * With a rejection reason the dossier is registered directly as refused (state 3), for form 03.
 */
export async function receiveDossier(db: Db, actor: Actor, input: ReceiveDossierRequest): Promise<DossierDetail> {
  authorize(actor, 'dossier:process');
  return db.transaction(async (tx) => {
    const procedure = await procedureRepository.findById(tx, input.procedureId);
    if (!procedure || !procedure.active)
      throw new DomainError('PROCEDURE_NOT_FOUND', `Thủ tục (mã số ${input.procedureId}) không có hoặc đã ngừng áp dụng; chọn thủ tục khác.`, 400, {
        field: 'procedureId',
      });
    // The unit that handled the procedure on the day of receipt: a receipt dated before a change of the organisation
    // goes to the unit of that day, not to the successor that took the procedure over.
    const moves = await orgChangeRepository.movesOf(tx, 'procedure', [procedure.id]);
    const handlingUnitId = unitOnDate(procedure.unitId, moves.get(procedure.id) ?? [], input.receivedOn);
    const unit = await orgUnitRepository.findById(tx, handlingUnitId);
    authorize(actor, 'dossier:process', unit);
    const received = await receivingPointOf(tx, actor, input, handlingUnitId);
    const calendar = await loadWorkingCalendar(tx);
    const prefix = dossierCodePrefix(procedure.code, input.receivedOn);
    const code = input.code ?? nextDossierCode(prefix, await dossierRepository.countWithPrefix(tx, prefix));
    const codeTaken = (await dossierRepository.findByCode(tx, code)) !== null;
    const receipt = { dossierCode: code, on: input.receivedOn, channel: input.channel, rejectionReason: input.rejectionReason, codeTaken };
    const { event, summary, record } = decide(() => decideReceipt(calendar, procedure, receipt));
    const row = await dossierRepository.insert(
      tx,
      {
        code,
        procedureId: procedure.id,
        unitId: handlingUnitId,
        applicantName: input.applicantName,
        applicantPhone: input.applicantPhone,
        applicantAddress: input.applicantAddress ?? null,
        channel: input.channel,
        ...received,
      },
      record,
    );
    await dossierRepository.appendEvent(tx, row.id, 1, event, summary, actor);
    await dossierRepository.applyCounterDeltas(tx, counterDeltas([{ before: null, after: countFacts(row, procedure.fee) }]));
    await recordAudit(tx, actor, { action: `dossier.${event.type}`, entityType: 'dossier', entityId: code, unitId: row.unitId, after: event });
    return detailOf(tx, code, calendar);
  });
}
