import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Kpi766Report } from '../../../contracts/kpi766';
import { useTestApp } from '../../../test/harness';
import { importRow, seedCatalogue } from './dossier-test-data';

const t = useTestApp();

/**
 * Phòng Khảo thí (KTKDCLGD) handles five procedures, all online, two with a fee; one is made unpublished.
 * Quarter I/2025: five dossiers received, four resolved (2 early, 1 on time, 1 late), three online,
 * three digitised results, two fee payments of which one online. One April dossier falls outside the quarter.
 */
async function seedQuarter() {
  await seedCatalogue(t);
  await t.database.db.execute(sql`update procedures set published = false where code = '1.000181'`);
  const done = (over: Record<string, unknown>) => ({ state: 9, ...over });
  const rows = [
    importRow(
      'KT-1',
      done({ procedureCode: '1.005088', channel: 2, receivedOn: '2025-02-03', dueOn: '2025-02-10', resolvedOn: '2025-02-05', digitized: true }),
    ),
    importRow('KT-2', done({ procedureCode: '1.005088', channel: 1, receivedOn: '2025-02-03', dueOn: '2025-02-10', resolvedOn: '2025-02-10' })),
    importRow(
      'KT-3',
      done({
        procedureCode: '2.001914',
        channel: 2,
        receivedOn: '2025-02-04',
        dueOn: '2025-02-11',
        resolvedOn: '2025-02-14',
        paidOnline: true,
        digitized: true,
      }),
    ),
    importRow(
      'KT-4',
      done({ procedureCode: '1.005108', channel: 2, receivedOn: '2025-02-05', dueOn: '2025-02-26', resolvedOn: '2025-02-20', digitized: true }),
    ),
    importRow('KT-5', { procedureCode: '1.005092', channel: 1, receivedOn: '2025-03-03', state: 4 }),
    importRow('KT-6', { procedureCode: '1.005088', channel: 1, receivedOn: '2025-04-01', state: 4 }),
    importRow(
      'TH-1',
      done({
        procedureCode: '1.001622',
        unitCode: 'GDTrH',
        channel: 2,
        receivedOn: '2025-02-03',
        dueOn: '2025-02-06',
        resolvedOn: '2025-02-06',
        digitized: true,
      }),
    ),
  ];
  const res = await t.request({ method: 'POST', url: '/api/dossiers/import', as: 'motcua', payload: { source: 'he-thong-mot-cua', rows } });
  expect(res.statusCode, res.body).toBe(200);
}

const indicator = (r: Kpi766Report, key: string) => r.result.groups.flatMap((g) => g.indicators).find((i) => i.key === key)!;

