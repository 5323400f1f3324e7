import { describe, expect, it } from 'vitest';
import { findCriterion } from './framework-ops';
import { HP_SGDDT_2023 } from './frameworks/hp-sgddt-2023';
import { listLostPoints, suggestImprovement } from './lost-points';
import type { CriterionInputs } from './score';

function improve(code: string, inputs: CriterionInputs) {
  const node = findCriterion(HP_SGDDT_2023, code);
  if (!node) throw new Error(code);
  return suggestImprovement(node, inputs);
}

describe('what would raise a criterion', () => {
  it('3.4.2 below the floor: the on-time dossiers needed to reach 95%', () => {
    expect(improve('3.4.2', { onTime: 91, total: 100 })).toEqual({
      text: 'cần thêm 4 hồ sơ đúng hạn (≥ 95/100) để đạt 1,43 điểm',
      points: 1.43,
      inputKey: 'onTime',
      neededValue: 95,
      add: 4,
    });
  });
  it('3.4.2 above the floor: the way to full points', () => {
    expect(improve('3.4.2', { onTime: 96, total: 100 }).text).toBe('cần thêm 4 hồ sơ đúng hạn (100/100) để đạt 1,5 điểm');
    expect(improve('3.4.2', { onTime: 100, total: 100 }).text).toBe('đã đạt điểm tối đa');
  });
  it('a ratio band: the next band and the numerator that reaches it', () => {
    expect(improve('7.1.4', { signed: 599, total: 1000 }).text).toBe('cần thêm 1 văn bản ký số (≥ 600/1000) để đạt 0,5 điểm');
    expect(improve('7.1.4', { signed: 61, total: 100 }).neededValue).toBe(80);
  });
  it('a count band: the posts needed, 201 to be "trên 200"', () => {
    expect(improve('7.3', { posts: 11 }).text).toBe('cần thêm 1 tin, bài (≥ 12) để đạt 0,2 điểm');
    expect(improve('7.3', { posts: 200 })).toMatchObject({ neededValue: 201, add: 1, points: 0.5 });
  });
  it('7.4.2: the floor first, then the 80% edge', () => {
    expect(improve('7.4.2', { onlineSubmitted: 30, total: 100 })).toMatchObject({ neededValue: 40, points: 1 });
    expect(improve('7.4.2', { onlineSubmitted: 50, total: 100 })).toMatchObject({ neededValue: 80, points: 2.5 });
  });
  it('8.1/8.2: the tasks to finish, and what each one is worth', () => {
    expect(improve('8.1', { done: 35, assigned: 41 }).text).toBe(
      'cần thêm 6 nhiệm vụ hoàn thành (41/41) để đạt 2,5 điểm; mỗi nhiệm vụ hoàn thành thêm được +0,06 điểm',
    );
    expect(improve('8.2', { onTime: 9, assigned: 41 })).toMatchObject({ neededValue: 41, add: 32 });
  });
  it('a formula without a lever names the input worth most per unit', () => {
    expect(improve('7.1.3', { a: 100, b: 60, c: 30 })).toEqual({ text: 'mỗi văn bản gửi hoàn toàn điện tử thêm được +0,01 điểm', inputKey: 'b' });
  });
  it('levels and sums: the next level, the items not done', () => {
    expect(improve('3.3.1', { level: 'none' }).text).toBe('đạt mức «Đầy đủ nhưng không kịp thời theo quy định» để được 0,25 điểm');
    expect(improve('7.6.3', { lawUpdates: true, internalAudit: false }).text).toContain('(+0,5 điểm)');
  });
  it('missing data: asks for it', () => {
    expect(improve('3.5', { total: 100 }).text).toMatch(/^nhập đủ dữ liệu — chưa đủ dữ liệu: thiếu/);
  });
});

describe('listLostPoints', () => {
  it('sorts leaves by points lost, with their units, and leaves out full marks and placeholders', () => {
    const lost = listLostPoints(HP_SGDDT_2023, {
      '3.4.2': { onTime: 91, total: 100 },
      '8.1': { done: 35, assigned: 41 },
      '8.2': { onTime: 9, assigned: 41 },
      '7.3': { posts: 250 },
    });
    expect(lost[0]).toMatchObject({ code: '7.4.2', lost: 2.5, status: 'insufficient' });
    expect(lost.slice(1, 3).map((l) => [l.code, l.lost])).toEqual([
      ['8.2', 1.95],
      ['3.4.2', 1.5],
    ]);
    expect(lost.find((l) => l.code === '8.1')).toMatchObject({
      lost: 0.37,
      responsibleUnits: ['CAC-PHONG', 'DV-LIEN-QUAN'],
      responsibleUnitNames: ['Các phòng Sở', 'Các đơn vị liên quan'],
    });
    expect(lost.some((l) => l.code === '7.3' || l.code === '7.1.1')).toBe(false);
    for (let i = 1; i < lost.length; i++) expect(lost[i - 1].lost).toBeGreaterThanOrEqual(lost[i].lost);
  });
});
