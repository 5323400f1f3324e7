import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { computeMetric } from '../../metrics/registry';

const t = useTestApp();

async function plan(unit: string) {
  const res = await t.request({
    method: 'POST',
    url: '/api/inspections',
    as: 'vanphong',
    payload: { year: 2025, unitId: t.unitId(unit), plannedOn: '2025-05-10', team: 'Văn phòng Sở' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

describe('inspections', () => {
  it('records findings and recommendations the inspected unit carries out, and measures the share inspected', async () => {
    const id = await plan('THPT-TP');
    await plan('PGD-LC');
    const recorded = await t.request({
      method: 'PUT',
      url: `/api/inspections/${id}/result`,
      as: 'vanphong',
      payload: {
        inspectedOn: '2025-05-12',
        team: 'Văn phòng Sở, Thanh tra Sở',
        findings: 'Niêm yết TTHC chưa cập nhật theo Quyết định mới.',
        recommendations: [{ text: 'Cập nhật niêm yết TTHC tại bộ phận một cửa.', dueOn: '2025-06-30' }],
      },
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const recId = recorded.json().recommendations[0].id;
    expect(recorded.json().recommendations[0]).toMatchObject({ status: 'open', overdue: true });
    // Another school may not close Trần Phú's recommendation; Trần Phú may.
    expect(
      (await t.request({ method: 'POST', url: `/api/inspection-recommendations/${recId}/done`, as: 'pgdlechan', payload: { note: 'Đã cập nhật niêm yết.' } }))
        .statusCode,
    ).toBe(403);
    const done = await t.request({
      method: 'POST',
      url: `/api/inspection-recommendations/${recId}/done`,
      as: 'truong',
      payload: { note: 'Đã cập nhật niêm yết.' },
    });
    expect(done.json().recommendations[0]).toMatchObject({ status: 'done', overdue: false, doneNote: 'Đã cập nhật niêm yết.' });
    expect(
      (await t.request({ method: 'POST', url: `/api/inspection-recommendations/${recId}/done`, as: 'truong', payload: { note: 'Lần hai.....' } })).statusCode,
    ).toBe(409);

    const planView = (await t.request({ method: 'GET', url: '/api/inspections?year=2025', as: 'vanphong' })).json();
    // 24 units under the department; one inspected, two planned.
    expect(planView).toMatchObject({ units: 24, planned: 2, inspected: 1, targetRate: 30 });
    expect(planView.inspectedRate).toBeCloseTo(100 / 24);
    const metric = await computeMetric(t.database.db, 'inspections.unitsInspectedRate', {
      unitId: t.unitId('SGDDT'),
      unitPath: '/1/',
      from: '2025-01-01',
      to: '2025-12-31',
      asOf: '2025-12-31',
    });
    expect(metric).toMatchObject({ numerator: 1, denominator: 24 });
    // A school sees only its own inspection.
    const mine = (await t.request({ method: 'GET', url: '/api/inspections?year=2025', as: 'truong' })).json();
    expect(mine.inspections.map((i: { unitName: string }) => i.unitName)).toEqual(['Trường THPT Trần Phú']);
  });

  it('refuses an inspection date outside the plan year and a unit planned twice', async () => {
    const id = await plan('THPT-TP');
    const wrongYear = await t.request({
      method: 'PUT',
      url: `/api/inspections/${id}/result`,
      as: 'vanphong',
      payload: { inspectedOn: '2024-12-01', team: 'Đoàn', findings: 'Kết quả tốt.' },
    });
    expect(wrongYear.statusCode).toBe(400);
    expect(wrongYear.json().error.message).toContain('2025');
    const twice = await t.request({ method: 'POST', url: '/api/inspections', as: 'vanphong', payload: { year: 2025, unitId: t.unitId('THPT-TP') } });
    expect(twice.statusCode).toBe(409);
  });
});

describe('initiatives', () => {
  it('are registered by a unit, assessed by the Office and found by search', async () => {
    const reg = await t.request({
      method: 'POST',
      url: '/api/initiatives',
      as: 'truong',
      payload: { unitId: t.unitId('THPT-TP'), year: 2025, title: 'Sổ liên lạc điện tử cho phụ huynh', authors: 'Nguyễn Thị Bình' },
    });
    expect(reg.statusCode, reg.body).toBe(201);
    // A school cannot register for another unit.
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/initiatives',
          as: 'truong',
          payload: { unitId: t.unitId('THPT-NQ'), year: 2025, title: 'Sáng kiến khác', authors: 'Trần Văn C' },
        })
      ).statusCode,
    ).toBe(403);
    const noLevel = await t.request({
      method: 'POST',
      url: `/api/initiatives/${reg.json().id}/assessment`,
      as: 'vanphong',
      payload: { recognised: true, assessment: 'Có tính mới.' },
    });
    expect(noLevel.statusCode).toBe(400);
    const assessed = await t.request({
      method: 'POST',
      url: `/api/initiatives/${reg.json().id}/assessment`,
      as: 'vanphong',
      payload: { recognised: true, level: 'department', assessment: 'Có tính mới, áp dụng hiệu quả.' },
    });
    expect(assessed.json()).toMatchObject({ status: 'recognised', level: 'department' });
    const found = (await t.request({ method: 'GET', url: `/api/initiatives?q=${encodeURIComponent('liên lạc')}&level=department`, as: 'pgdlechan' })).json();
    expect(found.map((i: { title: string }) => i.title)).toEqual(['Sổ liên lạc điện tử cho phụ huynh']);
    expect((await t.request({ method: 'GET', url: '/api/initiatives?q=khong-co', as: 'pgdlechan' })).json()).toEqual([]);
  });
});

describe('the leaders dashboard', () => {
  it('shows every figure, with "chưa có dữ liệu" for metrics nobody registered, and refuses schools', async () => {
    const res = await t.request({ method: 'GET', url: '/api/dashboard?year=2025', as: 'lanhdao' });
    expect(res.statusCode, res.body).toBe(200);
    const tiles = res.json().tiles as Array<{ key: string; value: number | null; source: string; link: string }>;
    expect(tiles.length).toBeGreaterThanOrEqual(10);
    for (const tile of tiles) {
      expect(tile.link.startsWith('/')).toBe(true);
      if (tile.value === null) expect(tile.source.length).toBeGreaterThan(0);
    }
    expect(tiles.find((x) => x.key === 'reports.missingCount')!.value).toBe(0);
    expect((await t.request({ method: 'GET', url: '/api/dashboard', as: 'truong' })).statusCode).toBe(403);
  });
});
