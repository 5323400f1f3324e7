import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Target } from '../../../contracts/plans';
import { useTestApp } from '../../../test/harness';
import { queryRows } from '../../db/client';
import { procedures } from '../../db/schema/index';
import { computeMetric } from '../../metrics/registry';
import { seedDemoPlans } from '../plans/test-support';

const t = useTestApp();

type Flags = Partial<Pick<typeof procedures.$inferInsert, 'fee' | 'onlineLevel' | 'published' | 'onlinePayment' | 'fullyOnlineEligible' | 'active'>>;

/** One catalogue row handled by a division, with the flags under test. */
async function add(code: string, unitCode: string, flags: Flags) {
  await t.database.db.insert(procedures).values({
    code,
    name: `Thủ tục ${code}`,
    field: 'Văn bằng, chứng chỉ',
    level: 'province',
    workingDays: 5,
    onlineLevel: 'partial',
    channels: [1, 2],
    unitId: t.unitId(unitCode),
    ...flags,
  });
}

/**
 * Phòng Khảo thí (KTKDCLGD): A fully online, paid online; B partly online, free; C in person only (not
 * eligible), paid at the desk, not yet published. Phòng GD Trung học (GDTrH): D fully online, free; E has a
 * fee paid online but is no longer applied (inactive), so it counts nowhere.
 */
async function smallCatalogue() {
  await add('T.A', 'KTKDCLGD', { onlineLevel: 'full', fee: 50000, onlinePayment: true });
  await add('T.B', 'KTKDCLGD', {});
  await add('T.C', 'KTKDCLGD', { onlineLevel: 'none', fee: 20000, fullyOnlineEligible: false, published: false });
  await add('T.D', 'GDTrH', { onlineLevel: 'full' });
  await add('T.E', 'GDTrH', { fee: 30000, onlinePayment: true, active: false });
}

async function query(unitCode: string) {
  const [unit] = await queryRows<{ id: number; path: string }>(t.database.db, sql`select id, path from org_units where code = ${unitCode}`);
  return { unitId: unit.id, unitPath: unit.path, from: '2025-01-01', to: '2025-12-31', asOf: '2025-06-30' };
}

const counts = async (key: string, unitCode: string) => {
  const m = await computeMetric(t.database.db, key, await query(unitCode));
  return [m.numerator, m.denominator, m.value];
};

describe('procedure catalogue metrics', () => {
  it('measures published, fully online among eligible, and paid online among those with a fee, for the whole department', async () => {
    await smallCatalogue();
    expect(await counts('procedures.publishedRate', 'SGDDT')).toEqual([3, 4, 75]);
    expect(await counts('procedures.fullyOnlineRate', 'SGDDT')).toEqual([2, 3, (2 / 3) * 100]);
    expect(await counts('procedures.onlinePaymentRate', 'SGDDT')).toEqual([1, 2, 50]);
    const m = await computeMetric(t.database.db, 'procedures.onlinePaymentRate', await query('SGDDT'));
    // The catalogue is a state: the figure is reported for asOf (before the period's end), not summed over the period.
    expect(m.source).toBe('Danh mục TTHC hiện hành (số liệu cho ngày 2025-06-30): 1/2 TTHC có phí, lệ phí cho phép thanh toán trực tuyến.');
  });

  it('a division sees only the procedures it handles, and a subtree with nothing to measure gives no value', async () => {
    await smallCatalogue();
    expect(await counts('procedures.publishedRate', 'KTKDCLGD')).toEqual([2, 3, (2 / 3) * 100]);
    expect(await counts('procedures.fullyOnlineRate', 'KTKDCLGD')).toEqual([1, 2, 50]);
    expect(await counts('procedures.onlinePaymentRate', 'KTKDCLGD')).toEqual([1, 2, 50]);
    expect(await counts('procedures.fullyOnlineRate', 'GDTrH')).toEqual([1, 1, 100]);
    // GDTrH's only procedure with a fee is inactive: no denominator, no value (as ratioValue does).
    expect(await counts('procedures.onlinePaymentRate', 'GDTrH')).toEqual([0, 0, null]);
    expect(await counts('procedures.publishedRate', 'TCCB')).toEqual([0, 0, null]);

    // The same through the metrics API, for a division user asking about their own unit.
    const res = await t.request({ method: 'GET', url: '/api/metrics/procedures.fullyOnlineRate?from=2025-01-01&to=2025-12-31', as: 'gdtrh' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ value: 100, numerator: 1, denominator: 1 });
  });

  it('leaves inactive procedures out and counts them again once reactivated', async () => {
    await smallCatalogue();
    await t.database.db.update(procedures).set({ active: true }).where(eq(procedures.code, 'T.E'));
    expect(await counts('procedures.onlinePaymentRate', 'GDTrH')).toEqual([1, 1, 100]);
    expect(await counts('procedures.publishedRate', 'SGDDT')).toEqual([4, 5, 80]);
    await t.database.db.update(procedures).set({ active: false }).where(eq(procedures.code, 'T.A'));
    expect(await counts('procedures.onlinePaymentRate', 'KTKDCLGD')).toEqual([0, 1, 0]);
    expect(await counts('procedures.fullyOnlineRate', 'SGDDT')).toEqual([1, 3, (1 / 3) * 100]);
  });

  it("evaluates the 2025 plan's targets II.8a, PL.8a and PL.18 with numbers from the catalogue", async () => {
    await smallCatalogue();
    await seedDemoPlans(t);
    const dept = (await t.request({ method: 'GET', url: '/api/plans?year=2025', as: 'vanphong' }))
      .json()
      .find((p: { unitId: number }) => p.unitId === t.unitId('SGDDT'));
    const targets = (await t.request({ method: 'GET', url: `/api/plans/${dept.id}/targets?asOf=2025-12-31`, as: 'vanphong' })).json<Target[]>();
    const byCode = new Map(targets.map((x) => [x.code, x]));
    expect(byCode.get('II.8a')!.evaluation).toMatchObject({ actual: 75, met: false });
    expect(byCode.get('II.8a')!.evaluation.source).toContain('3/4 TTHC đang áp dụng được công khai');
    expect(byCode.get('PL.8a')!.evaluation.actual).toBeCloseTo((2 / 3) * 100, 6);
    expect(byCode.get('PL.8a')!.evaluation.met).toBe(false);
    expect(byCode.get('PL.18')!.evaluation).toMatchObject({ actual: 50, met: false });

    // Once the missing procedure with a fee offers online payment, PL.18 (at least 80%) is met.
    await t.database.db.update(procedures).set({ onlinePayment: true }).where(eq(procedures.code, 'T.C'));
    const after = (await t.request({ method: 'GET', url: `/api/plans/${dept.id}/targets?asOf=2025-12-31`, as: 'vanphong' })).json<Target[]>();
    expect(after.find((x) => x.code === 'PL.18')!.evaluation).toMatchObject({ actual: 100, met: true });
  });
});
