import { describe, expect, it } from 'vitest';
import { summariseTargets } from './target-summary';

describe('target summary', () => {
  it('counts a provisional miss as at risk and a final miss as not met', () => {
    expect(
      summariseTargets([
        { met: true, provisional: true },
        { met: false, provisional: true },
        { met: false, provisional: false },
        { met: null, provisional: false },
        { met: true, provisional: false },
      ]),
    ).toEqual({ met: 2, atRisk: 1, notMet: 1, noData: 1, total: 5 });
  });
});
