import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded';

describe('seeded random stream', () => {
  it('repeats for the same seed, differs for another, and stays in [0, 1)', () => {
    const take = (seed: number) => {
      const next = seededRandom(seed);
      return Array.from({ length: 1000 }, () => next());
    };
    expect(take(42)).toEqual(take(42));
    expect(take(43)).not.toEqual(take(42));
    expect(take(42).every((x) => x >= 0 && x < 1)).toBe(true);
    // Roughly uniform: each tenth of [0, 1) gets between 5% and 15% of 1,000 draws.
    const tenths = Array.from({ length: 10 }, (_, i) => take(7).filter((x) => Math.floor(x * 10) === i).length);
    expect(tenths.every((n) => n > 50 && n < 150)).toBe(true);
  });
});
