import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { queryRows } from '../../db/client';
import { sql } from 'drizzle-orm';
import { seedExternalIndicesDemo } from './external-index.demo';

const t = useTestApp();

async function parResult(year: number, score: number, rank: number) {
  const res = await t.request({ method: 'POST', url: '/api/external-index-results', as: 'vanphong', payload: { unitId: t.unitId('SGDDT'), indexCode: 'PAR', year, score, rank, rankOf: 18 } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().id as number;
}

// Seed 002: the 2021 PAR Index 97.65 points, 02/18; areas ranked 05/18, 01/18 and 11/18.
const AREAS = [
  { code: 'LV1', name: 'Công tác chỉ đạo, điều hành CCHC', score: null, max: null, rank: 5, rankOf: null },
  { code: 'LV2', name: 'Cải cách thể chế', score: null, max: null, rank: 1, rankOf: null },
  { code: 'LV3', name: 'Cải cách thủ tục hành chính', score: 8.6, max: 10, rank: 11, rankOf: null },
];

describe('external indices with their sub-indicators', () => {
  it('records the sub-indicators of a year and shows every index over the years to the units under the department', async () => {
    const y2021 = await parResult(2021, 97.65, 2);
    await parResult(2022, 90.45, 3);
    const saved = await t.request({ method: 'PUT', url: `/api/external-index-results/${y2021}/indicators`, as: 'vanphong', payload: { indicators: AREAS } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ rankLabel: '02/18', indicators: [{ code: 'LV1', rankLabel: '05/18' }, { code: 'LV2', rankLabel: '01/18' }, { code: 'LV3', score: 8.6, max: 10, rankLabel: '11/18' }] });

    // A school reads the department's results (its parent), oldest year first, each with its sub-indicators.
    const view = await t.request({ method: 'GET', url: '/api/external-indices?index=PAR', as: 'truong' });
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json().results.map((r: { year: number; indicators: unknown[] }) => [r.year, r.indicators.length])).toEqual([[2021, 3], [2022, 0]]);
    expect((await t.request({ method: 'GET', url: '/api/external-indices?index=SIPAS', as: 'truong' })).json().results).toEqual([]);

    const audit = await queryRows<{ action: string; entity_id: string }>(t.database.db, sql`select action, entity_id from audit_log where action = 'external-index.indicators-saved'`);
    expect(audit).toEqual([{ action: 'external-index.indicators-saved', entity_id: String(y2021) }]);
  });

  it('refuses a wrong table as a whole, naming row and column, and keeps the table it had', async () => {
    const id = await parResult(2021, 97.65, 2);
    await t.request({ method: 'PUT', url: `/api/external-index-results/${id}/indicators`, as: 'vanphong', payload: { indicators: AREAS } });
    const wrong = await t.request({
      method: 'PUT',
      url: `/api/external-index-results/${id}/indicators`,
      as: 'vanphong',
      payload: { indicators: [{ ...AREAS[0], rank: 19 }, { ...AREAS[2], code: 'lv1', score: 12 }] },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toContain("Dòng 1, cột 'Thứ hạng': hạng 19 vượt quá số đơn vị xếp hạng (18).");
    expect(wrong.json().error.details.fields.map((f: { field: string }) => f.field)).toEqual(['indicators.0.rank', 'indicators.1.code', 'indicators.1.score']);
    const kept = (await t.request({ method: 'GET', url: '/api/external-indices', as: 'vanphong' })).json();
    expect(kept.results[0].indicators.map((i: { code: string }) => i.code)).toEqual(['LV1', 'LV2', 'LV3']);
  });

  it('lets only the Office write sub-indicators, and hides a missing result from non-global users', async () => {
    const id = await parResult(2021, 97.65, 2);
    for (const as of ['truong', 'lanhdao', 'tccb'] as const) {
      expect((await t.request({ method: 'PUT', url: `/api/external-index-results/${id}/indicators`, as, payload: { indicators: [] } })).statusCode).toBe(403);
    }
    expect((await t.request({ method: 'PUT', url: '/api/external-index-results/999/indicators', as: 'vanphong', payload: { indicators: [] } })).statusCode).toBe(403);
    expect((await t.request({ method: 'PUT', url: '/api/external-index-results/999/indicators', as: 'admin', payload: { indicators: [] } })).statusCode).toBe(404);
  });

  it('seeds the six indices: seed 002 figures as published, every other figure marked illustrative', async () => {
    await t.database.db.transaction((tx) =>
      seedExternalIndicesDemo({ tx, unitIds: new Map([['SGDDT', t.unitId('SGDDT')]]), userIds: new Map([['vanphong', t.userId('vanphong')]]), today: '2025-11-20' }),
    );
    const { results } = (await t.request({ method: 'GET', url: '/api/external-indices', as: 'lanhdao' })).json() as { results: Array<{ indexCode: string; year: number; score: number | null; rankLabel: string | null; note: string; indicators: Array<{ rankLabel: string | null }> }> };
    expect(new Set(results.map((r) => r.indexCode))).toEqual(new Set(['PAR', 'SIPAS', 'PAPI', 'PCI', 'ICT', 'DTI']));
    const par2021 = results.find((r) => r.indexCode === 'PAR' && r.year === 2021)!;
    expect(par2021).toMatchObject({ score: 97.65, rankLabel: '02/18' });
    expect(par2021.indicators.map((i) => i.rankLabel)).toEqual(['05/18', '01/18', '11/18', '01/18', '01/18', '03/18', '02/18']);
    expect(results.find((r) => r.indexCode === 'SIPAS' && r.year === 2021)).toMatchObject({ score: null, rankLabel: '15/21' });
    for (const r of results.filter((x) => x.year !== 2021)) expect(r.note).toContain('minh họa');
  });
});
