import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar';
import { decideReceipt, decideStep, dossierCodePrefix, DossierRuleError, nextDossierCode, type DossierEvent, type ProcedureTerms } from './index';

const calendar = createWorkingCalendar();
const FEE: ProcedureTerms = {
  code: '1.005088',
  name: 'Cấp bản sao văn bằng',
  workingDays: 5,
  workingHours: null,
  fee: 20_000,
  onlinePayment: false,
  channels: [1, 2],
};
const FREE: ProcedureTerms = { ...FEE, code: '1.005090', name: 'Xác nhận học bạ', fee: 0 };
const CODE = '1.005088-250303-0001';
const receipt = { dossierCode: CODE, on: '2025-03-03', channel: 1 as const, codeTaken: false };

function refusal(fn: () => unknown): DossierRuleError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DossierRuleError) return error;
    throw error;
  }
  throw new Error('expected a DossierRuleError');
}

describe('dossier codes', () => {
  it("numbers the day's dossiers of a procedure from its code and the receipt date", () => {
    // Only letters, digits and dots of the procedure code go into the dossier code.
    expect(dossierCodePrefix('1.005088/BGDĐT', '2025-03-03')).toBe('1.005088BGDT-250303-');
    expect(nextDossierCode(dossierCodePrefix('1.005088', '2025-03-03'), 6)).toBe('1.005088-250303-0007');
  });
});

describe('decideReceipt', () => {
  it('writes the due date the calendar gives into the receipt event', () => {
    const { event, summary, record } = decideReceipt(calendar, FEE, receipt);
    expect(event).toEqual({ dossierCode: CODE, on: '2025-03-03', channel: 1, procedureCode: '1.005088', type: 'received', dueOn: '2025-03-10' });
    expect(summary).toBe('Tiếp nhận hồ sơ, hẹn trả 10/03/2025');
    expect(record).toMatchObject({ state: 2, dueOn: '2025-03-10' });
  });

  it('registers a dossier refused at the counter as refused, with its reason', () => {
    const { event, record } = decideReceipt(calendar, FEE, { ...receipt, rejectionReason: 'Không thuộc thẩm quyền của Sở' });
    expect(event).toMatchObject({ type: 'rejected', reason: 'Không thuộc thẩm quyền của Sở', channel: 1, procedureCode: '1.005088' });
    expect(record).toMatchObject({ state: 3, dueOn: null });
  });

  it('refuses a channel the procedure does not offer, then a code already in the register', () => {
    expect(refusal(() => decideReceipt(calendar, FEE, { ...receipt, channel: 3, codeTaken: true })).code).toBe('CHANNEL_NOT_OFFERED');
    const taken = refusal(() => decideReceipt(calendar, FEE, { ...receipt, codeTaken: true }));
    expect(taken.message).toBe(`Mã hồ sơ ${CODE} đã có trong sổ; để trống để hệ thống tự cấp mã.`);
  });
});

describe('decideStep', () => {
  const history: DossierEvent[] = [decideReceipt(calendar, FEE, receipt).event];
  type Draft = DossierEvent extends infer E ? (E extends DossierEvent ? Omit<E, 'dossierCode'> : never) : never;
  const step = (s: Draft) => ({ ...s, dossierCode: CODE }) as DossierEvent;

  it("asks for the procedure's fee unless another amount is typed, and refuses a free procedure", () => {
    const asked = decideStep(calendar, FEE, { paidOnline: false }, history, step({ type: 'payment-requested', on: '2025-03-04' }));
    expect(asked.event).toMatchObject({ type: 'payment-requested', amount: 20_000 });
    expect(asked.summary).toBe('Yêu cầu thực hiện nghĩa vụ tài chính: 20.000 đồng');
    expect(decideStep(calendar, FEE, { paidOnline: false }, history, step({ type: 'payment-requested', on: '2025-03-04', amount: 5_000 })).event).toMatchObject(
      { amount: 5_000 },
    );
    expect(refusal(() => decideStep(calendar, FREE, { paidOnline: false }, history, step({ type: 'payment-requested', on: '2025-03-04' }))).code).toBe(
      'PROCEDURE_HAS_NO_FEE',
    );
  });

  it('records an online payment only for a procedure that offers it, and keeps the flag once set', () => {
    const asked = [...history, decideStep(calendar, FEE, { paidOnline: false }, history, step({ type: 'payment-requested', on: '2025-03-04' })).event];
    const online = step({ type: 'paid', on: '2025-03-05', online: true });
    expect(refusal(() => decideStep(calendar, FEE, { paidOnline: false }, asked, online)).code).toBe('PROCEDURE_NO_ONLINE_PAYMENT');
    expect(decideStep(calendar, { ...FEE, onlinePayment: true }, { paidOnline: false }, asked, online).record.paidOnline).toBe(true);
    const atDesk = decideStep(calendar, FEE, { paidOnline: true }, asked, step({ type: 'paid', on: '2025-03-05', online: false }));
    expect(atDesk.record.paidOnline).toBe(true);
  });

  it('leaves the life cycle to the fold', () => {
    expect(refusal(() => decideStep(calendar, FEE, { paidOnline: false }, history, step({ type: 'returned', on: '2025-03-04' }))).code).toBe(
      'DOSSIER_ILLEGAL_TRANSITION',
    );
  });
});
