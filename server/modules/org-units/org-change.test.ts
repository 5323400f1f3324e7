import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dissolveLeChan } from '../../../test/org-changes';
import { useTestApp, type TestContext } from '../../../test/harness';
import * as clock from '../../clock';
import { plans, planTasks, users } from '../../db/schema/index';

const t = useTestApp();

beforeEach(() => clock.setClock(clock.fixedClock('2026-03-02T03:00:00Z')));
afterEach(() => clock.setClock(null));

/** The value with unit ids of new units (keys ending in 'UnitId' or 'unitId') mapped to other ids. */
function renumber(value: unknown, ids: Map<number, number>): unknown {
  if (Array.isArray(value)) return value.map((v) => renumber(v, ids));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      /unitId$/i.test(k) && typeof v === 'number'
        ? (ids.get(v) ?? v)
        : k === 'newUnitIds'
          ? Object.fromEntries(Object.entries(v as object).map(([r, id]) => [r, ids.get(id) ?? id]))
          : renumber(v, ids),
    ]),
  );
}

async function seedPlanOf(
  t: TestContext,
  unitCode: string,
  year: number,
  tasks: Array<{ content: string; deadline: string | null; doneOn?: string | null; coord?: string[] }>,
) {
  const db = t.database.db;
  const [plan] = await db
    .insert(plans)
    .values({ unitId: t.unitId(unitCode), year, title: `Kế hoạch CCHC năm ${year} (${unitCode})` })
    .returning();
  const rows = await db
    .insert(planTasks)
    .values(
      tasks.map((x, i) => ({
        planId: plan.id,
        no: String(i + 1),
        content: x.content,
        areaKey: 'direction',
        leadUnitId: t.unitId(unitCode),
        coordinatingUnitIds: (x.coord ?? []).map((c) => t.unitId(c)),
        deadline: x.deadline,
        doneOn: x.doneOn ?? null,
        progress: x.doneOn ? 100 : 30,
      })),
    )
    .returning();
  return { plan, tasks: rows };
}

