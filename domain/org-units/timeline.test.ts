import { describe, expect, it } from 'vitest';
import {
  applyOperation,
  currentSuccessorsOf,
  formerUnitsOf,
  isMemberOn,
  membershipOf,
  OrgTimeline,
  regroupTarget,
  scopePaths,
  unitOnDate,
  type OrgTimelineData,
  type UnitVersion,
} from './index';

const v = (unitId: number, parentId: number | null, type: UnitVersion['type'], name: string): UnitVersion => ({
  unitId,
  parentId,
  type,
  name,
  shortName: null,
  district: null,
  validFrom: null,
  validTo: null,
});
const ward = (unitId: number, name: string) => ({ unitId, parentId: 1, attributes: { name, shortName: null, type: 'commune' as const, district: null } });

const start: OrgTimelineData = {
  versions: [
    v(1, null, 'department', 'Sở GD&ĐT Hải Phòng'),
    v(10, 1, 'district_office', 'Phòng GD&ĐT quận Lê Chân'),
    v(11, 10, 'school', 'Trường THCS Chu Văn An'),
    v(12, 10, 'school', 'Trường Tiểu học Lê Chân'),
    v(20, null, 'department', 'Sở GD&ĐT Hải Dương'),
    v(21, 20, 'school', 'Trường THPT Nguyễn Trãi'),
  ],
  links: [],
};

/** 01/07/2025: Hải Dương's department joins Hải Phòng's; the Lê Chân office is dissolved into two wards. */
function afterReform(): OrgTimeline {
  const merged = applyOperation(start, { kind: 'merge', on: '2025-07-01', sourceIds: [20], targetId: 1 });
  const dissolved = applyOperation(merged.data, {
    kind: 'dissolve',
    on: '2025-07-01',
    unitId: 10,
    successorIds: [30, 31],
    principalId: 30,
    newUnits: [ward(30, 'UBND phường Lê Chân'), ward(31, 'UBND phường An Biên')],
    childParents: { 11: 31 },
  });
  return new OrgTimeline(dissolved.data);
}

describe('the structure of a given day', () => {
  it('answers "Lê Chân district office in 2024" with its schools of that day', () => {
    const t = afterReform();
    expect([...t.subtreeAt(10, '2024-12-31')].sort()).toEqual([10, 11, 12]);
    expect(t.ancestorsAt(11, '2024-12-31').map((x) => x.name)).toEqual(['Trường THCS Chu Văn An', 'Phòng GD&ĐT quận Lê Chân', 'Sở GD&ĐT Hải Phòng']);
    expect(t.ancestorsAt(11, '2026-01-01').map((x) => x.name)).toEqual(['Trường THCS Chu Văn An', 'UBND phường An Biên', 'Sở GD&ĐT Hải Phòng']);
    expect(t.subtreeAt(10, '2026-01-01').size).toBe(0);
  });

  it('lists when each unit was under a root, so a record is counted where it stood on its own date', () => {
    const t = afterReform();
    const m = membershipOf(t, 10);
    expect(m).toEqual([
      { unitId: 10, from: null, to: '2025-07-01' },
      { unitId: 11, from: null, to: '2025-07-01' },
      { unitId: 12, from: null, to: '2025-07-01' },
    ]);
    expect(isMemberOn(m, 11, '2025-06-30')).toBe(true);
    expect(isMemberOn(m, 11, '2025-07-01')).toBe(false);
    const sgd = membershipOf(t, 1);
    expect(isMemberOn(sgd, 21, '2025-06-30')).toBe(false);
    expect(isMemberOn(sgd, 21, '2025-07-01')).toBe(true);
    expect(isMemberOn(sgd, 11, '2024-01-01')).toBe(true);
    expect(isMemberOn(membershipOf(t, 31), 11, '2026-03-01')).toBe(true);
  });
});

describe('successors', () => {
  it('answers "the communes of the former Lê Chân district" with the wards alive today', () => {
    const t = afterReform();
    expect(currentSuccessorsOf(t, 10, '2026-12-03')).toEqual([30, 31]);
    expect(currentSuccessorsOf(t, 11, '2026-12-03')).toEqual([11]);
    expect(formerUnitsOf(t, 31)).toEqual([{ unitId: 10, on: '2025-07-01', principal: false }]);
  });

  it('re-groups a unit’s own records along principal links, through later changes too', () => {
    const t = afterReform();
    expect(regroupTarget(t, 10, '2026-12-03')).toBe(30);
    expect(regroupTarget(t, 20, '2026-12-03')).toBe(1);
    const later = applyOperation(t.data, {
      kind: 'merge',
      on: '2026-01-01',
      sourceIds: [30, 31],
      targetId: 32,
      newUnits: [ward(32, 'UBND phường Lê Chân (mới)')],
    });
    const t2 = new OrgTimeline(later.data);
    expect(regroupTarget(t2, 10, '2026-12-03')).toBe(32);
    expect(currentSuccessorsOf(t2, 10, '2026-12-03')).toEqual([32]);
    expect(regroupTarget(t2, 10, '2025-12-31')).toBe(30);
  });
});

describe('scope paths of today', () => {
  it('keeps an ended unit where it last stood, and an ended root under its principal successor', () => {
    const paths = scopePaths(afterReform(), '2026-12-03');
    expect(paths.get(10)).toBe('/1/10/');
    expect(paths.get(11)).toBe('/1/31/11/');
    expect(paths.get(12)).toBe('/1/30/12/');
    expect(paths.get(20)).toBe('/1/20/');
    expect(paths.get(21)).toBe('/1/21/');
  });
});

describe('records on a date', () => {
  it('gives a moved record the unit it had before its first later move', () => {
    const moves = [
      { fromUnitId: 10, toUnitId: 30, on: '2025-07-01' },
      { fromUnitId: 30, toUnitId: 32, on: '2026-01-01' },
    ];
    expect(unitOnDate(32, moves, '2024-12-31')).toBe(10);
    expect(unitOnDate(32, moves, '2025-07-01')).toBe(30);
    expect(unitOnDate(32, moves, '2026-03-01')).toBe(32);
    expect(unitOnDate(5, [], '2024-01-01')).toBe(5);
  });

  it('places a date inside a unit’s life', () => {
    const t = afterReform();
    expect(t.dayInLife(30, '2025-01-10')).toBe('2025-07-01');
    expect(t.dayInLife(10, '2026-01-10')).toBe('2025-06-30');
    expect(t.dayInLife(11, '2026-01-10')).toBe('2026-01-10');
  });
});
