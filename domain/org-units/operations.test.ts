import { describe, expect, it } from 'vitest';
import { applyOperation, checkTimeline, OrgRuleError, OrgTimeline, type OrgOperation, type OrgTimelineData, type UnitVersion } from './index';

const v = (unitId: number, parentId: number | null, type: UnitVersion['type'], name: string, validFrom: string | null = null): UnitVersion => ({
  unitId,
  parentId,
  type,
  name,
  shortName: null,
  district: null,
  validFrom,
  validTo: null,
});

/** The two departments before 1 July 2025, as the demo seeds them. */
const before: OrgTimelineData = {
  versions: [
    v(1, null, 'department', 'Sở GD&ĐT Hải Phòng'),
    v(2, 1, 'division', 'Văn phòng Sở'),
    v(3, 1, 'division', 'Phòng Tổ chức cán bộ'),
    v(10, 1, 'district_office', 'Phòng GD&ĐT quận Lê Chân'),
    v(11, 10, 'school', 'Trường THCS Chu Văn An'),
    v(12, 10, 'school', 'Trường Tiểu học Lê Chân'),
    v(13, 10, 'school', 'Trường Mầm non Hoa Sen'),
    v(20, null, 'department', 'Sở GD&ĐT Hải Dương'),
    v(21, 20, 'division', 'Văn phòng Sở GD&ĐT Hải Dương'),
    v(22, 20, 'school', 'Trường THPT Nguyễn Trãi'),
  ],
  links: [],
};

const ward = (unitId: number, name: string) => ({ unitId, parentId: 1, attributes: { name, shortName: null, type: 'commune' as const, district: null } });

function apply(data: OrgTimelineData, op: OrgOperation) {
  return applyOperation(data, op);
}

