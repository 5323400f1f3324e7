import { describe, expect, it } from 'vitest';
import { isReformAreaKey, REFORM_AREA_KEYS, REFORM_AREAS, reformAreaByKey, sortByReformArea } from './reform-areas';

describe('reform areas', () => {
  it('has one entry per key, ordered 1…9, with both labels', () => {
    expect(REFORM_AREAS.map((a) => a.key)).toEqual([...REFORM_AREA_KEYS]);
    expect(REFORM_AREAS.map((a) => a.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const a of REFORM_AREAS) expect(a.labelVi && a.labelEn && a.shortVi).toBeTruthy();
  });

  it('names the areas as the plans do', () => {
    expect(reformAreaByKey('procedures').labelVi).toBe('Cải cách thủ tục hành chính');
    expect(reformAreaByKey('digital-government').labelVi).toBe('Xây dựng và phát triển Chính quyền điện tử, Chính quyền số');
  });

  it('checks keys coming from outside', () => {
    expect(isReformAreaKey('sipas')).toBe(true);
    expect(isReformAreaKey('SIPAS')).toBe(false);
  });

  it('sorts by area order and keeps the order within an area', () => {
    const items = [
      { id: 1, areaKey: 'sipas' as const },
      { id: 2, areaKey: 'direction' as const },
      { id: 3, areaKey: 'procedures' as const },
      { id: 4, areaKey: 'direction' as const },
    ];
    expect(sortByReformArea(items).map((i) => i.id)).toEqual([2, 4, 3, 1]);
  });
});
