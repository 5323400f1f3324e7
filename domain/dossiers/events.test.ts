import { describe, expect, it } from 'vitest';
import {
  allowedDossierEvents,
  applyDossierEvent,
  deriveDossier,
  DossierRuleError,
  dossierStateLabel,
  emptyDossier,
  receivingChannelLabel,
  type DossierEvent,
} from './index';

const CODE = '000.00.12.H27-250114-0007';
type Draft = DossierEvent extends infer E ? (E extends DossierEvent ? Omit<E, 'dossierCode'> : never) : never;
const history = (...drafts: Draft[]): DossierEvent[] => drafts.map((d) => ({ ...d, dossierCode: CODE }) as DossierEvent);

function refusal(fn: () => unknown): DossierRuleError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DossierRuleError) return error;
    throw error;
  }
  throw new Error('expected a DossierRuleError');
}

describe('dossier states', () => {
  it('uses the portal wording', () => {
    expect(dossierStateLabel(10)).toBe('Đã trả kết quả');
    expect(dossierStateLabel(6)).toBe('Yêu cầu thực hiện nghĩa vụ tài chính');
    expect(receivingChannelLabel(3)).toBe('Bưu chính công ích');
  });
});

describe('deriveDossier', () => {
  it('folds an online dossier paused once for papers and returned on time', () => {
    const d = deriveDossier(
      history(
        { type: 'registered', on: '2025-01-13', channel: 2, procedureCode: '1.005090' },
        { type: 'received', on: '2025-01-14', dueOn: '2025-01-21' },
        { type: 'processing-started', on: '2025-01-14' },
        { type: 'supplement-requested', on: '2025-01-15', reason: 'Thiếu bản sao bằng tốt nghiệp' },
        { type: 'supplement-received', on: '2025-01-17' },
        { type: 'resolved', on: '2025-01-22' },
        { type: 'returned', on: '2025-01-23' },
      ),
    );
    expect(d.state).toBe(10);
    expect(d.channel).toBe(2);
    expect(d.procedureCode).toBe('1.005090');
    expect(d.pauses).toEqual([{ kind: 'supplement', from: '2025-01-15', to: '2025-01-17' }]);
    expect(d.supplementCount).toBe(1);
    expect(d.resolvedOn).toBe('2025-01-22');
    expect(d.returnedOn).toBe('2025-01-23');
    expect(d.flags).toEqual({
      multipleSupplements: false,
      apologyIssued: false,
      extended: false,
      forwarded: false,
      withdrawalRequested: false,
      paidOnline: false,
      paused: false,
    });
    expect(d.eventCount).toBe(7);
  });

  it('flags a second supplement request, which the 766 method counts late', () => {
    const d = deriveDossier(
      history(
        { type: 'received', on: '2025-03-03', channel: 1, dueOn: '2025-03-10' },
        { type: 'supplement-requested', on: '2025-03-04', reason: 'Thiếu tờ khai' },
        { type: 'supplement-received', on: '2025-03-05' },
        { type: 'supplement-requested', on: '2025-03-06', reason: 'Tờ khai chưa ký' },
      ),
    );
    expect(d.state).toBe(5);
    expect(d.supplementCount).toBe(2);
    expect(d.flags.multipleSupplements).toBe(true);
    expect(d.flags.paused).toBe(true);
    expect(d.pauses[1]).toEqual({ kind: 'supplement', from: '2025-03-06', to: null });
  });

  it('keeps the legal due date when an apology promises a new one, and moves it on a lawful extension', () => {
    const received = history(
      { type: 'received', on: '2025-04-01', channel: 3, dueOn: '2025-04-08' },
      { type: 'apology-issued', on: '2025-04-07', reason: 'Chờ xác minh văn bằng', newAppointmentOn: '2025-04-11' },
    );
    const apologised = deriveDossier(received);
    expect(apologised.dueOn).toBe('2025-04-08');
    expect(apologised.appointmentOn).toBe('2025-04-11');
    expect(apologised.flags.apologyIssued).toBe(true);
    expect(apologised.state).toBe(2);
    const extended = applyDossierEvent(apologised, {
      dossierCode: CODE,
      type: 'extended',
      on: '2025-04-08',
      reason: 'Luật cho phép gia hạn',
      newDueOn: '2025-04-15',
    });
    expect(extended.dueOn).toBe('2025-04-15');
    expect(extended.flags.extended).toBe(true);
  });

  it('pauses for a financial obligation and resumes processing when paid', () => {
    const d = deriveDossier(
      history(
        { type: 'received', on: '2025-05-05', channel: 2 },
        { type: 'payment-requested', on: '2025-05-06', amount: 50_000 },
        { type: 'paid', on: '2025-05-08' },
        { type: 'forwarded', on: '2025-05-08', toUnitId: 'so-tai-chinh' },
      ),
    );
    expect(d.state).toBe(4);
    expect(d.pauses).toEqual([{ kind: 'payment', from: '2025-05-06', to: '2025-05-08' }]);
    expect(d.flags.paidOnline).toBe(false);
    expect(d.forwards).toEqual([{ on: '2025-05-08', toUnitId: 'so-tai-chinh' }]);
  });

  it('ends a withdrawn dossier as stopped and closes the open pause at the withdrawal date', () => {
    const d = deriveDossier(
      history(
        { type: 'received', on: '2025-06-02', channel: 1 },
        { type: 'supplement-requested', on: '2025-06-03', reason: 'Thiếu ảnh' },
        { type: 'withdrawal-requested', on: '2025-06-10' },
        { type: 'stopped', on: '2025-06-11', reason: 'Công dân rút hồ sơ' },
      ),
    );
    expect(d.state).toBe(8);
    expect(d.closedOn).toBe('2025-06-11');
    expect(d.pauses).toEqual([{ kind: 'supplement', from: '2025-06-03', to: '2025-06-10' }]);
    expect(d.flags.withdrawalRequested).toBe(true);
    expect(allowedDossierEvents(d)).toEqual([]);
  });

  it('records a refusal at the counter, with the channel and procedure of the dossier never received', () => {
    const d = deriveDossier(history({ type: 'rejected', on: '2025-01-02', reason: 'Không thuộc thẩm quyền của Sở', channel: 1, procedureCode: '1.005088' }));
    expect(d.state).toBe(3);
    expect(d.closedOn).toBe('2025-01-02');
    expect(d).toMatchObject({ channel: 1, procedureCode: '1.005088', registeredOn: '2025-01-02', receivedOn: null, dueOn: null });
    expect(allowedDossierEvents(d)).toEqual([]);
  });

  it('flags a payment made online, and keeps the flag when a later payment is made at the desk', () => {
    const d = deriveDossier(
      history(
        { type: 'received', on: '2025-05-05', channel: 2 },
        { type: 'payment-requested', on: '2025-05-06', amount: 50_000, note: 'Lệ phí cấp giấy chứng nhận' },
        { type: 'paid', on: '2025-05-07', online: true },
        { type: 'payment-requested', on: '2025-05-08', amount: 20_000 },
        { type: 'paid', on: '2025-05-09', online: false },
      ),
    );
    expect(d.flags.paidOnline).toBe(true);
    expect(d.pauses.map((p) => p.kind)).toEqual(['payment', 'payment']);
  });
});

