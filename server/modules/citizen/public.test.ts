import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { ONE_STOP_SURVEY } from '../../../domain/surveys/one-stop-survey';
import * as clock from '../../clock';

const t = useTestApp();

describe('public site', () => {
  it('names the department and the units a citizen may address, without a session', async () => {
    const res = await t.request({ method: 'GET', url: '/api/public/site' });
    expect(res.statusCode).toBe(200);
    const site = res.json();
    expect(site.departmentName).toBe('Sở Giáo dục và Đào tạo Hải Phòng');
    expect(site.units[0].id).toBe(t.unitId('SGDDT'));
    expect(site.units.map((u: { id: number }) => u.id)).toContain(t.unitId('VP'));
    // Schools are reached through their district office or the department, not listed one by one.
    expect(site.units.map((u: { id: number }) => u.id)).not.toContain(t.unitId('THPT-TP'));
    expect(site.senderRequired).toBe(false);
  });

  it('publishes the year figures from the registry and withholds a rate on too few cases', async () => {
    const year = clock.currentYear();
    await t.request({
      method: 'POST',
      url: '/api/surveys',
      as: 'vanphong',
      payload: { title: 'Khảo sát', slug: 'khao-sat', unitId: t.unitId('SGDDT'), status: 'open', definition: ONE_STOP_SURVEY },
    });
    const answers = { kenh: 'truc-tiep', 'tiep-can': 5, 'thu-tuc': 5, 'cong-chuc': 5, 'ket-qua': 5, 'phan-hoi': 5 };
    for (let i = 0; i < 4; i += 1) {
      await t.request({ method: 'POST', url: '/api/public/surveys/khao-sat/responses', payload: { answers, elapsedMs: 60_000 }, remoteAddress: `10.1.0.${i}` });
    }
    const few = (await t.request({ method: 'GET', url: `/api/public/transparency?year=${year}` })).json();
    const byKey = (reply: { figures: Array<{ key: string; value: number | null; source: string }> }, key: string) => reply.figures.find((f) => f.key === key)!;
    expect(byKey(few, 'surveys.responses').value).toBe(4);
    expect(byKey(few, 'surveys.satisfactionRate')).toMatchObject({ value: null, source: expect.stringContaining('bảo vệ thông tin cá nhân') });

    await t.request({ method: 'POST', url: '/api/public/surveys/khao-sat/responses', payload: { answers, elapsedMs: 60_000 }, remoteAddress: '10.1.0.9' });
    const enough = (await t.request({ method: 'GET', url: `/api/public/transparency?year=${year}` })).json();
    expect(byKey(enough, 'surveys.satisfactionRate').value).toBe(100);
    expect(enough.figures.map((f: { key: string }) => f.key)).toEqual(expect.arrayContaining(['dossiers.onTimeRate', 'feedback.received', 'feedback.handled']));
  });
});
