import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTestApp, type TestContext } from '../../../test/harness';
import * as clock from '../../clock';
import { assessments, plans, planTasks } from '../../db/schema/index';
import { openDepartmentAssessment } from '../frameworks/assessment-fixtures';

const t = useTestApp();

beforeEach(() => clock.setClock(clock.fixedClock('2026-03-02T03:00:00Z')));
afterEach(() => clock.setClock(null));

/** The department's 2024 plan: tasks of every outcome class, led by the office, its schools, the Office and TCCB. */
async function seed2024(t: TestContext): Promise<number> {
  const db = t.database.db;
  const [plan] = await db
    .insert(plans)
    .values({ unitId: t.unitId('SGDDT'), year: 2024, title: 'Kế hoạch CCHC năm 2024', status: 'approved', approvedAt: '2024-01-12' })
    .returning();
  const task = (lead: string, deadline: string | null, doneOn: string | null, extra: Partial<typeof planTasks.$inferInsert> = {}) => ({
    planId: plan.id,
    content: `Nhiệm vụ của ${lead} (${deadline ?? 'thường xuyên'})`,
    areaKey: 'procedures',
    leadUnitId: t.unitId(lead),
    deadline,
    doneOn,
    progress: doneOn ? 100 : 40,
    ...extra,
  });
  await db.insert(planTasks).values([
    task('PGD-LC', '2024-06-30', '2024-06-20'),
    task('PGD-LC', '2024-06-30', '2024-08-02'),
    task('PGD-LC', '2024-10-31', null), // still open when the office is dissolved: it moves, and still counts for 2024's office
    task('THCS-CVA', '2024-09-30', '2024-09-30'),
    task('MN-HS', null, '2024-11-11'),
    task('VP', '2024-03-31', '2024-03-31', { coordinatingUnitIds: [t.unitId('PGD-LC')] }),
    task('VP', '2024-12-31', null),
    task('TCCB', null, null),
    task('THPT-TP', '2024-05-31', '2024-06-15'),
  ]);
  return plan.id;
}

/** Everything the year 2024 says, read through the API as the Office reads it. */
async function figures2024(t: TestContext, planId: number, assessmentIds: number[]) {
  const get = async (url: string) => {
    const res = await t.request({ method: 'GET', url, as: 'vanphong' });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    return res.json();
  };
  const metrics: Record<string, unknown> = {};
  for (const code of ['SGDDT', 'PGD-LC', 'VP', 'TCCB', 'THCS-CVA', 'MN-HS'])
    for (const key of ['tasks.assigned', 'tasks.done', 'tasks.doneOnTime', 'tasks.overdue', 'tasks.doneRate', 'tasks.doneOnTimeRate'])
      metrics[`${code} ${key}`] = await get(`/api/metrics/${key}?unitId=${t.unitId(code)}&from=2024-01-01&to=2024-12-31&asOf=2024-12-31`);
  const criterion8: Record<number, unknown> = {};
  for (const id of assessmentIds) {
    const a = await get(`/api/assessments/${id}`);
    criterion8[id] = a.criteria
      .filter((c: { code: string }) => c.code === '8.1' || c.code === '8.2')
      .map((c: { code: string; selfScore: number; inputs: unknown }) => ({ code: c.code, selfScore: c.selfScore, inputs: c.inputs }));
  }
  const ranking = await get('/api/frameworks/HP-SGDDT-2023/ranking?year=2024');
  return {
    planStats: await get(`/api/plans/${planId}/stats?asOf=2024-12-31`),
    progress: await get('/api/plans/progress?year=2024&asOf=2024-12-31'),
    metrics,
    criterion8,
    // Which unit carries each on today is added information, not a figure of 2024.
    ranking: { ...ranking, rows: ranking.rows.map(({ currentUnitName: _now, ...row }: { currentUnitName: string | null }) => row) },
    // The tree of that day: who was under whom, named as then (a unit's life end is a fact of later).
    structure: (await get('/api/org-units?on=2024-12-31'))
      .map((u: { id: number; parentId: number | null; name: string; type: string; code: string }) => ({
        id: u.id,
        parentId: u.parentId,
        name: u.name,
        type: u.type,
        code: u.code,
      }))
      .sort((a: { id: number }, b: { id: number }) => a.id - b.id),
  };
}