describe('refused events', () => {
  const returned = deriveDossier(
    history(
      { type: 'received', on: '2025-01-14', channel: 1, dueOn: '2025-01-21' },
      { type: 'resolved', on: '2025-01-20' },
      { type: 'returned', on: '2025-01-21' },
    ),
  );

  it('refuses a supplement request after the result was returned, in Vietnamese', () => {
    const error = refusal(() => applyDossierEvent(returned, { dossierCode: CODE, type: 'supplement-requested', on: '2025-01-22', reason: 'x' }));
    expect(error.code).toBe('DOSSIER_ALREADY_RETURNED');
    expect(error.message).toBe(`Hồ sơ ${CODE} đã trả kết quả, không thể yêu cầu bổ sung.`);
  });

  it('refuses returning a result that is not ready', () => {
    const processing = deriveDossier(history({ type: 'received', on: '2025-01-14', channel: 1 }, { type: 'processing-started', on: '2025-01-14' }));
    const error = refusal(() => applyDossierEvent(processing, { dossierCode: CODE, type: 'returned', on: '2025-01-15' }));
    expect(error.code).toBe('DOSSIER_ILLEGAL_TRANSITION');
    expect(error.message).toBe(`Hồ sơ ${CODE} đang xử lý, không thể trả kết quả.`);
  });

  it('refuses events before any registration or receipt', () => {
    const error = refusal(() => applyDossierEvent(emptyDossier(CODE), { dossierCode: CODE, type: 'resolved', on: '2025-01-15' }));
    expect(error.code).toBe('DOSSIER_NOT_STARTED');
  });

  it('refuses events written out of order and names the position in the history', () => {
    const error = refusal(() => deriveDossier(history({ type: 'received', on: '2025-01-14', channel: 1 }, { type: 'resolved', on: '2025-01-10' })));
    expect(error.code).toBe('DOSSIER_EVENT_OUT_OF_ORDER');
    expect(error.eventIndex).toBe(1);
  });

  it('refuses a receipt without a channel, a supplement request without its content, an extension that does not extend', () => {
    expect(refusal(() => deriveDossier(history({ type: 'received', on: '2025-01-14' }))).code).toBe('DOSSIER_CHANNEL_MISSING');
    const received = deriveDossier(history({ type: 'received', on: '2025-01-14', channel: 1, dueOn: '2025-01-21' }));
    expect(refusal(() => applyDossierEvent(received, { dossierCode: CODE, type: 'supplement-requested', on: '2025-01-15', reason: ' ' })).code).toBe(
      'DOSSIER_REASON_REQUIRED',
    );
    expect(
      refusal(() => applyDossierEvent(received, { dossierCode: CODE, type: 'extended', on: '2025-01-15', reason: 'x', newDueOn: '2025-01-20' })).code,
    ).toBe('DOSSIER_EXTENSION_NOT_LATER');
    expect(
      refusal(() => applyDossierEvent(received, { dossierCode: CODE, type: 'extended', on: '2025-01-28', reason: 'Gia hạn', newDueOn: '2025-01-25' })).code,
    ).toBe('DOSSIER_EXTENSION_NOT_LATER');
    expect(refusal(() => applyDossierEvent(received, { dossierCode: CODE, type: 'payment-requested', on: '2025-01-15', amount: -5 })).code).toBe(
      'DOSSIER_INVALID_AMOUNT',
    );
  });

  it('refuses an extension while the clock is stopped for the applicant', () => {
    const waiting = deriveDossier(
      history({ type: 'received', on: '2025-01-14', channel: 1, dueOn: '2025-01-21' }, { type: 'payment-requested', on: '2025-01-15', amount: 30_000 }),
    );
    const error = refusal(() =>
      applyDossierEvent(waiting, { dossierCode: CODE, type: 'extended', on: '2025-01-16', reason: 'Gia hạn', newDueOn: '2025-01-30' }),
    );
    expect(error.message).toBe(`Hồ sơ ${CODE} đang chờ thực hiện nghĩa vụ tài chính, không thể gia hạn thời gian giải quyết.`);
  });

  it('refuses an event of another dossier and an empty history', () => {
    const received = deriveDossier(history({ type: 'received', on: '2025-01-14', channel: 1 }));
    expect(refusal(() => applyDossierEvent(received, { dossierCode: 'KHAC', type: 'resolved', on: '2025-01-15' })).code).toBe('DOSSIER_CODE_MISMATCH');
    expect(refusal(() => deriveDossier([])).code).toBe('DOSSIER_NO_EVENTS');
  });

  it('never mutates the state it was given', () => {
    const received = deriveDossier(history({ type: 'received', on: '2025-01-14', channel: 1 }));
    const copy = structuredClone(received);
    applyDossierEvent(received, { dossierCode: CODE, type: 'supplement-requested', on: '2025-01-15', reason: 'Thiếu ảnh' });
    expect(received).toEqual(copy);
  });
});
