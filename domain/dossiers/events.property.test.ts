import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../time/iso-date';
import { allowedDossierEvents, applyDossierEvent, DossierRuleError, emptyDossier, type DossierEvent, type DossierEventType } from './index';

const CODE = 'H27-250101-0001';
const TYPES: DossierEventType[] = [
  'registered',
  'received',
  'rejected',
  'processing-started',
  'supplement-requested',
  'supplement-received',
  'payment-requested',
  'paid',
  'withdrawal-requested',
  'stopped',
  'resolved',
  'returned',
  'apology-issued',
  'extended',
  'forwarded',
  'transferred',
];

/** A well-formed event of the given type on the given date; the life cycle alone decides if it fits. */
function eventOf(type: DossierEventType, on: string, step: number): DossierEvent {
  const base = { dossierCode: CODE, on };
  switch (type) {
    case 'registered':
    case 'received':
      return { ...base, type, channel: 2 };
    case 'rejected':
    case 'supplement-requested':
    case 'stopped':
      return { ...base, type, reason: 'lý do' };
    case 'apology-issued':
      return { ...base, type, reason: 'lý do', newAppointmentOn: addDays(on, 5) };
    case 'extended':
      return { ...base, type, reason: 'lý do', newDueOn: addDays('2030-01-01', step) };
    case 'forwarded':
      return { ...base, type, toUnitId: 'don-vi-khac' };
    case 'transferred':
      return { ...base, type, fromUnitId: 3, fromUnitName: 'Phòng GD&ĐT', toUnitId: 9, toUnitName: 'UBND phường', decisionNo: '1669/NQ-UBTVQH15' };
    default:
      return { ...base, type };
  }
}

describe('dossier life cycle, any sequence of events', () => {
  it('accepts exactly the allowed events and keeps pauses, counts and dates consistent', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...TYPES), fc.nat(3)), { maxLength: 40 }), (steps) => {
        let dossier = emptyDossier(CODE);
        let on = '2025-01-02';
        steps.forEach(([type, gap], step) => {
          on = addDays(on, gap);
          const allowed = allowedDossierEvents(dossier).includes(type);
          try {
            dossier = applyDossierEvent(dossier, eventOf(type, on, step));
            expect(allowed).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(DossierRuleError);
            expect(allowed).toBe(false);
          }
          const open = dossier.pauses.filter((p) => p.to === null);
          expect(open.length).toBeLessThanOrEqual(1);
          expect(dossier.flags.paused).toBe(dossier.state === 5 || dossier.state === 6);
          expect(dossier.supplementCount).toBe(dossier.pauses.filter((p) => p.kind === 'supplement').length);
          if (dossier.returnedOn) expect(dossier.resolvedOn !== null && dossier.resolvedOn <= dossier.returnedOn).toBe(true);
          if (dossier.state === 3 || dossier.state === 8 || dossier.state === 10) expect(allowedDossierEvents(dossier)).toEqual([]);
        });
      }),
    );
  });
});