describe('Bộ chỉ số 766 per unit and period', () => {
  it('builds the counts from the register and catalogue and scores them with worked figures', async () => {
    await seedQuarter();
    const res = await t.request({ method: 'GET', url: `/api/kpi766?unitId=${t.unitId('KTKDCLGD')}&year=2025&period=quarter&index=1`, as: 'vanphong' });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json<Kpi766Report>();
    expect(r.periodLabel).toBe('Quý I/2025');
    const count = Object.fromEntries(r.counts.map((c) => [c.key, c.value]));
    expect(count).toMatchObject({
      proceduresTotal: 5,
      proceduresPublished: 4,
      received: 5,
      resolved: 4,
      resolvedEarly: 2,
      resolvedOnTime: 1,
      late: 1,
      proceduresOnline: 5,
      receivedForOnlineProcedures: 5,
      onlineSubmitted: 3,
      proceduresWithFee: 2,
      proceduresPaidOnline: 1,
      paymentsTotal: 2,
      paymentsOnline: 1,
      digitizedResults: 3,
      complaints: null,
      dossiersSynced: null,
      satisfied: null,
    });
    expect(indicator(r, 'procedures-published').points).toBeCloseTo(7.2, 6); // 4/5 × 9
    expect(indicator(r, 'resolved-on-time').points).toBeCloseTo(7.5, 6); // 3/4 × 10
    expect(indicator(r, 'resolved-early').points).toBeCloseTo(6.25, 6); // 50% × 10 ÷ 80%
    expect(indicator(r, 'online-submission').points).toBe(6); // 60% ≥ 50%
    expect(indicator(r, 'results-digitized').points).toBeCloseTo(10.3125, 6); // 75% × 11 ÷ 80%
    expect(indicator(r, 'payments-online').points).toBeCloseTo(3.125, 6); // 50% × 5 ÷ 80%
    expect(indicator(r, 'procedure-satisfaction')).toMatchObject({ status: 'no-data', points: null });
    expect(indicator(r, 'procedure-satisfaction').explanation).toContain('chưa có dữ liệu');
    // 7.2 + 7.5 + 6.25 + 6 + 6 + 10.3125 + 3.125 + 3.125; synced (9), scans (11), satisfaction (18) excluded.
    expect(r.result.score).toBeCloseTo(49.5125, 6);
    expect(r.result.max).toBeCloseTo(62, 6);
    expect(r.result.percent).toBeCloseTo(79.859, 2);

    // A procedure counts as paying online only while the catalogue offers it, even if a payment went through.
    await t.database.db.execute(sql`update procedures set online_payment = false where code = '2.001914'`);
    const withdrawn = (
      await t.request({ method: 'GET', url: `/api/kpi766?unitId=${t.unitId('KTKDCLGD')}&year=2025&period=quarter&index=1`, as: 'vanphong' })
    ).json<Kpi766Report>();
    expect(withdrawn.counts.find((c) => c.key === 'proceduresPaidOnline')!.value).toBe(0);

    const year = (await t.request({ method: 'GET', url: `/api/kpi766?unitId=${t.unitId('KTKDCLGD')}&year=2025`, as: 'vanphong' })).json<Kpi766Report>();
    expect(year.counts.find((c) => c.key === 'received')!.value).toBe(6);
    const first = (
      await t.request({
        method: 'GET',
        url: `/api/kpi766?unitId=${t.unitId('KTKDCLGD')}&year=2025&period=quarter&index=1&weights=766-first&noData=zero`,
        as: 'vanphong',
      })
    ).json<Kpi766Report>();
    expect(first.weightSet.id).toBe('766-first');
    expect(first.result.max).toBeCloseTo(100, 6);
  });

  it('compares the child units for the Office and exports the same figures to Excel', async () => {
    await seedQuarter();
    const r = (await t.request({ method: 'GET', url: '/api/kpi766?year=2025&period=month&index=2', as: 'vanphong' })).json<Kpi766Report>();
    expect(r.unit.id).toBe(t.unitId('SGDDT'));
    const kt = r.comparison.find((u) => u.unitId === t.unitId('KTKDCLGD'))!;
    expect(kt).toMatchObject({ received: 4, resolved: 4 });
    const th = r.comparison.find((u) => u.unitId === t.unitId('GDTrH'))!;
    expect(th).toMatchObject({ received: 1, resolved: 1 });
    expect(r.counts.find((c) => c.key === 'received')!.value).toBe(5);

    const file = await t.request({ method: 'GET', url: `/api/kpi766/export?unitId=${t.unitId('KTKDCLGD')}&year=2025&period=quarter&index=1`, as: 'vanphong' });
    expect(file.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const scores = book.getWorksheet('Điểm chỉ số')!;
    const total = scores.getRows(1, scores.rowCount)!.find((row) => row.getCell(2).value === 'Tổng')!;
    expect(total.getCell(3).value).toBe(49.51);
    expect(total.getCell(4).value).toBe(62);
    const counts = book.getWorksheet('Số liệu')!;
    const complaints = counts.getRows(1, counts.rowCount)!.find((row) => String(row.getCell(1).value).startsWith('Phản ánh'))!;
    expect(complaints.getCell(2).value).toBe('Chưa có dữ liệu');
  });

  it('asks for the month or quarter, and keeps units outside the scope hidden', async () => {
    const bad = await t.request({ method: 'GET', url: '/api/kpi766?year=2025&period=quarter', as: 'vanphong' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('quý (1–4)');
    const out = await t.request({ method: 'GET', url: `/api/kpi766?unitId=${t.unitId('KTKDCLGD')}&year=2025`, as: 'truong' });
    expect(out.statusCode).toBe(403);
    const own = await t.request({ method: 'GET', url: '/api/kpi766?year=2025', as: 'truong' });
    expect(own.json<Kpi766Report>().unit.id).toBe(t.unitId('THPT-TP'));
  });
});
