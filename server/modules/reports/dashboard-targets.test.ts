import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';

const t = useTestApp();

describe('dashboard: targets met and at risk', () => {
  it("reads the department plan's targets through the plans feature and links to them", async () => {
    expect((await t.request({ method: 'GET', url: '/api/dashboard?year=2030', as: 'lanhdao' })).json().targets).toBeNull();
    const plan = (
      await t.request({
        method: 'POST',
        url: '/api/plans',
        as: 'vanphong',
        payload: { unitId: t.unitId('SGDDT'), year: 2030, title: 'Kế hoạch CCHC năm 2030' },
      })
    ).json();
    const target = async (code: string, value: number, deadline?: string) => {
      const res = await t.request({
        method: 'POST',
        url: `/api/plans/${plan.id}/targets`,
        as: 'vanphong',
        payload: {
          code,
          text: `Chỉ tiêu ${code} về cải cách hành chính`,
          comparison: '>=',
          value,
          unit: 'count',
          metricKey: 'tasks.overdue',
          ...(deadline ? { deadline } : {}),
        },
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    // No task is overdue: 0 >= 0 is met; 0 >= 5 is missed but its deadline (end of 2030) is ahead: at risk.
    await target('CT1', 0);
    await target('CT2', 5);
    const typed = await t.request({
      method: 'POST',
      url: `/api/plans/${plan.id}/targets`,
      as: 'vanphong',
      payload: { code: 'CT3', text: 'Chỉ tiêu nhập tay chưa có số liệu', comparison: '>=', value: 1, unit: 'count' },
    });
    expect(typed.statusCode, typed.body).toBe(201);
    const res = await t.request({ method: 'GET', url: '/api/dashboard?year=2030', as: 'lanhdao' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().targets).toEqual({
      planId: plan.id,
      planTitle: 'Kế hoạch CCHC năm 2030',
      met: 1,
      atRisk: 1,
      notMet: 0,
      noData: 1,
      total: 3,
      link: `/plans/${plan.id}?tab=targets`,
    });
    // Every tile links to its list.
    for (const tile of res.json().tiles) expect(tile.link).toMatch(/^\//);
  });
});
