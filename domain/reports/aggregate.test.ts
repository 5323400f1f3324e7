import { describe, expect, it } from 'vitest';
import { aggregateIndicators, type TemplateIndicator, type UnitIndicatorValues } from './index';

const units: UnitIndicatorValues[] = [
  { unitId: 'pgd-le-chan', unitType: 'phong-gddt', district: 'Lê Chân', values: { dossiers: 120, onTimeRate: 0.9, hasPlan: true } },
  { unitId: 'pgd-ngo-quyen', unitType: 'phong-gddt', district: 'Ngô Quyền', values: { dossiers: 80, onTimeRate: 0.7, hasPlan: false } },
  { unitId: 'thpt-tran-phu', unitType: 'thpt', district: 'Lê Chân', values: { dossiers: 30, hasPlan: true } },
  { unitId: 'thpt-chuyen', unitType: 'thpt', district: null, values: { dossiers: null, onTimeRate: 1, hasPlan: true } },
];

const template: TemplateIndicator[] = [
  { key: 'dossiers', label: 'Số hồ sơ tiếp nhận', aggregate: 'sum' },
  { key: 'onTimeRate', label: 'Tỷ lệ đúng hạn', aggregate: 'mean' },
  { key: 'hasPlan', label: 'Đã ban hành kế hoạch CCHC', aggregate: 'count' },
];

describe('aggregateIndicators', () => {
  const [dossiers, onTime, hasPlan] = aggregateIndicators(template, units);

  it('sums over the units that reported and lists the ones that did not', () => {
    expect(dossiers.overall).toEqual({ value: 230, reported: 3, units: 4 }); // 120 + 80 + 30
    expect(dossiers.missingUnits).toEqual(['thpt-chuyen']);
    expect(dossiers.byUnitType).toEqual([
      { unitType: 'phong-gddt', value: 200, reported: 2, units: 2 },
      { unitType: 'thpt', value: 30, reported: 1, units: 2 },
    ]);
    expect(dossiers.byDistrict).toEqual([
      { district: 'Lê Chân', value: 150, reported: 2, units: 2 },
      { district: 'Ngô Quyền', value: 80, reported: 1, units: 1 },
      { district: null, value: null, reported: 0, units: 1 },
    ]);
  });

  it('averages the units that reported', () => {
    expect(onTime.overall.value).toBeCloseTo((0.9 + 0.7 + 1) / 3, 12);
    expect(onTime.missingUnits).toEqual(['thpt-tran-phu']);
    expect(onTime.byDistrict.find((d) => d.district === 'Lê Chân')).toEqual({ district: 'Lê Chân', value: 0.9, reported: 1, units: 2 });
  });

  it('counts the units answering yes', () => {
    expect(hasPlan.overall).toEqual({ value: 3, reported: 4, units: 4 });
    expect(hasPlan.byUnitType.map((t) => [t.unitType, t.value])).toEqual([
      ['phong-gddt', 1],
      ['thpt', 2],
    ]);
    expect(hasPlan.missingUnits).toEqual([]);
  });

  it('takes the smallest and largest value', () => {
    const [min, max] = aggregateIndicators(
      [
        { key: 'dossiers', label: 'Ít hồ sơ nhất', aggregate: 'min' },
        { key: 'dossiers', label: 'Nhiều hồ sơ nhất', aggregate: 'max' },
      ],
      units,
    );
    expect(min.overall.value).toBe(30);
    expect(max.overall.value).toBe(120);
    expect(max.byUnitType[0]).toMatchObject({ unitType: 'phong-gddt', value: 120 });
  });

  it('has no value, rather than 0, when nobody reported', () => {
    const [sum] = aggregateIndicators([{ key: 'absent', label: 'Chưa ai nhập', aggregate: 'sum' }], units);
    expect(sum.overall).toEqual({ value: null, reported: 0, units: 4 });
    expect(sum.missingUnits).toHaveLength(4);
  });

  it('refuses two sets of figures for one unit', () => {
    expect(() => aggregateIndicators(template, [units[0], units[0]])).toThrow('Đơn vị pgd-le-chan có hai bộ số liệu');
  });
});
