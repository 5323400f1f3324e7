import type { Dossier, DossierActionRequest, DossierDetail, DossierList, DossierListQuery, Procedure, PublicDossier, ReceiveDossierRequest } from '../../../contracts/dossiers';
import { CalendarRuleError, type WorkingCalendar } from '../../../domain/calendar';
import {
  decideReceipt,
  decideStep,
  DossierEvent,
  dossierCodePrefix,
  DossierRuleError,
  dossierStateLabel,
  foldDossierRecord,
  nextDossierCode,
  type DossierStateCode,
} from '../../../domain/dossiers';
import { counterDeltas } from '../../../domain/dossiers/monthly-counts';
import { authorize, type Actor } from '../../auth/permissions';
import type { Db, Executor } from '../../db/client';
import { DomainError, forbidden, notFound } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { orgUnitRepository } from '../org-units/org-unit.repository';
import { loadWorkingCalendar } from '../calendar/calendar.service';
import { countFacts, dossierEventOf, dossierRepository, type DossierWithNames } from './dossier.repository';
import { procedureRepository, type ProcedureRow } from './procedure.repository';
import { toDossierView, toEventView } from './dossier-view';
import * as clock from '../../clock';

// Refusals that name a value the officer typed (a date, an amount, a reason) rather than the dossier's state.
const INPUT_REFUSALS = new Set(['DOSSIER_INVALID_DATE', 'DOSSIER_REASON_REQUIRED', 'DOSSIER_INVALID_AMOUNT', 'DOSSIER_APPOINTMENT_NOT_LATER', 'DOSSIER_EXTENSION_NOT_LATER', 'DOSSIER_EXTENSION_DAY_OFF', 'CHANNEL_NOT_OFFERED']);
// Refusals about one field of the receipt form, so the form can point at it.
const REFUSED_FIELDS: Record<string, string> = { CHANNEL_NOT_OFFERED: 'channel', DOSSIER_CODE_TAKEN: 'code' };

/** Rule refusals of the domain are the user's to fix: a 409 (life cycle) or 400 (input) with the rule's message. */
function domainRefusal(error: unknown): never {
  if (error instanceof DossierRuleError) {
    const field = REFUSED_FIELDS[error.code];
    throw new DomainError(error.code, error.message, INPUT_REFUSALS.has(error.code) ? 400 : 409, field ? { field } : undefined);
  }
  if (error instanceof CalendarRuleError) throw new DomainError(error.code, error.message, 400);
  throw error;
}

/** Runs a pure decision of the domain, turning its refusal into the reply the user reads. */
function decide<T>(decision: () => T): T {
  try {
    return decision();
  } catch (error) {
    return domainRefusal(error);
  }
}

export function toProcedure(row: ProcedureRow): Procedure {
  return { ...row, level: row.level as Procedure['level'], onlineLevel: row.onlineLevel as Procedure['onlineLevel'] };
}

export async function listProcedures(db: Db, actor: Actor): Promise<Procedure[]> {
  authorize(actor, 'dossier:read');
  return (await procedureRepository.list(db)).map(toProcedure);
}

/** Loads a dossier the actor may act on; 403 outside scope or when absent for non-global actors (learn nothing). */
async function dossierFor(exec: Executor, actor: Actor, action: string, code: string, forUpdate = false): Promise<DossierWithNames> {
  authorize(actor, action);
  const row = await dossierRepository.findByCode(exec, code, forUpdate);
  if (!row) throw actor.scopePath === '/' ? notFound(`hồ sơ ${code}`) : forbidden();
  authorize(actor, action, { path: row.unitPath });
  return row;
}

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
    await recordAudit(tx, actor, { action: `dossier.${event.type}`, entityType: 'dossier', entityId: code, unitId: row.unitId, before: { state: row.state }, after: event });
    return detailOf(tx, code, calendar);
  });
}

async function detailOf(exec: Executor, code: string, calendar?: WorkingCalendar): Promise<DossierDetail> {
  const cal = calendar ?? (await loadWorkingCalendar(exec));
  const row = (await dossierRepository.findByCode(exec, code))!;
  const procedure = (await procedureRepository.findById(exec, row.procedureId))!;
  const events = await dossierRepository.events(exec, row.id);
  let dueExplanation = 'Theo dữ liệu đồng bộ từ hệ thống nguồn.';
  if (row.source === 'officer') {
    dueExplanation = decide(() => foldDossierRecord(cal, procedure, events.map(dossierEventOf))).dueExplanation;
  }
  return { ...toDossierView(cal, row, clock.today()), events: events.map(toEventView), dueExplanation };
}

export async function getDossier(db: Db, actor: Actor, code: string): Promise<DossierDetail> {
  await dossierFor(db, actor, 'dossier:read', code);
  return detailOf(db, code);
}

/** The register, filtered; timeliness filters apply to the page's rows computed as of today. */
export async function listDossiers(db: Db, actor: Actor, query: DossierListQuery): Promise<DossierList> {
  authorize(actor, 'dossier:read');
  let unitPath: string | undefined;
  if (query.unitId) {
    const unit = await orgUnitRepository.findById(db, query.unitId);
    if (!unit) throw new DomainError('UNIT_NOT_FOUND', `Đơn vị (mã số ${query.unitId}) không tồn tại; chọn lại đơn vị.`, 400, { field: 'unitId' });
    authorize(actor, 'dossier:read', unit);
    unitPath = unit.path;
  }
  const calendar = await loadWorkingCalendar(db);
  const today = clock.today();
  const wantsOpen = query.timeliness === 'overdue' || query.timeliness === 'at-risk' || query.timeliness === 'within-time';
  const filter = { scopePath: actor.scopePath, q: query.q, state: query.state, unitPath, open: wantsOpen || undefined };
  if (!query.timeliness) {
    const { items, total } = await dossierRepository.list(db, filter, query.page, query.pageSize);
    return { items: items.map((r) => toDossierView(calendar, r, today)), total };
  }
  // Timeliness depends on today and the calendar, so it is filtered after the fold, over the scope's open or resolved rows.
  const { items } = await dossierRepository.list(db, filter, 1, 100_000);
  const matching = items.map((r) => toDossierView(calendar, r, today)).filter((d) => d.timeliness === query.timeliness);
  const start = (query.page - 1) * query.pageSize;
  return { items: matching.slice(start, start + query.pageSize), total: matching.length };
}

/** Public lookup: the code plus the last 4 digits of the applicant's phone; the same 404 whether the code or the digits are wrong. */
export async function lookupPublicDossier(db: Db, code: string, phone4: string): Promise<PublicDossier> {
  const row = await dossierRepository.findByCode(db, code.trim());
  const digits = row?.applicantPhone.replace(/\D/g, '') ?? '';
  if (!row || digits.slice(-4) !== phone4) {
    throw new DomainError('PUBLIC_DOSSIER_NOT_FOUND', 'Không tìm thấy hồ sơ với mã và 4 số cuối điện thoại đã nhập; kiểm tra lại mã trên giấy tiếp nhận.', 404);
  }
  const events = await dossierRepository.events(db, row.id);
  return {
    code: row.code,
    procedureName: row.procedureName,
    stateLabel: dossierStateLabel(row.state as DossierStateCode),
    receivedOn: row.receivedOn,
    dueOn: row.dueOn,
    appointmentOn: row.appointmentOn,
    returnedOn: row.returnedOn,
    history: events.map((e) => ({ on: e.on, summary: e.summary })),
  };
}

export type { Dossier };
