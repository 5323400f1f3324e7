import { describe, expect, it } from 'vitest';
import { allowedPlanActions, nextPlanStatus, planSubmissionStatus, PlanRuleError, resolvePlanDeadline } from './plan-status';

describe('nextPlanStatus', () => {
  it('goes draft → submitted → approved', () => {
    expect(nextPlanStatus('draft', { type: 'submit' })).toBe('submitted');
    expect(nextPlanStatus('submitted', { type: 'approve' })).toBe('approved');
  });

  it('returns a submitted plan with a comment, and a returned plan goes back to draft', () => {
    expect(nextPlanStatus('submitted', { type: 'return', comment: 'Bổ sung chỉ tiêu số hóa' })).toBe('returned');
    expect(nextPlanStatus('returned', { type: 'revise' })).toBe('draft');
  });

  it('refuses a return without a comment', () => {
    expect(() => nextPlanStatus('submitted', { type: 'return', comment: '  ' })).toThrow(/phải kèm ý kiến/);
  });

  it('refuses illegal moves with a Vietnamese message naming the status', () => {
    expect(() => nextPlanStatus('draft', { type: 'approve' })).toThrow('Không thể phê duyệt kế hoạch đang ở trạng thái "Dự thảo". Chỉ có thể trình.');
    expect(() => nextPlanStatus('approved', { type: 'submit' })).toThrow(/Kế hoạch đã phê duyệt không thể thay đổi/);
    expect(() => nextPlanStatus('returned', { type: 'approve' })).toThrow(PlanRuleError);
    try {
      nextPlanStatus('submitted', { type: 'submit' });
    } catch (e) {
      expect((e as PlanRuleError).code).toBe('PLAN_ILLEGAL_TRANSITION');
    }
  });

  it('lists the actions each status allows', () => {
    expect(allowedPlanActions('submitted')).toEqual(['approve', 'return']);
    expect(allowedPlanActions('approved')).toEqual([]);
  });
});

describe('planSubmissionStatus', () => {
  const plan = (submittedAt: string | null) => ({ year: 2025, submittedAt });

  it('counts a plan sent on the deadline day as on time, the day after as late', () => {
    expect(planSubmissionStatus(plan('2025-01-15'), '15/01', '2025-02-01')).toBe('on-time');
    expect(planSubmissionStatus(plan('2024-12-30'), '15/01', '2025-02-01')).toBe('on-time');
    expect(planSubmissionStatus(plan('2025-01-16'), '15/01', '2025-02-01')).toBe('late');
  });

  it('is not due until the deadline has passed, then missing', () => {
    expect(planSubmissionStatus(plan(null), '15/01', '2025-01-15')).toBe('not-due');
    expect(planSubmissionStatus(plan(null), '15/01', '2025-01-16')).toBe('missing');
  });

  it('ignores a submission recorded after the as-of date', () => {
    expect(planSubmissionStatus(plan('2025-01-20'), '15/01', '2025-01-18')).toBe('missing');
  });

  it('accepts full dates and refuses impossible ones', () => {
    expect(resolvePlanDeadline('15/01', 2025)).toBe('2025-01-15');
    expect(resolvePlanDeadline('25/01/2025', 2024)).toBe('2025-01-25');
    expect(resolvePlanDeadline('2025-01-15', 2025)).toBe('2025-01-15');
    expect(() => resolvePlanDeadline('30/02', 2025)).toThrow(/không hợp lệ/);
  });
});