function refusal(fn: () => unknown): OrgRuleError {
  try {
    fn();
  } catch (e) {
    if (e instanceof OrgRuleError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('rename and move', () => {
  it('renames from a date: the old name answers for the day before, the new one from the date', () => {
    const out = apply(before, { kind: 'rename', on: '2025-03-01', unitId: 3, name: 'Phòng Tổ chức - Hành chính' });
    const t = new OrgTimeline(out.data);
    expect(t.nameAt(3, '2025-02-28')).toBe('Phòng Tổ chức cán bộ');
    expect(t.nameAt(3, '2025-03-01')).toBe('Phòng Tổ chức - Hành chính');
    expect(t.versionsOf(3).map((x) => [x.validFrom, x.validTo])).toEqual([
      [null, '2025-03-01'],
      ['2025-03-01', null],
    ]);
    expect(out.changedUnitIds).toEqual([3]);
  });

  it('moves a unit with its subtree from a date, and the structure of the day before stays as it was', () => {
    const out = apply(before, { kind: 'move', on: '2025-07-01', unitId: 11, parentId: 1 });
    const t = new OrgTimeline(out.data);
    expect([...t.subtreeAt(10, '2025-06-30')].sort()).toEqual([10, 11, 12, 13]);
    expect([...t.subtreeAt(10, '2025-07-01')].sort()).toEqual([10, 12, 13]);
    expect(t.ancestorsAt(11, '2025-07-01').map((x) => x.unitId)).toEqual([11, 1]);
  });

  it('refuses a move into the unit’s own subtree and a move of the root', () => {
    expect(refusal(() => apply(before, { kind: 'move', on: '2025-07-01', unitId: 10, parentId: 11 })).code).toBe('UNIT_MOVE_CYCLE');
    expect(refusal(() => apply(before, { kind: 'move', on: '2025-07-01', unitId: 1, parentId: 20 })).code).toBe('ROOT_CANNOT_MOVE');
  });

  it('refuses a change dated before a later recorded change of the same unit, saying which date to use', () => {
    const renamed = apply(before, { kind: 'rename', on: '2025-07-01', unitId: 3, name: 'Phòng Tổ chức - Hành chính' });
    const e = refusal(() => apply(renamed.data, { kind: 'move', on: '2025-03-01', unitId: 3, parentId: 20 }));
    expect(e.code).toBe('UNIT_CHANGE_OUT_OF_ORDER');
    expect(e.message).toContain('01/07/2025');
    expect(e.message).toContain('chồng lên nhau');
  });

  it('refuses a parent that does not exist on the date', () => {
    const e = refusal(() =>
      apply(before, { kind: 'establish', on: '2025-07-01', unitId: 30, newUnits: [{ ...ward(30, 'UBND phường Lê Chân'), parentId: 99 }] }),
    );
    expect(e.code).toBe('UNIT_PARENT_MISSING');
  });
});

describe('merge', () => {
  it('merges two divisions into a new one: both end, their successor links point to it', () => {
    const out = apply(before, {
      kind: 'merge',
      on: '2025-03-01',
      sourceIds: [2, 3],
      targetId: 4,
      newUnits: [{ unitId: 4, parentId: 1, attributes: { name: 'Phòng Tổ chức - Hành chính', shortName: 'TCHC', type: 'division', district: null } }],
    });
    const t = new OrgTimeline(out.data);
    expect(out.endedUnitIds.sort()).toEqual([2, 3]);
    expect(t.existsAt(2, '2025-02-28')).toBe(true);
    expect(t.existsAt(2, '2025-03-01')).toBe(false);
    expect(t.lifeOf(4)).toEqual({ from: '2025-03-01', to: null });
    expect(out.links.map((l) => [l.fromUnitId, l.toUnitId, l.principal])).toEqual([
      [2, 4, true],
      [3, 4, true],
    ]);
  });

  it('absorbs a department into another: its children move under the continuing one, which keeps its id', () => {
    const out = apply(before, { kind: 'merge', on: '2025-07-01', sourceIds: [20], targetId: 1 });
    const t = new OrgTimeline(out.data);
    expect(t.versionAt(21, '2025-07-01')?.parentId).toBe(1);
    expect(t.versionAt(21, '2025-06-30')?.parentId).toBe(20);
    expect(t.existsAt(1, '2025-07-01')).toBe(true);
    expect(out.childMoves).toEqual([
      { unitId: 21, fromParentId: 20, toParentId: 1 },
      { unitId: 22, fromParentId: 20, toParentId: 1 },
    ]);
  });

  it('needs two units', () => {
    expect(refusal(() => apply(before, { kind: 'merge', on: '2025-07-01', sourceIds: [2], targetId: 2 })).code).toBe('MERGE_NEEDS_TWO');
  });
});

describe('dissolve and split', () => {
  const dissolved = () =>
    apply(before, {
      kind: 'dissolve',
      on: '2025-07-01',
      unitId: 10,
      successorIds: [30, 31],
      principalId: 30,
      newUnits: [ward(30, 'UBND phường Lê Chân'), ward(31, 'UBND phường An Biên')],
      childParents: { 11: 31 },
    });

  it('dissolves a district office into two wards: schools go where the decision says, the rest to the principal successor', () => {
    const out = dissolved();
    const t = new OrgTimeline(out.data);
    expect(t.existsAt(10, '2025-07-01')).toBe(false);
    expect(t.versionAt(11, '2025-07-01')?.parentId).toBe(31);
    expect(t.versionAt(12, '2025-07-01')?.parentId).toBe(30);
    expect(t.versionAt(13, '2025-07-01')?.parentId).toBe(30);
    expect(out.links).toEqual([
      { fromUnitId: 10, toUnitId: 30, on: '2025-07-01', principal: true, note: 'Trường Tiểu học Lê Chân; Trường Mầm non Hoa Sen' },
      { fromUnitId: 10, toUnitId: 31, on: '2025-07-01', principal: false, note: 'Trường THCS Chu Văn An' },
    ]);
  });

  it('keeps the history of a dissolved unit: no change is recorded after it ended', () => {
    const e = refusal(() => apply(dissolved().data, { kind: 'rename', on: '2026-01-01', unitId: 10, name: 'X' }));
    expect(e.code).toBe('UNIT_ENDED');
    expect(e.message).toContain('01/07/2025');
  });

  it('refuses a dissolution without successor, into itself, or into a unit that does not exist then', () => {
    expect(refusal(() => apply(before, { kind: 'dissolve', on: '2025-07-01', unitId: 10, successorIds: [] })).code).toBe('DISSOLVE_NEEDS_SUCCESSOR');
    expect(refusal(() => apply(before, { kind: 'dissolve', on: '2025-07-01', unitId: 10, successorIds: [10] })).code).toBe('UNIT_SUCCESSOR_SELF');
    const later = apply(before, { kind: 'establish', on: '2025-09-01', unitId: 30, newUnits: [ward(30, 'UBND phường Lê Chân')] });
    expect(refusal(() => apply(later.data, { kind: 'dissolve', on: '2025-07-01', unitId: 10, successorIds: [30] })).code).toBe('UNIT_SUCCESSOR_MISSING');
  });

  it('refuses to send a child to a unit that ends in the same operation', () => {
    const e = refusal(() => apply(before, { kind: 'dissolve', on: '2025-07-01', unitId: 10, successorIds: [1], childParents: { 11: 10 } }));
    expect(e.code).toBe('UNIT_PARENT_ENDING');
  });

  it('splits a unit off with some children while the source continues', () => {
    const out = apply(before, {
      kind: 'split',
      on: '2025-07-01',
      sourceId: 10,
      keepSource: true,
      targetIds: [30],
      newUnits: [ward(30, 'UBND phường Lê Chân')],
      childParents: { 13: 30 },
    });
    const t = new OrgTimeline(out.data);
    expect(t.existsAt(10, '2025-07-01')).toBe(true);
    expect(t.versionAt(13, '2025-07-01')?.parentId).toBe(30);
    expect(out.links).toEqual([{ fromUnitId: 10, toUnitId: 30, on: '2025-07-01', principal: false, note: 'Trường Mầm non Hoa Sen' }]);
  });

  it('splits a unit into new ones, ending it', () => {
    const out = apply(before, {
      kind: 'split',
      on: '2025-07-01',
      sourceId: 10,
      keepSource: false,
      targetIds: [30, 31],
      principalId: 31,
      newUnits: [ward(30, 'A'), ward(31, 'B')],
    });
    expect(out.endedUnitIds).toEqual([10]);
    expect(out.links.find((l) => l.principal)?.toUnitId).toBe(31);
    expect(new OrgTimeline(out.data).versionAt(12, '2025-07-01')?.parentId).toBe(31);
  });
});

describe('whole-timeline checks', () => {
  it('refuses overlapping periods of one unit with a message naming both periods', () => {
    const data: OrgTimelineData = {
      versions: [
        v(1, null, 'department', 'Sở'),
        { ...v(10, 1, 'district_office', 'Phòng GD&ĐT Lê Chân'), validTo: '2025-07-01' },
        { ...v(10, 1, 'district_office', 'Phòng GD&ĐT Lê Chân (mới)', '2025-03-01') },
      ],
      links: [],
    };
    const [issue] = checkTimeline(new OrgTimeline(data));
    expect(issue.code).toBe('UNIT_PERIODS_OVERLAP');
    expect(issue.message).toBe(
      'Đơn vị «Phòng GD&ĐT Lê Chân» có hai giai đoạn chồng lên nhau: đến 30/06/2025 và từ 01/03/2025. Mỗi ngày một đơn vị chỉ có một trạng thái; kiểm tra lại ngày hiệu lực.',
    );
  });

  it('refuses a cycle of parents on the day it would begin', () => {
    const data: OrgTimelineData = {
      versions: [
        v(1, null, 'department', 'Sở'),
        { ...v(10, 1, 'district_office', 'Phòng A'), validTo: '2025-07-01' },
        v(10, 11, 'district_office', 'Phòng A', '2025-07-01'),
        { ...v(11, 10, 'school', 'Trường B') },
      ],
      links: [],
    };
    const issues = checkTimeline(new OrgTimeline(data));
    expect(issues.map((i) => i.code)).toContain('UNIT_PARENT_CYCLE');
    expect(issues.find((i) => i.code === 'UNIT_PARENT_CYCLE')!.message).toContain('01/07/2025');
  });

  it('refuses a child that outlives its parent', () => {
    const data: OrgTimelineData = {
      versions: [v(1, null, 'department', 'Sở'), { ...v(10, 1, 'district_office', 'Phòng A'), validTo: '2025-07-01' }, v(11, 10, 'school', 'Trường B')],
      links: [],
    };
    expect(checkTimeline(new OrgTimeline(data))[0].code).toBe('UNIT_PARENT_MISSING');
  });
});
