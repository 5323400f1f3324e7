import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { truncateAll, useTestApp } from '../../test/harness';
import * as clock from '../clock';
import { orgUnits, plans, planTasks, planTaskUpdates, users } from '../db/schema/index';
import { features } from '../modules/index';
import { seedDemoIfEmpty } from './seed-demo';

const t = useTestApp();

beforeEach(async () => {
  clock.setClock(clock.fixedClock('2026-12-03T03:00:00Z'));
  await truncateAll(t.database);
  await seedDemoIfEmpty(t.database.db, features);
});
afterEach(() => clock.setClock(null));

async function unit(code: string) {
  const [row] = await t.database.db.select().from(orgUnits).where(eq(orgUnits.code, code));
  return row;
}

describe('the demo in today’s structure (npm start)', () => {
  it('shows the new Hải Phòng department: wards among the units, the provincial centre, no district office alive', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'Demo@2025' } });
    const cookie = String(res.headers['set-cookie']).split(';')[0];
    const list = (await t.app.inject({ method: 'GET', url: '/api/org-units', headers: { cookie } })).json() as Array<{
      code: string;
      type: string;
      active: boolean;
      parentId: number | null;
      name: string;
    }>;
    const alive = list.filter((u) => u.active);
    expect(alive.filter((u) => u.type === 'district_office')).toEqual([]);
    expect(alive.filter((u) => u.type === 'commune').map((u) => u.name)).toEqual(
      expect.arrayContaining([
        'UBND phường Lê Chân',
        'UBND phường An Biên',
        'UBND phường Ngô Quyền',
        'UBND phường Gia Viên',
        'UBND phường Hải Dương',
        'UBND phường Lê Thanh Nghị',
      ]),
    );
    expect(alive.find((u) => u.type === 'service_center')?.name).toBe('Trung tâm Phục vụ hành chính công thành phố Hải Phòng');
    expect(alive.filter((u) => u.parentId === null).map((u) => u.code)).toEqual(['SGDDT']);
    // Hải Dương's upper-secondary schools belong to the merged department; primary schools to wards.
    expect((await unit('THPT-HQ')).parentId).toBe((await unit('SGDDT')).id);
    expect((await unit('TH-LC')).parentId).toBe((await unit('P-LECHAN')).id);

    // The merger dated 01/07/2025 is in the department's history.
    const history = (await t.app.inject({ method: 'GET', url: `/api/org-units/${(await unit('SGDDT')).id}/history`, headers: { cookie } })).json();
    expect(history.predecessors).toEqual([
      { unitId: (await unit('SGDDT-HD')).id, name: 'Sở Giáo dục và Đào tạo Hải Dương', on: '2025-07-01', principal: true, note: expect.any(String) },
    ]);
    const changes = (await t.app.inject({ method: 'GET', url: '/api/org-changes', headers: { cookie } })).json() as Array<{
      effectiveOn: string;
      outcome: { summary: string };
    }>;
    expect(changes.map((c) => c.outcome.summary)).toContain(
      'Sáp nhập «Sở Giáo dục và Đào tạo Hải Dương» vào «Sở Giáo dục và Đào tạo Hải Phòng» từ ngày 01/07/2025 (Quốc hội, số 202/2025/QH15).',
    );

    // The structure of 2024 is still there to read.
    const on2024 = (await t.app.inject({ method: 'GET', url: '/api/org-units?on=2024-12-31', headers: { cookie } })).json() as Array<{
      code: string;
      parentId: number | null;
    }>;
    expect(on2024.find((u) => u.code === 'TH-LC')?.parentId).toBe((await unit('PGD-LC')).id);
    expect(on2024.some((u) => u.code === 'P-LECHAN')).toBe(false);
  });

  it('keeps the 2025 plan in the structure it had: finished tasks with their old units, open ones carried on with a line in their history', async () => {
    const [plan2025] = await t.database.db.select().from(plans).where(eq(plans.year, 2025));
    expect(plan2025.unitId).toBe((await unit('SGDDT')).id);
    const tasks = await t.database.db.select().from(planTasks).where(eq(planTasks.planId, plan2025.id));
    const vp = (await unit('VP')).id;
    const tchc = (await unit('TCHC')).id;
    const early = tasks.filter((x) => x.leadUnitId === vp);
    expect(early.length).toBeGreaterThan(0);
    for (const task of early) expect(task.doneOn! < '2025-03-01' || task.cancelledOn !== null).toBe(true);
    const carried = tasks.filter((x) => x.leadUnitId === tchc);
    expect(carried.length).toBeGreaterThan(0);
    const lines = await t.database.db.select().from(planTaskUpdates).where(eq(planTaskUpdates.taskId, carried[0].id));
    expect(lines.filter((l) => l.kind === 'transfer').map((l) => l.note)).toEqual([
      expect.stringMatching(
        /^Chuyển đơn vị chủ trì từ «(Văn phòng Sở|Phòng Tổ chức cán bộ)» sang «Phòng Tổ chức - Hành chính» từ ngày 01\/03\/2025 theo 08\/2025\/QĐ-UBND\.$/,
      ),
    ]);
    // The accounts moved with their units; the former district office's officer may read its history.
    const [pgd] = await t.database.db.select().from(users).where(eq(users.username, 'pgdlechan'));
    expect(pgd.unitId).toBe((await unit('P-LECHAN')).id);
    const grants = await t.database.db.query.unitHistoryGrants.findMany();
    expect(grants.map((g) => [g.userId, g.unitId])).toEqual([[pgd.id, (await unit('PGD-LC')).id]]);
  });
});
