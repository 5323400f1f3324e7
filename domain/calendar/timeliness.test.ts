import { describe, expect, it } from 'vitest';
import { FEEDBACK_DEADLINES, feedbackDeadline } from './feedback-deadlines';
import { classifyTimeliness, deadlineFor } from './timeliness';
import { createWorkingCalendar } from './working-calendar';

describe('timeliness of a dossier', () => {
  const calendar = createWorkingCalendar();
  const due = '2025-03-12'; // Wednesday

  it('classifies a resolved dossier by the day it finished', () => {
    expect(classifyTimeliness(calendar, { due, resolvedAt: '2025-03-11' }, '2025-04-01').status).toBe('early');
    expect(classifyTimeliness(calendar, { due, resolvedAt: '2025-03-12' }, '2025-04-01').status).toBe('on-time');
    const late = classifyTimeliness(calendar, { due, resolvedAt: '2025-03-17' }, '2025-04-01');
    expect(late).toEqual({ status: 'late', explanation: 'Giải quyết xong 17/03/2025, hạn 12/03/2025: trễ hạn 3 ngày làm việc.' });
  });

  it('counts a dossier with more than one supplement request as late (Quyết định 766)', () => {
    expect(classifyTimeliness(calendar, { due, resolvedAt: '2025-03-05', supplementRequests: 1 }, '2025-04-01').status).toBe('early');
    const twice = classifyTimeliness(calendar, { due, resolvedAt: '2025-03-05', supplementRequests: 2 }, '2025-04-01');
    expect(twice.status).toBe('late');
    expect(twice.explanation).toContain('yêu cầu bổ sung 2 lần');
    // Still open: flagged now, so the apology letter goes out in time.
    expect(classifyTimeliness(calendar, { due, supplementRequests: 2 }, '2025-03-03').status).toBe('overdue');
  });

  it('compares to the minute when the limit is in hours', () => {
    const facts = { due: '2025-03-04', dueAt: '2025-03-04T10:30' };
    expect(classifyTimeliness(calendar, { ...facts, resolvedAt: '2025-03-04T10:30' }, '2025-03-04').status).toBe('on-time');
    expect(classifyTimeliness(calendar, { ...facts, resolvedAt: '2025-03-04T10:31' }, '2025-03-04').status).toBe('late');
    expect(classifyTimeliness(calendar, { ...facts, resolvedAt: '2025-03-03T17:00' }, '2025-03-04').status).toBe('early');
  });

  it('puts an open dossier within time, at risk or overdue, with the at-risk boundary in working days', () => {
    // Friday 07/03 → due Wednesday 12/03 is 3 working days away.
    expect(classifyTimeliness(calendar, { due }, '2025-03-07').status).toBe('within-time');
    expect(classifyTimeliness(calendar, { due }, '2025-03-10').status).toBe('within-time'); // 2 left
    expect(classifyTimeliness(calendar, { due }, '2025-03-11')).toEqual({
      status: 'at-risk',
      explanation: 'Hạn 12/03/2025, còn 1 ngày làm việc (ngưỡng cảnh báo 1 ngày làm việc).',
    });
    expect(classifyTimeliness(calendar, { due }, '2025-03-12').explanation).toContain('đến hạn hôm nay');
    expect(classifyTimeliness(calendar, { due }, '2025-03-13').status).toBe('overdue');
    // The boundary moves with the parameter, and weekends do not count towards it.
    expect(classifyTimeliness(calendar, { due }, '2025-03-07', { atRiskWorkingDays: 3 }).status).toBe('at-risk');
    expect(classifyTimeliness(calendar, { due }, '2025-03-07', { atRiskWorkingDays: 2 }).status).toBe('within-time');
    expect(classifyTimeliness(calendar, { due: '2025-03-10' }, '2025-03-07').status).toBe('at-risk'); // Monday after a weekend
  });

  it('keeps a paused dossier within time, and refuses a resolution without a due date', () => {
    expect(classifyTimeliness(calendar, { due: null }, '2025-03-13').status).toBe('within-time');
    expect(() => classifyTimeliness(calendar, { due: null, resolvedAt: '2025-03-13' }, '2025-03-13')).toThrow(/chưa có hạn trả/);
    expect(() => classifyTimeliness(calendar, { due }, '13/03/2025')).toThrow(/Ngày xét/);
  });
});

describe('feedback deadlines', () => {
  const calendar = createWorkingCalendar();

  it('lists the four steps with their working days', () => {
    expect(Object.fromEntries(Object.entries(FEEDBACK_DEADLINES).map(([k, v]) => [k, v.workingDays]))).toEqual({
      refuse: 2,
      requestMore: 5,
      handle: 15,
      publish: 2,
    });
  });

  it('counts them in working days, skipping holidays', () => {
    expect(deadlineFor(calendar, '2025-03-07', 2)).toBe('2025-03-11');
    // Feedback received Tuesday 29/04/2025: 30/4, 1/5 and the weekend do not count.
    expect(feedbackDeadline(calendar, 'refuse', '2025-04-29')).toBe('2025-05-05');
    expect(feedbackDeadline(calendar, 'handle', '2025-01-20')).toBe('2025-02-17'); // 5 days before Tết, 10 after the make-up day
    expect(() => deadlineFor(calendar, '2025-03-07', -1)).toThrow(/số nguyên không âm/);
  });
});
