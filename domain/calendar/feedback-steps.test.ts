import { describe, expect, it } from 'vitest';
import { mostUrgentDeadline, pendingFeedbackDeadlines, resumeDeadline } from './feedback-steps';
import { feedbackSchedule } from './feedback-schedule';
import { createWorkingCalendar } from './working-calendar';

const calendar = createWorkingCalendar({});
// Received Mon 03/03/2025: refuse by Wed 05/03, ask for more by Mon 10/03, handle by Mon 24/03.
const schedule = feedbackSchedule(calendar, '2025-03-03');
const facts = (status: string, publishBy: string | null = null) => ({ status, ...schedule, publishBy });

describe('pending feedback deadlines of all four steps', () => {
  it('runs refuse, ask for more and handle on a new feedback, each against its own day', () => {
    const d = pendingFeedbackDeadlines(calendar, facts('received'), '2025-03-04');
    expect(d.map((x) => [x.step, x.due, x.workingDaysLeft, x.state])).toEqual([
      ['refuse', '2025-03-05', 1, 'at-risk'],
      ['requestMore', '2025-03-10', 4, 'within'],
      ['handle', '2025-03-24', 14, 'within'],
    ]);
  });

  it('makes the refusal decision overdue the day after its 2 working days, naming the delay', () => {
    const d = pendingFeedbackDeadlines(calendar, facts('received'), '2025-03-07');
    expect(d[0]).toMatchObject({ step: 'refuse', state: 'overdue', workingDaysLeft: -2 });
    expect(d[0].explanation).toContain('quá hạn 2 ngày làm việc');
    expect(d[1]).toMatchObject({ step: 'requestMore', state: 'at-risk', workingDaysLeft: 1 }); // Fri → Mon
    expect(mostUrgentDeadline(d)?.step).toBe('refuse');
  });

  it('keeps only handling once routed, and nothing while waiting for the citizen', () => {
    expect(pendingFeedbackDeadlines(calendar, facts('routed'), '2025-03-20').map((x) => [x.step, x.state])).toEqual([['handle', 'at-risk']]);
    expect(pendingFeedbackDeadlines(calendar, facts('more-requested'), '2025-04-30')).toEqual([]);
  });

  it('runs the 2-day publishing deadline after an answer, over a weekend', () => {
    // Answered Fri 07/03 → publish by Tue 11/03; on Mon 10/03 one day is left.
    const d = pendingFeedbackDeadlines(calendar, facts('answered', '2025-03-11'), '2025-03-10');
    expect(d).toEqual([expect.objectContaining({ step: 'publish', due: '2025-03-11', workingDaysLeft: 1, state: 'at-risk' })]);
    expect(pendingFeedbackDeadlines(calendar, facts('answered', '2025-03-11'), '2025-03-12')[0].state).toBe('overdue');
  });

  it('runs nothing on a published or refused feedback', () => {
    expect(pendingFeedbackDeadlines(calendar, facts('published', '2025-03-11'), '2025-12-31')).toEqual([]);
    expect(pendingFeedbackDeadlines(calendar, facts('refused'), '2025-12-31')).toEqual([]);
    expect(mostUrgentDeadline([])).toBeNull();
  });
});

describe('handling clock stopped while the citizen adds information', () => {
  it('resumes with the working days left on the day of the request', () => {
    // Asked Wed 05/03 with handle by Mon 24/03 (13 working days left); the citizen answers Mon 10/03:
    // 13 working days from Mon 10/03 is Thu 27/03.
    expect(resumeDeadline(calendar, { due: '2025-03-24', pausedOn: '2025-03-05', resumedOn: '2025-03-10' })).toBe('2025-03-27');
  });

  it('skips the 30/4 and 1/5 holidays when the clock resumes before them', () => {
    // 2 working days left; resumed Tue 29/04 → (30/4, 1/5 off) Fri 02/05, Mon 05/05.
    expect(resumeDeadline(calendar, { due: '2025-04-10', pausedOn: '2025-04-08', resumedOn: '2025-04-29' })).toBe('2025-05-05');
  });

  it('gives no extra days to a feedback already overdue when the Office asked', () => {
    expect(resumeDeadline(calendar, { due: '2025-03-24', pausedOn: '2025-03-26', resumedOn: '2025-04-02' })).toBe('2025-04-02');
  });
});
