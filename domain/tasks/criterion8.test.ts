import { describe, expect, it } from 'vitest';
import { criterion8Inputs, DEADLINE_ONLY_82_POLICY, DEFAULT_CRITERION8_POLICY, type Criterion8Policy } from './criterion8';
import { summarizeOutcomes } from './outcome';
import { SEED_002_AS_OF, seed002Tasks } from './fixtures/seed-002-city-tasks';

const seedSummary = summarizeOutcomes(seed002Tasks, SEED_002_AS_OF);

describe('criterion8Inputs', () => {
  it('takes every assigned task as the denominator by default (seed 002: 35/41 done, 9/41 on time)', () => {
    const inputs = criterion8Inputs(seedSummary);
    expect(inputs.policyId).toBe(DEFAULT_CRITERION8_POLICY.id);
    expect(inputs['8.1']).toMatchObject({ numerator: 35, denominator: 41 });
    expect(inputs['8.2']).toMatchObject({ numerator: 9, denominator: 41 });
    expect(inputs['8.2'].ratio).toBeCloseTo(9 / 41);
    expect(inputs['8.1'].explanation).toContain('35/41');
    expect(inputs['8.1'].explanation).toContain(DEFAULT_CRITERION8_POLICY.label);
  });

  it('can leave tasks without a deadline out of 8.2 only (9 on time of 27 with a deadline)', () => {
    const inputs = criterion8Inputs(seedSummary, DEADLINE_ONLY_82_POLICY);
    expect(inputs['8.1']).toMatchObject({ numerator: 35, denominator: 41 });
    expect(inputs['8.2']).toMatchObject({ numerator: 9, denominator: 27 });
  });

  it('can count a task done without a deadline as on time, or leave it out of 8.1 too', () => {
    const lenient: Criterion8Policy = { ...DEFAULT_CRITERION8_POLICY, id: 'x', doneNoDeadlineCountsOnTime: true };
    expect(criterion8Inputs(seedSummary, lenient)['8.2']).toMatchObject({ numerator: 20, denominator: 41 });
    const strict: Criterion8Policy = { ...DEADLINE_ONLY_82_POLICY, id: 'y', excludeNoDeadlineFrom81: true };
    expect(criterion8Inputs(seedSummary, strict)['8.1']).toMatchObject({ numerator: 24, denominator: 27 });
  });

  it('has no ratio when nothing was assigned', () => {
    const inputs = criterion8Inputs(summarizeOutcomes([], SEED_002_AS_OF));
    expect(inputs['8.1']).toMatchObject({ numerator: 0, denominator: 0, ratio: null });
    expect(inputs['8.2'].explanation).toMatch(/không có nhiệm vụ/);
  });
});
