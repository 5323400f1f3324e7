import { describe, expect, it } from 'vitest';
import { classifyFeedbackTimeliness, feedbackSchedule, publishDeadline } from './feedback-schedule';
import { createWorkingCalendar } from './working-calendar';

const calendar = createWorkingCalendar({});

describe('feedback deadlines in working days', () => {
  it('counts refuse 2, ask for more 5 and handle 15 working days from an ordinary Monday', () => {
    // Mon 03/03/2025: +2 → Wed 05/03; +5 → Mon 10/03; +15 → Mon 24/03 (three weekends skipped).
    expect(feedbackSchedule(calendar, '2025-03-03')).toEqual({ refuseBy: '2025-03-05', requestMoreBy: '2025-03-10', handleBy: '2025-03-24' });
  });

  it('skips Tết Nguyên đán 2025 (25/01–02/02 off) when feedback arrives just before it', () => {
    // Fri 24/01/2025: next working days are 03/02, 04/02 …; 15 working days later is Fri 21/02.
    const s = feedbackSchedule(calendar, '2025-01-24');
    expect(s.refuseBy).toBe('2025-02-04');
    expect(s.handleBy).toBe('2025-02-21');
  });

  it('gives 2 working days to publish an answer, across a weekend', () => {
    expect(publishDeadline(calendar, '2025-03-07')).toBe('2025-03-11'); // Fri → Tue
  });

  it('skips 30/4 and 1/5 when publishing', () => {
    expect(publishDeadline(calendar, '2025-04-29')).toBe('2025-05-05'); // Tue → (30/4, 1/5 off) Fri 2/5, Mon 5/5
  });
});

describe('feedback timeliness', () => {
  const handleBy = '2025-03-24';
  it('is within time with more than 2 working days left', () => {
    expect(classifyFeedbackTimeliness(calendar, { handleBy, closedOn: null }, '2025-03-19')).toMatchObject({ timeliness: 'within', workingDaysLeft: 3 });
  });
  it('is at risk with 2 working days left, counting over the weekend', () => {
    expect(classifyFeedbackTimeliness(calendar, { handleBy, closedOn: null }, '2025-03-20')).toMatchObject({ timeliness: 'at-risk', workingDaysLeft: 2 });
  });
  it('is at risk (0 left) on the deadline itself', () => {
    expect(classifyFeedbackTimeliness(calendar, { handleBy, closedOn: null }, handleBy)).toMatchObject({ timeliness: 'at-risk', workingDaysLeft: 0 });
  });
  it('is overdue the day after the deadline and says by how many working days', () => {
    const r = classifyFeedbackTimeliness(calendar, { handleBy, closedOn: null }, '2025-03-26');
    expect(r.timeliness).toBe('overdue');
    expect(r.explanation).toBe('Quá hạn xử lý (hạn 2025-03-24) 2 ngày làm việc.');
  });
  it('is on time when answered on the deadline and late the day after', () => {
    expect(classifyFeedbackTimeliness(calendar, { handleBy, closedOn: handleBy }, '2025-04-30').timeliness).toBe('on-time');
    expect(classifyFeedbackTimeliness(calendar, { handleBy, closedOn: '2025-03-25' }, '2025-04-30').timeliness).toBe('late');
  });
});