async function reform(t: TestContext) {
  const merge = await t.request({
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
  expect(merge.statusCode, merge.body).toBe(201);
  const dissolve = await t.request({
    method: 'POST',
    url: '/api/org-changes',
    as: 'admin',
    payload: {
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
    },
  });
  expect(dissolve.statusCode, dissolve.body).toBe(201);
  const rename = await t.request({
    method: 'POST',
    url: '/api/org-changes',
    as: 'admin',
    payload: {
      kind: 'rename',
      effectiveOn: '2025-03-01',
      decisionNo: '08/2025/QĐ-UBND',
      unitId: t.unitId('THPT-TP'),
      name: 'Trường THPT Trần Phú (đổi tên thử)',
    },
  });
  expect(rename.statusCode, rename.body).toBe(201);
  return {
    lechan: dissolve.json().outcome.newUnitIds['-1'] as number,
    anbien: dissolve.json().outcome.newUnitIds['-2'] as number,
    tchc: merge.json().outcome.newUnitIds['-1'] as number,
  };
}

/** Two published 2024 assessments (the department and the office), with different self-scores. */
async function publishedAssessments(t: TestContext): Promise<number[]> {
  const ids = [await openDepartmentAssessment(t, 2024, 'SGDDT'), await openDepartmentAssessment(t, 2024, 'PGD-LC')];
  await t.request({ method: 'PUT', url: `/api/assessments/${ids[0]}/criteria/7.3`, as: 'vanphong', payload: { inputs: { posts: 220 } } });
  await t.request({ method: 'PUT', url: `/api/assessments/${ids[1]}/criteria/7.3`, as: 'vanphong', payload: { inputs: { posts: 60 } } });
  // Publication itself is the appraisal council's workflow (assessment.test.ts); here only its result matters.
  for (const id of ids) await t.database.db.update(assessments).set({ status: 'published' }).where(eq(assessments.id, id));
  return ids;
}

describe('the statistics of an earlier year after the organisation changed', () => {
  it('read the same in the structure of their own day: plan outcome classes, 8.1/8.2, per-unit metrics, ranking', async () => {
    const planId = await seed2024(t);
    const assessmentIds = await publishedAssessments(t);
    const before = await figures2024(t, planId, assessmentIds);
    expect(before.planStats.byUnit.map((g: { label: string }) => g.label)).toContain('Phòng GD&ĐT Lê Chân');
    expect(before.metrics['PGD-LC tasks.assigned']).toMatchObject({ value: 5 });

    const ids = await reform(t);
    // The open task of the office now belongs to its successor…
    const moved = await t.database.db.select().from(planTasks).where(eq(planTasks.leadUnitId, ids.lechan));
    expect(moved.map((m) => m.content)).toEqual(['Nhiệm vụ của PGD-LC (2024-10-31)']);
    // …and yet every figure of 2024 reads as it did.
    expect(await figures2024(t, planId, assessmentIds)).toEqual(before);
    const ranking = (await t.request({ method: 'GET', url: '/api/frameworks/HP-SGDDT-2023/ranking?year=2024', as: 'vanphong' })).json();
    expect(ranking.rows.map((r: { unitName: string; currentUnitName: string | null }) => [r.unitName, r.currentUnitName]).sort()).toEqual([
      ['Phòng Giáo dục và Đào tạo quận Lê Chân', 'UBND phường Lê Chân'],
      ['Sở Giáo dục và Đào tạo Hải Phòng', null],
    ]);
  });

  it('re-grouped into today’s units, sums to the same totals', async () => {
    const planId = await seed2024(t);
    const before = (await t.request({ method: 'GET', url: `/api/plans/${planId}/stats?asOf=2024-12-31`, as: 'vanphong' })).json();
    const ids = await reform(t);
    const today = (await t.request({ method: 'GET', url: `/api/plans/${planId}/stats?asOf=2024-12-31&structure=today`, as: 'vanphong' })).json();
    expect(today.structure).toBe('today');
    expect(today.total).toEqual(before.total);
    const sum = (groups: Array<{ summary: Record<string, number> }>, field: string) => groups.reduce((n, g) => n + g.summary[field], 0);
    for (const field of Object.keys(before.total)) expect(sum(today.byUnit, field), field).toBe(before.total[field]);
    const byKey = new Map(today.byUnit.map((g: { key: string; label: string; summary: { assigned: number } }) => [Number(g.key), g]));
    // The office's own tasks go to its principal successor; the Office's and TCCB's to the merged division.
    expect(byKey.get(ids.lechan)).toMatchObject({ label: 'UBND phường Lê Chân', summary: { assigned: 3 } });
    expect(byKey.get(ids.tchc)).toMatchObject({ label: 'Phòng Tổ chức - Hành chính', summary: { assigned: 3 } });
    expect(byKey.get(t.unitId('THCS-CVA'))).toMatchObject({ summary: { assigned: 1 } });
    expect(byKey.has(t.unitId('PGD-LC'))).toBe(false);
    // "The communes of the former Lê Chân district", for the same figures grouped by today's wards.
    const history = (await t.request({ method: 'GET', url: `/api/org-units/${t.unitId('PGD-LC')}/history`, as: 'vanphong' })).json();
    expect(history.currentSuccessors.map((s: { unitId: number }) => s.unitId)).toEqual([ids.lechan, ids.anbien]);
  });
});
