import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar';
import { DossierRuleError, foldDossierRecord, receivedAtFor, type DossierEvent } from './index';

const calendar = createWorkingCalendar();
const CODE = '1.005088-250303-0001';
const FIVE_DAYS = { workingDays: 5, workingHours: null };
type Draft = DossierEvent extends infer E ? (E extends DossierEvent ? Omit<E, 'dossierCode'> : never) : never;
const history = (...drafts: Draft[]): DossierEvent[] => drafts.map((d) => ({ ...d, dossierCode: CODE }) as DossierEvent);
// Received Monday 03/03/2025, five working days: due Monday 10/03/2025.
const received: Draft = { type: 'received', on: '2025-03-03', channel: 1, dueOn: '2025-03-10' };

function refusal(fn: () => unknown): DossierRuleError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DossierRuleError) return error;
    throw error;
  }
  throw new Error('expected a DossierRuleError');
}

describe('foldDossierRecord', () => {
  it('computes the due date across Tết and explains it', () => {
    const record = foldDossierRecord(calendar, FIVE_DAYS, history({ type: 'received', on: '2025-01-24', channel: 1 }));
    expect(record).toMatchObject({ state: 2, receivedOn: '2025-01-24', dueOn: '2025-02-07', timeliness: null, pauses: [] });
    expect(record.dueExplanation).toContain('Tết');
  });

  it('has no due date while waiting for the applicant, and moves it by the days waited', () => {
    const waiting = history(received, { type: 'supplement-requested', on: '2025-03-04', reason: 'Bổ sung tờ khai' });
    expect(foldDossierRecord(calendar, FIVE_DAYS, waiting).dueOn).toBeNull();
    const back = foldDossierRecord(calendar, FIVE_DAYS, [...waiting, ...history({ type: 'supplement-received', on: '2025-03-05' })]);
    expect(back.dueOn).toBe('2025-03-12');
    expect(back.pauses).toEqual([{ kind: 'supplement', from: '2025-03-04', to: '2025-03-05' }]);
  });

  it('starts a limit in hours at the close of the receipt day', () => {
    expect(receivedAtFor({ workingHours: 8 }, '2025-03-03')).toBe('2025-03-03T17:30');
    expect(receivedAtFor({ workingHours: null }, '2025-03-03')).toBe('2025-03-03');
    const record = foldDossierRecord(calendar, { workingDays: null, workingHours: 8 }, history({ type: 'received', on: '2025-03-07', channel: 2 }));
    expect(record.dueOn).toBe('2025-03-10'); // Friday evening + 8 office hours: Monday
  });

  it('judges an extension against the due date in force, moved by the days waited', () => {
    const paused = history(
      received,
      { type: 'supplement-requested', on: '2025-03-04', reason: 'Bổ sung tờ khai' },
      { type: 'supplement-received', on: '2025-03-05' },
    );
    // 11/03 is after the date written at receipt (10/03) but not after the one in force (12/03).
    const early = refusal(() =>
      foldDossierRecord(calendar, FIVE_DAYS, [...paused, ...history({ type: 'extended', on: '2025-03-06', reason: 'Gia hạn thêm', newDueOn: '2025-03-11' })]),
    );
    expect(early.code).toBe('DOSSIER_EXTENSION_NOT_LATER');
    expect(early.message).toBe(`Hồ sơ ${CODE}: hạn giải quyết mới 11/03/2025 phải sau hạn hiện tại 12/03/2025.`);
    expect(early.eventIndex).toBe(3);
    const extended = foldDossierRecord(calendar, FIVE_DAYS, [
      ...paused,
      ...history({ type: 'extended', on: '2025-03-06', reason: 'Gia hạn thêm', newDueOn: '2025-03-14' }),
    ]);
    expect(extended.dueOn).toBe('2025-03-14');
  });

  it('refuses an extension to a day off, or one not after the day it is granted', () => {
    const saturday = refusal(() =>
      foldDossierRecord(calendar, FIVE_DAYS, history(received, { type: 'extended', on: '2025-03-04', reason: 'Gia hạn thêm', newDueOn: '2025-03-15' })),
    );
    expect(saturday.code).toBe('DOSSIER_EXTENSION_DAY_OFF');
    expect(saturday.message).toContain('là ngày nghỉ (Thứ Bảy)');
    const late = history(received, { type: 'processing-started', on: '2025-03-03' });
    const past = refusal(() =>
      foldDossierRecord(calendar, FIVE_DAYS, [...late, ...history({ type: 'extended', on: '2025-03-20', reason: 'Gia hạn thêm', newDueOn: '2025-03-19' })]),
    );
    expect(past.message).toBe(`Hồ sơ ${CODE}: hạn giải quyết mới 19/03/2025 phải sau ngày gia hạn 20/03/2025.`);
  });

  it('keeps pushing an extended date back by later pauses', () => {
    const record = foldDossierRecord(
      calendar,
      FIVE_DAYS,
      history(
        received,
        { type: 'extended', on: '2025-03-04', reason: 'Chờ xác minh sổ gốc', newDueOn: '2025-03-14' },
        { type: 'supplement-requested', on: '2025-03-11', reason: 'Bổ sung giấy xác nhận' },
        { type: 'supplement-received', on: '2025-03-12' },
      ),
    );
    expect(record.dueOn).toBe('2025-03-18');
  });

  it('counts an extended dossier resolved after its original due date late (766), and early by it when resolved before', () => {
    const extended = history(received, { type: 'extended', on: '2025-03-04', reason: 'Chờ xác minh sổ gốc', newDueOn: '2025-03-14' });
    const after = foldDossierRecord(calendar, FIVE_DAYS, [...extended, ...history({ type: 'resolved', on: '2025-03-12' })]);
    expect(after).toMatchObject({ dueOn: '2025-03-14', resolvedOn: '2025-03-12', timeliness: 'late' });
    const before = foldDossierRecord(calendar, FIVE_DAYS, [...extended, ...history({ type: 'resolved', on: '2025-03-07' })]);
    expect(before.timeliness).toBe('early');
  });

  it('counts a second supplement request late whatever the dates', () => {
    const record = foldDossierRecord(
      calendar,
      FIVE_DAYS,
      history(
        received,
        { type: 'supplement-requested', on: '2025-03-04', reason: 'Thiếu tờ khai' },
        { type: 'supplement-received', on: '2025-03-04' },
        { type: 'supplement-requested', on: '2025-03-05', reason: 'Tờ khai chưa ký' },
        { type: 'supplement-received', on: '2025-03-05' },
        { type: 'resolved', on: '2025-03-06' },
      ),
    );
    expect(record).toMatchObject({ supplementCount: 2, timeliness: 'late' });
  });

  it('gives a dossier refused at the counter no due date and no class', () => {
    const record = foldDossierRecord(calendar, FIVE_DAYS, history({ type: 'rejected', on: '2025-03-03', reason: 'Không thuộc thẩm quyền', channel: 1 }));
    expect(record).toMatchObject({ state: 3, receivedOn: '2025-03-03', dueOn: null, closedOn: '2025-03-03', timeliness: null });
    expect(record.dueExplanation).toBe('Hồ sơ bị từ chối tiếp nhận: không có thời hạn giải quyết.');
  });
});