describe('a dissolution with successors, through the API', () => {
  it('previews what moves without keeping anything, then records it as previewed', async () => {
    const y2024 = await seedPlanOf(t, 'PGD-LC', 2024, [
      { content: 'Rà soát TTHC năm 2024', deadline: '2024-06-30', doneOn: '2024-06-20' },
      { content: 'Số hóa kết quả giải quyết TTHC', deadline: '2024-12-31' },
    ]);
    const y2026 = await seedPlanOf(t, 'PGD-LC', 2026, [{ content: 'Kế hoạch năm sau', deadline: '2026-06-30' }]);
    const units = (await t.request({ method: 'GET', url: '/api/org-units', as: 'admin' })).json();

    const preview = await t.request({ method: 'POST', url: '/api/org-changes/preview', as: 'admin', payload: dissolveLeChan(t) });
    expect(preview.statusCode, preview.body).toBe(200);
    const p = preview.json();
    expect(p.summary).toBe(
      'Giải thể «Phòng Giáo dục và Đào tạo quận Lê Chân» từ ngày 01/07/2025; đơn vị kế thừa: «UBND phường Lê Chân» (kế thừa chính), «UBND phường An Biên» (Ủy ban Thường vụ Quốc hội, số 1669/NQ-UBTVQH15).',
    );
    expect(p.childMoves.map((m: { name: string; toName: string }) => `${m.name} → ${m.toName}`).sort()).toEqual([
      'Trung tâm GDNN-GDTX quận Lê Chân → UBND phường Lê Chân',
      'Trường Mầm non Hoa Sen → UBND phường Lê Chân',
      'Trường THCS Chu Văn An → UBND phường An Biên',
      'Trường Tiểu học Lê Chân → UBND phường Lê Chân',
    ]);
    const group = (key: string) => p.groups.find((g: { key: string }) => g.key === key)?.items ?? [];
    expect(group('users').map((i: { label: string; toUnitName: string; status: string }) => [i.label, i.toUnitName, i.status])).toEqual([
      ['Bùi Thị Mai (pgdlechan)', 'UBND phường Lê Chân', 'moves'],
    ]);
    expect(group('tasks').map((i: { key: string; status: string }) => [i.key, i.status])).toEqual([
      [`task:${y2024.tasks[1].id}`, 'moves'],
      [`task:${y2026.tasks[0].id}`, 'moves'],
    ]);
    expect(group('plans').map((i: { key: string; status: string }) => [i.key, i.status])).toEqual([
      [`plan:${y2024.plan.id}`, 'stays'],
      [`plan:${y2026.plan.id}`, 'moves'],
    ]);
    // Nothing of the preview was kept.
    expect((await t.request({ method: 'GET', url: '/api/org-units', as: 'admin' })).json()).toEqual(units);
    expect((await t.request({ method: 'GET', url: '/api/org-changes', as: 'admin' })).json()).toEqual([]);

    const done = await t.request({ method: 'POST', url: '/api/org-changes', as: 'admin', payload: dissolveLeChan(t) });
    expect(done.statusCode, done.body).toBe(201);
    const change = done.json();
    // The same outcome as previewed, but for the ids the new units received this time.
    const ids = new Map(Object.entries(p.newUnitIds as Record<string, number>).map(([ref, id]) => [id, change.outcome.newUnitIds[ref]]));
    expect(change.outcome).toEqual(renumber(p, ids));
    const lechan = change.outcome.newUnitIds['-1'];
    const anbien = change.outcome.newUnitIds['-2'];

    // Nothing deleted: the office is there, ended; its schools hang under the wards from the date.
    const after = (await t.request({ method: 'GET', url: '/api/org-units', as: 'truong' })).json();
    const byCode = (code: string) => after.find((u: { code: string }) => u.code === code);
    expect(byCode('PGD-LC')).toMatchObject({ active: false, validTo: '2025-07-01' });
    expect(byCode('THCS-CVA').parentId).toBe(anbien);
    expect(byCode('MN-HS').parentId).toBe(lechan);
    const asOf2024 = (await t.request({ method: 'GET', url: '/api/org-units?on=2024-12-31', as: 'truong' })).json();
    expect(asOf2024.find((u: { code: string }) => u.code === 'THCS-CVA').parentId).toBe(t.unitId('PGD-LC'));
    expect(asOf2024.some((u: { code: string }) => u.code === 'P-LECHAN')).toBe(false);

    // Open work moved, with a line in the task's history; the 2024 plan and its finished task stayed.
    const [open] = await t.database.db.select().from(planTasks).where(eq(planTasks.id, y2024.tasks[1].id));
    expect(open.leadUnitId).toBe(lechan);
    const [closed] = await t.database.db.select().from(planTasks).where(eq(planTasks.id, y2024.tasks[0].id));
    expect(closed.leadUnitId).toBe(t.unitId('PGD-LC'));
    const detail = (await t.request({ method: 'GET', url: `/api/tasks/${open.id}`, as: 'admin' })).json();
    expect(detail.updates.map((u: { note: string }) => u.note)).toContain(
      'Chuyển đơn vị chủ trì từ «Phòng Giáo dục và Đào tạo quận Lê Chân» sang «UBND phường Lê Chân» từ ngày 01/07/2025 theo 1669/NQ-UBTVQH15.',
    );
    const [plan2026] = await t.database.db.select().from(plans).where(eq(plans.id, y2026.plan.id));
    expect(plan2026.unitId).toBe(lechan);
    const [user] = await t.database.db.select().from(users).where(eq(users.username, 'pgdlechan'));
    expect(user.unitId).toBe(lechan);

    // The unit's history answers both questions: the office in 2024, and the wards that carry it on.
    const history = (await t.request({ method: 'GET', url: `/api/org-units/${t.unitId('PGD-LC')}/history`, as: 'truong' })).json();
    expect(history.periods).toMatchObject([
      { validFrom: null, validTo: '2025-07-01', name: 'Phòng Giáo dục và Đào tạo quận Lê Chân', parentName: 'Sở Giáo dục và Đào tạo Hải Phòng' },
    ]);
    expect(history.currentSuccessors.map((s: { name: string }) => s.name)).toEqual(['UBND phường Lê Chân', 'UBND phường An Biên']);
    expect(history.successors.map((s: { name: string; principal: boolean; note: string }) => [s.name, s.principal, s.note])).toEqual([
      ['UBND phường Lê Chân', true, 'Trường Tiểu học Lê Chân; Trường Mầm non Hoa Sen; Trung tâm GDNN-GDTX quận Lê Chân'],
      ['UBND phường An Biên', false, 'Trường THCS Chu Văn An'],
    ]);
    expect(history.changes).toMatchObject([{ kind: 'dissolve', effectiveOn: '2025-07-01', decisionNo: '1669/NQ-UBTVQH15' }]);
    const school = (await t.request({ method: 'GET', url: `/api/org-units/${t.unitId('THCS-CVA')}/history`, as: 'truong' })).json();
    expect(school.periods.map((x: { validFrom: string | null; parentName: string }) => [x.validFrom, x.parentName])).toEqual([
      [null, 'Phòng Giáo dục và Đào tạo quận Lê Chân'],
      ['2025-07-01', 'UBND phường An Biên'],
    ]);

    const audit = (await t.request({ method: 'GET', url: `/api/audit?entityType=org_unit_operation&entityId=${change.id}`, as: 'admin' })).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(['org-unit.dissolve']);
  });

  it('moves a record where the administrator chose, and locks an account when asked', async () => {
    const { tasks } = await seedPlanOf(t, 'PGD-LC', 2025, [{ content: 'Tự kiểm tra CCHC', deadline: '2025-11-30' }]);
    const payload = dissolveLeChan(t, { destinations: { [`task:${tasks[0].id}`]: -2, [`user:${t.userId('pgdlechan')}`]: null } });
    const res = await t.request({ method: 'POST', url: '/api/org-changes', as: 'admin', payload });
    expect(res.statusCode, res.body).toBe(201);
    const anbien = res.json().outcome.newUnitIds['-2'];
    const [task] = await t.database.db.select().from(planTasks).where(eq(planTasks.id, tasks[0].id));
    expect(task.leadUnitId).toBe(anbien);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'pgdlechan', password: 'Demo@2025' } });
    expect(login.json().error.code).toBe('ACCOUNT_INACTIVE');
  });

  it('refuses a dissolution without successors, in the future, or of an ended unit, saying what to fix', async () => {
    const none = await t.request({
      method: 'POST',
      url: '/api/org-changes',
      as: 'admin',
      payload: { ...dissolveLeChan(t), newUnits: [], successorIds: [], principalId: undefined, childParents: {} },
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toContain('successorIds: Chọn ít nhất một đơn vị kế thừa.');
    const future = await t.request({ method: 'POST', url: '/api/org-changes', as: 'admin', payload: { ...dissolveLeChan(t), effectiveOn: '2026-07-01' } });
    expect(future.json().error).toMatchObject({ code: 'CHANGE_IN_FUTURE', details: { field: 'effectiveOn' } });
    expect((await t.request({ method: 'POST', url: '/api/org-changes', as: 'admin', payload: dissolveLeChan(t) })).statusCode).toBe(201);
    const again = await t.request({
      method: 'POST',
      url: '/api/org-changes',
      as: 'admin',
      payload: {
        ...dissolveLeChan(t),
        newUnits: [{ ref: -1, code: 'P-X', name: 'UBND phường X', type: 'commune', parentId: t.unitId('SGDDT') }],
        successorIds: [-1],
        childParents: {},
      },
    });
    expect(again.json().error).toMatchObject({
      code: 'UNIT_ENDED',
      message: 'Đơn vị «Phòng Giáo dục và Đào tạo quận Lê Chân» đã kết thúc hoạt động từ ngày 01/07/2025; không ghi thêm thay đổi cho đơn vị này.',
    });
    // The refused change left nothing behind: no unit P-X, no second change.
    expect((await t.request({ method: 'GET', url: '/api/org-units', as: 'admin' })).json().some((u: { code: string }) => u.code === 'P-X')).toBe(false);
    expect((await t.request({ method: 'GET', url: '/api/org-changes', as: 'admin' })).json()).toHaveLength(1);
  });
});

