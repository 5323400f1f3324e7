import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTestApp, type TestContext } from '../../../test/harness';
import * as clock from '../../clock';
import { plans, planTasks } from '../../db/schema/index';

const t = useTestApp();

beforeEach(() => clock.setClock(clock.fixedClock('2026-03-02T03:00:00Z')));
afterEach(() => clock.setClock(null));

async function planOf(t: TestContext, unitCode: string, year: number): Promise<{ planId: number; taskId: number }> {
  const db = t.database.db;
  const [plan] = await db
    .insert(plans)
    .values({ unitId: t.unitId(unitCode), year, title: `Kế hoạch CCHC năm ${year} (${unitCode})` })
    .returning();
  const [task] = await db
    .insert(planTasks)
    .values({
      planId: plan.id,
      content: `Nhiệm vụ ${year} của ${unitCode}`,
      areaKey: 'direction',
      leadUnitId: t.unitId(unitCode),
      deadline: `${year}-06-30`,
      doneOn: `${year}-06-01`,
      progress: 100,
    })
    .returning();
  return { planId: plan.id, taskId: task.id };
}

const read = (as: string, planId: number) => t.request({ method: 'GET', url: `/api/plans/${planId}`, as }).then((r) => r.statusCode);

describe('scopes before and after a merger', () => {
  it('a user of a merged division sees exactly the successor’s data: its open work, not the old units’ history', async () => {
    const tccb2024 = await planOf(t, 'TCCB', 2024);
    const vp2024 = await planOf(t, 'VP', 2024);
    const vp2026 = await planOf(t, 'VP', 2026);
    const tccb2026 = await planOf(t, 'TCCB', 2027);
    expect([await read('tccb', tccb2024.planId), await read('tccb', vp2024.planId), await read('tccb', vp2026.planId)]).toEqual([200, 403, 403]);

    const res = await t.request({
      method: 'POST',
      url: '/api/org-changes',
      as: 'admin',
      payload: {
        kind: 'merge',
        effectiveOn: '2025-03-01',
        decisionNo: '08/2025/QĐ-UBND',
        sourceIds: [t.unitId('VP'), t.unitId('TCCB')],
        targetId: -1,
        newUnits: [{ ref: -1, code: 'TCHC', name: 'Phòng Tổ chức - Hành chính', type: 'division', parentId: t.unitId('SGDDT') }],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    // The plans of later years moved to the new division and are its data; the old years stayed with the old units.
    expect([await read('tccb', vp2026.planId), await read('tccb', tccb2026.planId)]).toEqual([200, 200]);
    expect([await read('tccb', tccb2024.planId), await read('tccb', vp2024.planId)]).toEqual([403, 403]);
    // The department's roles still see every year, in whichever unit it is kept.
    expect([await read('vanphong', tccb2024.planId), await read('lanhdao', vp2024.planId)]).toEqual([200, 200]);
  });
});

describe('history of a dissolved unit', () => {
  const dissolve = (t: TestContext, historyGrants: number[]) => ({
    kind: 'dissolve',
    effectiveOn: '2025-07-01',
    decisionNo: '1669/NQ-UBTVQH15',
    unitId: t.unitId('PGD-LC'),
    newUnits: [
      { ref: -1, code: 'P-LECHAN', name: 'UBND phường Lê Chân', type: 'commune', parentId: t.unitId('SGDDT') },
      { ref: -2, code: 'P-ANBIEN', name: 'UBND phường An Biên', type: 'commune', parentId: t.unitId('SGDDT') },
    ],
    successorIds: [-1, -2],
    childParents: { [t.unitId('THCS-CVA')]: -2 },
    historyGrants,
  });

  it('is closed to the former staff unless an administrator grants it, and a grant only reads', async () => {
    const office = await planOf(t, 'PGD-LC', 2024);
    const movedAway = await planOf(t, 'THCS-CVA', 2024);
    const stayed = await planOf(t, 'MN-HS', 2024);
    expect([await read('pgdlechan', office.planId), await read('pgdlechan', movedAway.planId), await read('pgdlechan', stayed.planId)]).toEqual([
      200, 200, 200,
    ]);

    expect((await t.request({ method: 'POST', url: '/api/org-changes', as: 'admin', payload: dissolve(t, []) })).statusCode).toBe(201);
    // Now at the Lê Chân ward: its schools, not the office's own history, nor the school that went to An Biên.
    expect([await read('pgdlechan', office.planId), await read('pgdlechan', movedAway.planId), await read('pgdlechan', stayed.planId)]).toEqual([
      403, 403, 200,
    ]);

    const grant = await t.request({
      method: 'POST',
      url: '/api/unit-history-grants',
      as: 'admin',
      payload: { userId: t.userId('pgdlechan'), unitId: t.unitId('PGD-LC'), note: 'Tra cứu hồ sơ lưu trữ của Phòng' },
    });
    expect(grant.statusCode, grant.body).toBe(201);
    expect(await read('pgdlechan', office.planId)).toBe(200);
    expect(await read('pgdlechan', movedAway.planId)).toBe(403);
    const listed = (await t.request({ method: 'GET', url: '/api/plans?year=2024', as: 'pgdlechan' })).json();
    expect(listed.map((p: { id: number }) => p.id).sort()).toEqual([office.planId, stayed.planId].sort());
    // Reading, not writing: the old office's task takes no update from the grant.
    const write = await t.request({ method: 'POST', url: `/api/tasks/${office.taskId}/updates`, as: 'pgdlechan', payload: { note: 'Bổ sung' } });
    expect(write.statusCode).toBe(403);

    const revoked = await t.request({ method: 'POST', url: `/api/unit-history-grants/${grant.json().id}/revoke`, as: 'admin' });
    expect(revoked.json().revokedAt).not.toBeNull();
    expect(await read('pgdlechan', office.planId)).toBe(403);
  });

  it('can be granted in the change itself, and only to the ended unit’s staff', async () => {
    const office = await planOf(t, 'PGD-LC', 2024);
    const wrong = await t.request({ method: 'POST', url: '/api/org-changes', as: 'admin', payload: dissolve(t, [t.userId('truong')]) });
    expect(wrong.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'historyGrants' } });
    const res = await t.request({ method: 'POST', url: '/api/org-changes', as: 'admin', payload: dissolve(t, [t.userId('pgdlechan')]) });
    expect(res.json().outcome.historyGrants).toEqual([
      { userId: t.userId('pgdlechan'), username: 'pgdlechan', unitId: t.unitId('PGD-LC'), unitName: 'Phòng Giáo dục và Đào tạo quận Lê Chân' },
    ]);
    expect(await read('pgdlechan', office.planId)).toBe(200);
    const living = await t.request({
      method: 'POST',
      url: '/api/unit-history-grants',
      as: 'admin',
      payload: { userId: t.userId('truong'), unitId: t.unitId('PGD-NQ') },
    });
    expect(living.json().error.code).toBe('UNIT_NOT_ENDED');
  });
});
