// What the register's use cases share: the dossier loaded for an actor who may act on it, the domain's
// refusals as the replies users read, and the detail every use case answers with.
import type { DossierDetail } from '../../../../contracts/dossiers';
import { CalendarRuleError, type WorkingCalendar } from '../../../../domain/calendar';
import { DossierRuleError, foldDossierRecord } from '../../../../domain/dossiers';
import { authorize, inScope, isReadAction, type Actor } from '../../../auth/permissions';
import type { Executor } from '../../../db/client';
import { DomainError, forbidden, notFound } from '../../../errors';
import { loadWorkingCalendar } from '../../calendar/calendar.service';
import { dossierEventOf, dossierRepository, type DossierWithNames } from '../dossier.repository';
import { toDossierView, toEventView } from '../dossier-view';
import { procedureRepository } from '../procedure.repository';
import * as clock from '../../../clock';

// Refusals that name a value the officer typed (a date, an amount, a reason) rather than the dossier's state.
const INPUT_REFUSALS = new Set([
  'DOSSIER_INVALID_DATE',
  'DOSSIER_REASON_REQUIRED',
  'DOSSIER_INVALID_AMOUNT',
  'DOSSIER_APPOINTMENT_NOT_LATER',
  'DOSSIER_EXTENSION_NOT_LATER',
  'DOSSIER_EXTENSION_DAY_OFF',
  'CHANNEL_NOT_OFFERED',
]);
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
export function decide<T>(decision: () => T): T {
  try {
    return decision();
  } catch (error) {
    return domainRefusal(error);
  }
}

/** Loads a dossier the actor may act on; 403 outside scope or when absent for non-global actors (learn nothing). */
export async function dossierFor(exec: Executor, actor: Actor, action: string, code: string, forUpdate = false): Promise<DossierWithNames> {
  authorize(actor, action);
  const row = await dossierRepository.findByCode(exec, code, forUpdate);
  if (!row) throw actor.scopePath === '/' ? notFound(`hồ sơ ${code}`) : forbidden();
  // The point that received it may read it (to tell the applicant and return the result); acting stays with the handler.
  if (isReadAction(action) && row.receivingUnitPath && inScope(actor, row.receivingUnitPath)) return row;
  authorize(actor, action, { path: row.unitPath });
  return row;
}

/** A dossier with its history and the explanation of its due date, as every use case answers. */
export async function detailOf(exec: Executor, code: string, calendar?: WorkingCalendar): Promise<DossierDetail> {
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
