import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawStratifiedSample } from './index';

const dossiers = (counts: Record<string, number>) =>
  Object.entries(counts).flatMap(([procedureCode, n]) =>
    Array.from({ length: n }, (_, i) => ({ code: `${procedureCode}-${String(i + 1).padStart(4, '0')}`, procedureCode })),
  );

describe('drawStratifiedSample', () => {
  it('allocates proportionally to each procedure', () => {
    const drawn = drawStratifiedSample(dossiers({ '1.005090': 50, '1.001622': 30, '2.002478': 20 }), 10, 2025);
    expect(drawn.allocation.map((a) => [a.procedureCode, a.allocated])).toEqual([
      ['1.001622', 3],
      ['1.005090', 5],
      ['2.002478', 2],
    ]);
    expect(drawn.sample).toHaveLength(10);
    expect(drawn.sample.filter((d) => d.procedureCode === '1.005090')).toHaveLength(5);
  });

  it('rounds by largest remainder, ties to the larger procedure', () => {
    // quotas 3,5 / 1 / 0,5 → floors 3 + 1 + 0, one left: A and C tie on 0,5, A is larger
    const drawn = drawStratifiedSample(dossiers({ A: 7, B: 2, C: 1 }), 5, 1);
    expect(drawn.allocation.map((a) => [a.procedureCode, a.quota, a.allocated])).toEqual([
      ['A', 3.5, 4],
      ['B', 1, 1],
      ['C', 0.5, 0],
    ]);
  });

  it('draws the same dossiers from the same seed, whatever order they are listed in', () => {
    const list = dossiers({ A: 40, B: 25, C: 9 });
    const first = drawStratifiedSample(list, 12, 42).sample.map((d) => d.code);
    const again = drawStratifiedSample([...list].reverse(), 12, 42).sample.map((d) => d.code);
    expect(again).toEqual(first);
    expect(drawStratifiedSample(list, 12, 43).sample.map((d) => d.code)).not.toEqual(first);
  });

  it('takes everyone when the sample is larger than the population, and ignores duplicates', () => {
    const list = dossiers({ A: 3, B: 2 });
    const drawn = drawStratifiedSample([...list, list[0]], 50, 7);
    expect(drawn.size).toBe(5);
    expect(drawn.sample.map((d) => d.code).sort()).toEqual(list.map((d) => d.code).sort());
  });

  it('refuses a negative or fractional size', () => {
    expect(() => drawStratifiedSample([], -1, 1)).toThrow('Cỡ mẫu phải là số nguyên không âm');
  });

  it('always draws min(size, population) distinct dossiers, each stratum within one of its quota', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 6 }), fc.nat(120), fc.integer(), (sizes, size, seed) => {
        const list = dossiers(Object.fromEntries(sizes.map((n, i) => [`P${i}`, n])));
        const drawn = drawStratifiedSample(list, size, seed);
        const codes = drawn.sample.map((d) => d.code);
        expect(codes).toHaveLength(Math.min(size, list.length));
        expect(new Set(codes).size).toBe(codes.length);
        for (const a of drawn.allocation) {
          expect(a.allocated).toBeLessThanOrEqual(a.population);
          expect(Math.abs(a.allocated - a.quota)).toBeLessThan(1);
        }
      }),
    );
  });
});
