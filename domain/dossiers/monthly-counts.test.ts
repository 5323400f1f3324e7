import { describe, expect, it } from 'vitest';
import { counterDeltas, type DossierCountFacts } from './monthly-counts';

const base: DossierCountFacts = {
  unitId: 3,
  procedureId: 7,
  channel: 2,
  receivedOn: '2025-01-27',
  resolvedOn: null,
  returnedOn: null,
  returnChannel: null,
  timeliness: null,
  digitized: false,
  paidOnline: false,
  hasFee: true,
  electronicRouting: false,
  apologyIssued: false,
};

describe('monthly counters of the 766 dashboard', () => {
  it('counts a new online dossier as received in its month', () => {
    const deltas = counterDeltas([{ before: null, after: base }]);
    expect([...deltas.keys()]).toEqual(['3|7|2025-01']);
    expect(deltas.get('3|7|2025-01')).toMatchObject({ received: 1, onlineSubmitted: 1, resolved: 0 });
  });

  it('moves only the result counters when a dossier resolved late in the next month gets an apology', () => {
    const resolved = { ...base, resolvedOn: '2025-02-10', timeliness: 'late', digitized: true, paidOnline: true };
    const apologised = { ...resolved, apologyIssued: true };
    const first = counterDeltas([{ before: base, after: resolved }]);
    expect(first.has('3|7|2025-01')).toBe(false); // receipt unchanged: net zero, dropped
    expect(first.get('3|7|2025-02')).toMatchObject({ resolved: 1, late: 1, lateWithApology: 0, digitized: 1, paidOnline: 1, paymentsTotal: 1 });
    const second = counterDeltas([{ before: resolved, after: apologised }]);
    expect([...second.values()]).toEqual([expect.objectContaining({ lateWithApology: 1, late: 0, resolved: 0 })]);
  });

  it('undoes everything when the same facts are written again (idempotent import)', () => {
    const resolved = { ...base, resolvedOn: '2025-02-10', timeliness: 'early' };
    expect(counterDeltas([{ before: resolved, after: resolved }]).size).toBe(0);
  });

  it('counts a postal return in the month of return, and no payment for a free procedure', () => {
    const done = { ...base, hasFee: false, channel: 3, resolvedOn: '2025-02-10', timeliness: 'on-time', returnedOn: '2025-03-02', returnChannel: 3 };
    const deltas = counterDeltas([{ before: null, after: done }]);
    expect(deltas.get('3|7|2025-01')).toMatchObject({ received: 1, postalReceived: 1, onlineSubmitted: 0 });
    expect(deltas.get('3|7|2025-02')).toMatchObject({ resolvedOnTime: 1, paymentsTotal: 0 });
    expect(deltas.get('3|7|2025-03')).toMatchObject({ postalReturned: 1 });
  });

  it('counts nothing for a dossier refused at receipt, and removes a dossier refused after registration', () => {
    expect(counterDeltas([{ before: null, after: { ...base, rejected: true } }]).size).toBe(0);
    const refused = counterDeltas([{ before: base, after: { ...base, rejected: true } }]);
    expect(refused.get('3|7|2025-01')).toMatchObject({ received: -1, onlineSubmitted: -1 });
  });

  it('counts an online payment of a resolved dossier with a fee, in the month it was resolved', () => {
    const paid = { ...base, resolvedOn: '2025-02-03', timeliness: 'early', paidOnline: true };
    expect(counterDeltas([{ before: base, after: paid }]).get('3|7|2025-02')).toMatchObject({ paymentsTotal: 1, paidOnline: 1, resolvedEarly: 1 });
    const atDesk = { ...paid, paidOnline: false };
    expect(counterDeltas([{ before: base, after: atDesk }]).get('3|7|2025-02')).toMatchObject({ paymentsTotal: 1, paidOnline: 0 });
  });
  it('keeps receipt at the unit of the day of receipt when an open dossier moves to a successor, and counts its result there', () => {
    // Received in January by unit 3; unit 3 ends and the open dossier goes to unit 9, which resolves it in March.
    const moved = { ...base, unitId: 9, receiptUnitId: 3 };
    expect(counterDeltas([{ before: base, after: moved }]).size).toBe(0);
    const resolved = { ...moved, resolvedOn: '2025-03-05', timeliness: 'on-time' };
    const deltas = counterDeltas([{ before: moved, after: resolved }]);
    expect([...deltas.keys()]).toEqual(['9|7|2025-03']);
    expect(deltas.get('9|7|2025-03')).toMatchObject({ resolved: 1, resolvedOnTime: 1, received: 0 });
    // Written from scratch (an import of the whole snapshot) it lands in the same places.
    const fresh = counterDeltas([{ before: null, after: resolved }]);
    expect(fresh.get('3|7|2025-01')).toMatchObject({ received: 1, onlineSubmitted: 1, resolved: 0 });
    expect(fresh.get('9|7|2025-03')).toMatchObject({ received: 0, resolved: 1 });
  });
});
