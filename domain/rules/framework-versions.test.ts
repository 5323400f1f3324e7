import { describe, expect, it } from 'vitest';
import { describeRule, diffFrameworks } from './framework-diff';
import { versionInForce } from './framework-versions';
import { HP_SGDDT_2023 } from './frameworks/hp-sgddt-2023';
import type { Criterion } from './framework-shapes';

describe('the version in force for a year', () => {
  const versions = [
    { version: 1, effectiveFrom: '2022-09-21', effectiveTo: '2024-12-31' },
    { version: 2, effectiveFrom: '2025-01-01', effectiveTo: null },
    { version: 3, effectiveFrom: null, effectiveTo: null },
  ];
  it('takes the decision whose period meets the year, the later one when a year holds two', () => {
    expect([2022, 2023, 2024, 2025, 2026].map((y) => versionInForce(versions, y))).toEqual([1, 1, 1, 2, 2]);
    expect(versionInForce(versions, 2021)).toBeNull();
    expect(
      versionInForce(
        [
          { version: 1, effectiveFrom: '2023-01-01', effectiveTo: null },
          { version: 2, effectiveFrom: '2023-07-01', effectiveTo: null },
        ],
        2023,
      ),
    ).toBe(2);
  });
  it('falls back to the latest version when no version carries a period (frameworks stored before decisions)', () => {
    expect(
      versionInForce(
        [
          { version: 1, effectiveFrom: null, effectiveTo: null },
          { version: 2, effectiveFrom: null, effectiveTo: null },
        ],
        2024,
      ),
    ).toBe(2);
    expect(versionInForce([], 2024)).toBeNull();
  });
});

describe('comparing two versions', () => {
  it('lists added, removed and changed criteria and rules', () => {
    const next = structuredClone(HP_SGDDT_2023);
    const area7 = next.areas.find((a) => a.code === '7')!;
    const c73 = area7.children!.find((c) => c.code === '7.3')!;
    (c73.rule as Extract<Criterion['rule'], { type: 'bands' }>)!.bands[0].min = 250;
    area7.children = area7.children!.filter((c) => c.code !== '7.7');
    area7.children.push({ code: '7.8', title: 'Chuyển đổi số', maxPoints: 1.5, responsibleUnits: ['VP'], placeholder: true });
    const diff = diffFrameworks(HP_SGDDT_2023, next);
    expect(diff.added).toEqual([{ code: '7.8', title: 'Chuyển đổi số', maxPoints: 1.5 }]);
    expect(diff.removed.map((r) => r.code)).toEqual(['7.7', '7.7.1', '7.7.2']);
    expect(diff.changed).toEqual([
      {
        code: '7.3',
        title: c73.title,
        changes: [{ field: 'Quy tắc chấm', before: describeRule(HP_SGDDT_2023.areas[6].children![2].rule), after: describeRule(c73.rule) }],
      },
    ]);
    expect(describeRule(c73.rule)).toBe('khoảng: (250; +∞) → 0,5; [52; 200] → 0,3; [12; 52) → 0,2; (−∞; 12) → 0');
  });
});
