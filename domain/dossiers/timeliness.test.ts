import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar';
import { currentTimeliness, needsApology, type DossierTimelinessFacts } from './index';

const calendar = createWorkingCalendar();
const open: DossierTimelinessFacts = { state: 4, dueOn: '2025-03-10', resolvedOn: null, supplementCount: 0, timeliness: null, recordedAtDesk: true };

describe('currentTimeliness', () => {
  it('tells an open dossier how near its due date is, with the at-risk threshold given', () => {
    expect(currentTimeliness(calendar, open, '2025-03-03', 2).status).toBe('within-time');
    expect(currentTimeliness(calendar, open, '2025-03-06', 2)).toEqual({
      status: 'at-risk',
      explanation: 'Hạn 10/03/2025, còn 2 ngày làm việc (ngưỡng cảnh báo 2 ngày làm việc).',
    });
    expect(currentTimeliness(calendar, open, '2025-03-11', 2).status).toBe('overdue');
  });

  it('shows nothing for a dossier that ended without a result', () => {
    for (const state of [3, 7, 8]) {
      expect(currentTimeliness(calendar, { ...open, state }, '2025-03-20', 2)).toEqual({
        status: null,
        explanation: 'Hồ sơ đã kết thúc mà không có kết quả giải quyết.',
      });
    }
  });

  it('judges a resolved dossier against its due date in force, and says when the 766 count differs', () => {
    const resolved = { ...open, state: 9, dueOn: '2025-03-14', resolvedOn: '2025-03-12', timeliness: 'late' };
    const view = currentTimeliness(calendar, resolved, '2025-03-20', 2);
    expect(view.status).toBe('early');
    expect(view.explanation).toContain('Bộ chỉ số 766 vẫn tính là trễ hạn');
    // A synced dossier's stored class is the source system's: nothing is added to the explanation.
    expect(currentTimeliness(calendar, { ...resolved, recordedAtDesk: false }, '2025-03-20', 2).explanation).not.toContain('766');
  });

  it('takes the class a source system sent when it sent no due date', () => {
    const synced = { ...open, state: 10, dueOn: null, resolvedOn: '2025-03-12', timeliness: 'on-time', recordedAtDesk: false };
    expect(currentTimeliness(calendar, synced, '2025-03-20', 2)).toEqual({ status: 'on-time', explanation: 'Theo dữ liệu đồng bộ.' });
  });
});

describe('needsApology', () => {
  const facts = { state: 4, timeliness: null, apologyIssued: false };

  it('asks for a letter for a late, overdue or at-risk dossier, and for one the 766 method counts late', () => {
    expect(needsApology('overdue', facts)).toBe(true);
    expect(needsApology('at-risk', facts)).toBe(true);
    expect(needsApology('late', { ...facts, state: 9 })).toBe(true);
    expect(needsApology('early', { ...facts, state: 9, timeliness: 'late' })).toBe(true);
    expect(needsApology('within-time', facts)).toBe(false);
    expect(needsApology(null, { ...facts, state: 8 })).toBe(false);
  });

  it('stops asking once a letter is written or the result is back', () => {
    expect(needsApology('overdue', { ...facts, apologyIssued: true })).toBe(false);
    expect(needsApology('late', { ...facts, state: 10 })).toBe(false);
  });
});