describe('a merger, through the API', () => {
  const merge = (t: TestContext) => ({
    kind: 'merge',
    effectiveOn: '2025-03-01',
    decisionNo: '08/2025/QĐ-UBND',
    issuedBy: 'UBND thành phố Hải Phòng',
    sourceIds: [t.unitId('VP'), t.unitId('TCCB')],
    targetId: -1,
    newUnits: [{ ref: -1, code: 'TCHC', name: 'Phòng Tổ chức - Hành chính', shortName: 'TC-HC', type: 'division', parentId: t.unitId('SGDDT') }],
  });

  it('merges the Office and the personnel division into one: staff follow, both old units keep their history', async () => {
    const res = await t.request({ method: 'POST', url: '/api/org-changes', as: 'admin', payload: merge(t) });
    expect(res.statusCode, res.body).toBe(201);
    const outcome = res.json().outcome;
    expect(outcome.summary).toBe(
      'Hợp nhất «Văn phòng Sở», «Phòng Tổ chức cán bộ» thành «Phòng Tổ chức - Hành chính» từ ngày 01/03/2025 (UBND thành phố Hải Phòng, số 08/2025/QĐ-UBND).',
    );
    expect(outcome.groups.find((g: { key: string }) => g.key === 'users').items.map((i: { label: string }) => i.label)).toEqual([
      'Phạm Thu Trang (motcua)',
      'Đỗ Mạnh Cường (tccb)',
      'Nguyễn Thị Hạnh (vanphong)',
    ]);
    const me = (await t.request({ method: 'GET', url: '/api/auth/me', as: 'tccb' })).json();
    expect(me.unit).toMatchObject({ code: 'TCHC', name: 'Phòng Tổ chức - Hành chính' });
    const history = (await t.request({ method: 'GET', url: `/api/org-units/${outcome.newUnitIds['-1']}/history`, as: 'tccb' })).json();
    expect(history.predecessors.map((x: { name: string; on: string }) => [x.name, x.on])).toEqual([
      ['Văn phòng Sở', '2025-03-01'],
      ['Phòng Tổ chức cán bộ', '2025-03-01'],
    ]);
  });

  it('refuses a change dated before a later recorded change of the same unit (overlapping periods)', async () => {
    const rename = { kind: 'rename', effectiveOn: '2025-07-01', decisionNo: '20/QĐ-UBND', unitId: t.unitId('KTKDCLGD'), name: 'Phòng Quản lý chất lượng' };
    expect((await t.request({ method: 'POST', url: '/api/org-changes', as: 'admin', payload: rename })).statusCode).toBe(201);
    const earlier = await t.request({
      method: 'POST',
      url: '/api/org-changes',
      as: 'admin',
      payload: { ...rename, effectiveOn: '2025-03-01', name: 'Phòng Khảo thí' },
    });
    expect(earlier.statusCode).toBe(400);
    expect(earlier.json().error.code).toBe('UNIT_CHANGE_OUT_OF_ORDER');
    expect(earlier.json().error.message).toContain('Các giai đoạn không được chồng lên nhau: ghi thay đổi có ngày hiệu lực từ 01/07/2025 trở đi.');
  });

  it('refuses a cycle of parents', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/org-changes',
      as: 'admin',
      payload: { kind: 'move', effectiveOn: '2025-07-01', decisionNo: '1/QĐ', unitId: t.unitId('PGD-LC'), parentId: t.unitId('THCS-CVA') },
    });
    expect(res.json().error).toMatchObject({
      code: 'UNIT_MOVE_CYCLE',
      message: 'Không thể chuyển «Phòng Giáo dục và Đào tạo quận Lê Chân» vào chính nó hoặc một đơn vị cấp dưới của nó.',
    });
  });
});
