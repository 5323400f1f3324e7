import { describe, expect, it } from 'vitest';
import { HP_SGDDT_2023 } from '../../../domain/rules/index';
import { useTestApp } from '../../../test/harness';

const t = useTestApp();

const evaluate = (inputs: unknown, as = 'tccb') => t.request({ method: 'POST', url: '/api/frameworks/HP-SGDDT-2023/evaluate', as, payload: { inputs } });

describe('frameworks as data', () => {
  it('ships HP-SGDDT-2023 in every database, on first use', async () => {
    const res = await t.request({ method: 'GET', url: '/api/frameworks', as: 'truong' });
    expect(res.statusCode).toBe(200);
    const [fw] = res.json();
    expect(fw).toMatchObject({ code: 'HP-SGDDT-2023', version: 1, year: 2023, partial: true, max: 23.55 });
    const detail = (await t.request({ method: 'GET', url: '/api/frameworks/HP-SGDDT-2023', as: 'truong' })).json();
    expect(detail.document.areas.map((a: { code: string }) => a.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('scores what-if inputs with the seed-004 rules and explains each score, without storing anything', async () => {
    const res = await evaluate({
      '3.4.2': { onTime: 96, total: 100 },
      '3.5': { digitized: 69, total: 100 },
      '7.1.3': { a: 200, b: 150, c: 40 },
      '7.1.4': { signed: 80, total: 100 },
      '7.3': { posts: 200 },
      '7.4.2': { onlineSubmitted: 50, total: 100 },
      '8.1': { done: 18, assigned: 20 },
      '8.2': { onTime: 15, assigned: 20 },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const byCode = Object.fromEntries(body.criteria.map((c: { code: string }) => [c.code, c]));
    expect(byCode['3.4.2']).toMatchObject({ score: 1.44, max: 1.5 });
    expect(byCode['3.4.2'].explanation).toContain('96/100 hồ sơ đúng hạn = 96%');
    expect(byCode['3.5'].score).toBe(0); // 69% is below the 70% floor
    expect(byCode['7.1.3'].score).toBe(0.85); // 150/200 × 1 + 40/200 × 0.5
    expect(byCode['7.1.4'].score).toBe(1); // 80% is the lower edge of the top band, inclusive
    expect(byCode['7.3'].score).toBe(0.3); // "> 200": 200 itself falls in 52–199/200 as the rule closes it
    expect(byCode['7.4.2'].score).toBe(1.25);
    expect(byCode['8.1'].score).toBe(2.25);
    expect(byCode['8.2'].score).toBe(1.88);
    expect(byCode['8'].score).toBe(4.13);
    expect(body.max).toBe(23.55);
    expect(body.total).toBeCloseTo(1.44 + 0.85 + 1 + 0.3 + 1.25 + 2.25 + 1.875, 1);
  });

  it('answers "chưa đủ dữ liệu" for a zero denominator or a missing input, never NaN', async () => {
    const body = (await evaluate({ '8.1': { done: 0, assigned: 0 }, '7.1.3': { b: 10 } })).json();
    const byCode = Object.fromEntries(body.criteria.map((c: { code: string }) => [c.code, c]));
    expect(byCode['8.1'].score).toBe(0);
    expect(byCode['8.1'].explanation).toMatch(/chưa đủ dữ liệu/);
    expect(byCode['7.1.3'].explanation).toMatch(/chưa đủ dữ liệu/);
    expect(JSON.stringify(body)).not.toContain('NaN');
  });

  it('imports an edited document as the next version, and refuses an invalid one with what to fix', async () => {
    const edited = structuredClone(HP_SGDDT_2023) as unknown as { name: string; version: number };
    edited.name = 'Bộ chỉ số 2023 (sửa tên)';
    const res = await t.request({ method: 'POST', url: '/api/frameworks', as: 'vanphong', payload: { document: edited } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ version: 2, name: 'Bộ chỉ số 2023 (sửa tên)', versions: [1, 2] });
    const bad = structuredClone(HP_SGDDT_2023) as unknown as { areas: Array<{ maxPoints: number }> };
    bad.areas[2]!.maxPoints = 99;
    const refused = await t.request({ method: 'POST', url: '/api/frameworks', as: 'vanphong', payload: { document: bad } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('FRAMEWORK_INVALID');
    expect(refused.json().error.message).toMatch(/Bộ chỉ số chưa hợp lệ/);
    const audit = (await t.request({ method: 'GET', url: '/api/audit?action=framework.version-created', as: 'admin' })).json();
    expect(audit.total).toBe(1);
  });

  it('copies a framework to a new year under a new code, once', async () => {
    const res = await t.request({ method: 'POST', url: '/api/frameworks/HP-SGDDT-2023/copy', as: 'vanphong', payload: { year: 2025, code: 'HP-SGDDT-2025' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'HP-SGDDT-2025', year: 2025, version: 1, max: 23.55 });
    const again = await t.request({
      method: 'POST',
      url: '/api/frameworks/HP-SGDDT-2023/copy',
      as: 'vanphong',
      payload: { year: 2025, code: 'HP-SGDDT-2025' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('records published external results with their rank "02/18" and validates the rank', async () => {
    const payload = { unitId: t.unitId('SGDDT'), indexCode: 'PAR', year: 2022, score: 90.5, rank: 2, rankOf: 18 };
    expect((await t.request({ method: 'POST', url: '/api/external-index-results', as: 'vanphong', payload })).statusCode).toBe(200);
    const list = (await t.request({ method: 'GET', url: '/api/external-index-results', as: 'tccb' })).json();
    expect(list).toEqual([expect.objectContaining({ year: 2022, rankLabel: '02/18', score: 90.5 })]);
    const wrong = await t.request({ method: 'POST', url: '/api/external-index-results', as: 'vanphong', payload: { ...payload, rank: 19 } });
    expect(wrong.statusCode).toBe(400);
  });
});
