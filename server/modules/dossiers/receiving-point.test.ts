import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dossier, DossierStats } from '../../../contracts/dossiers';
import type { Kpi766Report } from '../../../contracts/kpi766';
import { useTestApp, type TestContext } from '../../../test/harness';
import { DEMO_PASSWORD } from '../../demo/demo-accounts';
import * as clock from '../../clock';
import { importRow, seedCatalogue } from './dossier-test-data';

const t = useTestApp();

// The clock is fixed before anyone logs in (sessions last hours), and restored for the other files of the worker.
beforeEach(() => clock.setClock(clock.fixedClock('2026-03-02T03:00:00Z')));
afterEach(() => clock.setClock(null));

/**
 * The one door since 01/07/2025: the city's service centre and a ward's centre, each with a staff member whose scope is
 * that point (unit_staff: their unit's subtree).
 */
async function oneDoor(t: TestContext): Promise<{ centre: number; ward: number }> {
  const establish = (code: string, name: string, type: 'service_center' | 'commune') =>
    t.request({
      method: 'POST',
      url: '/api/org-changes',
      as: 'admin',
      payload: {
        kind: 'establish',
        effectiveOn: '2025-07-01',
        decisionNo: '118/2025/NĐ-CP',
        newUnits: [{ ref: -1, code, name, type, parentId: t.unitId('SGDDT') }],
      },
    });
  for (const [code, name, type] of [
    ['TTPVHCC', 'Trung tâm Phục vụ hành chính công thành phố Hải Phòng', 'service_center'],
    ['P-LECHAN', 'UBND phường Lê Chân', 'commune'],
  ] as const) {
    const res = await establish(code, name, type);
    expect(res.statusCode, res.body).toBe(201);
  }
  const units = (await t.request({ method: 'GET', url: '/api/org-units', as: 'admin' })).json<Array<{ id: number; code: string }>>();
  const idOf = (code: string) => units.find((u) => u.code === code)!.id;
  for (const [username, unitId] of [
    ['tiepnhan', idOf('TTPVHCC')],
    ['phuonglc', idOf('P-LECHAN')],
  ] as const) {
    const res = await t.request({
      method: 'POST',
      url: '/api/users',
      as: 'admin',
      payload: { username, fullName: `Cán bộ ${username}`, role: 'unit_staff', unitId, password: DEMO_PASSWORD },
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  return { centre: idOf('TTPVHCC'), ward: idOf('P-LECHAN') };
}

const done = (over: Record<string, unknown>) => ({ state: 9, ...over });

/** Dossiers of 2025: two divisions' dossiers taken in at the centre, a portal one, an early desk one, a ward's. */
async function seedRegister(): Promise<void> {
  const rows = [
    importRow(
      'C-1',
      done({ channel: 1, receivingUnitCode: 'TTPVHCC', receivedOn: '2025-08-04', dueOn: '2025-08-11', resolvedOn: '2025-08-06', digitized: true }),
    ),
    importRow(
      'C-2',
      done({
        procedureCode: '1.001622',
        unitCode: 'GDTrH',
        channel: 1,
        receivingPoint: 'trung tâm tỉnh',
        receivingUnitCode: 'TTPVHCC',
        receivedOn: '2025-08-05',
        dueOn: '2025-08-08',
        resolvedOn: '2025-08-12',
      }),
    ),
    importRow('C-3', { channel: 1, receivingUnitCode: 'ttpvhcc', receivedOn: '2025-09-01', state: 4 }),
    importRow('O-1', done({ channel: 2, receivedOn: '2025-08-04', dueOn: '2025-08-11', resolvedOn: '2025-08-05', digitized: true })),
    importRow('D-1', done({ channel: 1, receivedOn: '2025-03-03', dueOn: '2025-03-10', resolvedOn: '2025-03-07' })),
    importRow(
      'W-1',
      done({
        procedureCode: '1.001622',
        unitCode: 'GDTrH',
        channel: 1,
        receivingUnitCode: 'P-LECHAN',
        receivedOn: '2025-08-06',
        dueOn: '2025-08-11',
        resolvedOn: '2025-08-08',
      }),
    ),
  ];
  const res = await t.request({ method: 'POST', url: '/api/dossiers/import', as: 'vanphong', payload: { source: 'mot-cua-thanh-pho', rows } });
  expect(res.statusCode, res.body).toBe(200);
}

const list = async (as: string, query = '') => {
  const res = await t.request({ method: 'GET', url: `/api/dossiers${query}`, as });
  expect(res.statusCode, res.body).toBe(200);
  return res
    .json<{ items: Dossier[] }>()
    .items.map((d) => d.code)
    .sort();
};

describe('the one door: receiving point apart from the handling unit', () => {
  it('records where each dossier was received, and the register cuts by either unit', async () => {
    await seedCatalogue(t);
    const { centre } = await oneDoor(t);
    await seedRegister();
    const all = (await t.request({ method: 'GET', url: '/api/dossiers', as: 'vanphong' })).json<{ items: Dossier[] }>().items;
    const byCode = new Map(all.map((d) => [d.code, d]));
    expect(byCode.get('C-1')).toMatchObject({
      unitName: 'Phòng Khảo thí và Kiểm định chất lượng giáo dục',
      receivingPoint: 'provincial-centre',
      receivingUnitId: centre,
    });
    expect(byCode.get('O-1')).toMatchObject({ receivingPoint: 'online', receivingUnitName: 'Phòng Khảo thí và Kiểm định chất lượng giáo dục' });
    expect(byCode.get('D-1')).toMatchObject({ receivingPoint: 'desk', receivingUnitId: t.unitId('KTKDCLGD') });
    expect(byCode.get('W-1')).toMatchObject({ receivingPoint: 'commune-centre', receivingUnitName: 'UBND phường Lê Chân' });

    expect(await list('vanphong', `?receivingUnitId=${centre}`)).toEqual(['C-1', 'C-2', 'C-3']);
    expect(await list('vanphong', `?receivingUnitId=${centre}&unitId=${t.unitId('GDTrH')}`)).toEqual(['C-2']);
    expect(await list('vanphong', '?receivingPoint=online')).toEqual(['O-1']);
    expect(await list('vanphong', `?unitId=${t.unitId('KTKDCLGD')}`)).toEqual(['C-1', 'C-3', 'D-1', 'O-1']);

    // The desk receives at the centre when told so; before the centre existed it cannot have received anything.
    const procedures = (await t.request({ method: 'GET', url: '/api/procedures', as: 'motcua' })).json<Array<{ id: number; code: string }>>();
    const procedureId = procedures.find((p) => p.code === '1.005088')!.id;
    const receipt = { procedureId, channel: 1, applicantName: 'Nguyễn Thị Hoa', applicantPhone: '0912 345 678', receivingUnitId: centre };
    const ok = await t.request({ method: 'POST', url: '/api/dossiers', as: 'motcua', payload: { ...receipt, receivedOn: '2026-03-02' } });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ receivingPoint: 'provincial-centre', receivingUnitName: 'Trung tâm Phục vụ hành chính công thành phố Hải Phòng' });
    const early = await t.request({ method: 'POST', url: '/api/dossiers', as: 'motcua', payload: { ...receipt, receivedOn: '2025-06-30' } });
    expect(early.statusCode).toBe(400);
    expect(early.json().error).toMatchObject({ code: 'RECEIVING_POINT_INVALID', details: { field: 'receivingPoint' } });
    expect(early.json().error.message).toContain('không hoạt động vào ngày tiếp nhận 2025-06-30');

    // The register's Excel names both units.
    const file = await t.request({ method: 'GET', url: `/api/dossiers/export?receivingUnitId=${centre}`, as: 'vanphong' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).values as unknown[]);
    const point = header.indexOf('Nơi tiếp nhận');
    const unit = header.indexOf('Đơn vị tiếp nhận');
    expect(rows.map((r) => [r[point], r[unit]])).toEqual(
      Array(4).fill(['Trung tâm Phục vụ hành chính công tỉnh/thành phố', 'Trung tâm Phục vụ hành chính công thành phố Hải Phòng']),
    );
  });

  it('a centre’s staff read what they received and nothing else; nobody cuts by a unit outside their scope', async () => {
    await seedCatalogue(t);
    const { centre, ward } = await oneDoor(t);
    await seedRegister();
    expect(await list('tiepnhan')).toEqual(['C-1', 'C-2', 'C-3']);
    expect(await list('phuonglc')).toEqual(['W-1']);
    expect(await list('gdtrh')).toEqual(['C-2', 'W-1']);
    expect(await list('gdtrh', '?receivingPoint=provincial-centre')).toEqual(['C-2']);
    const get = (as: string, code: string) => t.request({ method: 'GET', url: `/api/dossiers/${code}`, as }).then((r) => r.statusCode);
    expect([await get('tiepnhan', 'C-2'), await get('tiepnhan', 'D-1'), await get('tiepnhan', 'W-1'), await get('phuonglc', 'C-1')]).toEqual([
      200, 403, 403, 403,
    ]);

    const status = (as: string, url: string) => t.request({ method: 'GET', url, as }).then((r) => r.statusCode);
    // Another unit's register, or another point's, stays closed: by filter, by dashboard, by 766 and by export.
    expect(await status('tiepnhan', `/api/dossiers?unitId=${t.unitId('KTKDCLGD')}`)).toBe(403);
    expect(await status('tiepnhan', `/api/dossiers?receivingUnitId=${ward}`)).toBe(403);
    expect(await status('gdtrh', `/api/dossiers?receivingUnitId=${centre}`)).toBe(403);
    expect(await status('gdtrh', `/api/dossiers/export?receivingUnitId=${centre}`)).toBe(403);
    expect(await status('gdtrh', `/api/kpi766?cut=receiving&unitId=${centre}&year=2025`)).toBe(403);
    expect(await status('phuonglc', `/api/kpi766?cut=receiving&unitId=${centre}&year=2025`)).toBe(403);
    expect(await status('tiepnhan', `/api/dossiers/stats?cut=receiving&unitId=${ward}`)).toBe(403);

    // The centre's own figures are open to it; acting on a dossier stays with the division that handles it.
    const own = await t.request({ method: 'GET', url: `/api/kpi766?cut=receiving&unitId=${centre}&year=2025`, as: 'tiepnhan' });
    expect(own.statusCode, own.body).toBe(200);
    expect(Object.fromEntries(own.json<Kpi766Report>().counts.map((c) => [c.key, c.value]))).toMatchObject({ received: 3, resolved: 2, late: 1 });
    const act = await t.request({ method: 'POST', url: '/api/dossiers/C-3/events', as: 'tiepnhan', payload: { type: 'resolved', on: '2025-09-05' } });
    expect(act.statusCode).toBe(403);
  });

  it('the 766 figures and the dashboard cut by receiving point add up to the figures by handling unit', async () => {
    await seedCatalogue(t);
    const { centre, ward } = await oneDoor(t);
    await seedRegister();
    const kpi = async (query: string) => {
      const res = await t.request({ method: 'GET', url: `/api/kpi766?year=2025&${query}`, as: 'vanphong' });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<Kpi766Report>();
    };
    const values = (r: Kpi766Report) => Object.fromEntries(r.counts.filter((c) => !c.key.startsWith('procedures')).map((c) => [c.key, c.value]));
    const byHandling = await kpi(`unitId=${t.unitId('SGDDT')}`);
    const byReceiving = await kpi(`unitId=${t.unitId('SGDDT')}&cut=receiving`);
    expect(byReceiving.cut).toBe('receiving');
    expect(values(byReceiving)).toEqual(values(byHandling));
    expect(values(byHandling)).toMatchObject({ received: 6, resolved: 5, late: 1, onlineSubmitted: 1 });
    const line = (r: Kpi766Report, unitId: number) => r.comparison.find((c) => c.unitId === unitId);
    expect(line(byReceiving, centre)).toMatchObject({ received: 3, resolved: 2 });
    expect(line(byReceiving, ward)).toMatchObject({ received: 1, resolved: 1 });
    expect(line(byReceiving, t.unitId('KTKDCLGD'))).toMatchObject({ received: 2, resolved: 2 });
    expect(line(byHandling, centre)).toMatchObject({ received: 0, resolved: 0 });
    const sum = (r: Kpi766Report) => r.comparison.reduce((s, c) => s + c.received, 0);
    expect(sum(byReceiving)).toBe(sum(byHandling));

    const stats = async (query: string) => (await t.request({ method: 'GET', url: `/api/dossiers/stats${query}`, as: 'vanphong' })).json<DossierStats>();
    const handling = await stats('?from=2025-01&to=2025-12');
    const receiving = await stats('?from=2025-01&to=2025-12&cut=receiving');
    expect(receiving.months).toEqual(handling.months);
    expect(receiving.units.map((u) => [u.unitName, u.received])).toEqual([
      ['Phòng Khảo thí và Kiểm định chất lượng giáo dục', 2],
      ['Trung tâm Phục vụ hành chính công thành phố Hải Phòng', 3],
      ['UBND phường Lê Chân', 1],
    ]);
  });

  it('refuses a receiving point that does not fit, by row and column, and writes nothing', async () => {
    await seedCatalogue(t);
    await oneDoor(t);
    const rows = [
      importRow('X-1', { channel: 1, receivingPoint: 'provincial-centre', receivingUnitCode: 'GDTrH', receivedOn: '2025-08-04' }),
      importRow('X-2', { channel: 2, receivingPoint: 'trung tâm tỉnh', receivingUnitCode: 'TTPVHCC', receivedOn: '2025-08-04' }),
      importRow('X-3', { channel: 1, receivingUnitCode: 'KHONG-CO', receivedOn: '2025-08-04' }),
      importRow('X-4', { channel: 1, receivingPoint: 'quầy số 5', receivedOn: '2025-08-04' }),
      importRow('X-5', { channel: 1, receivingUnitCode: 'TTPVHCC', receivedOn: '2025-05-04' }),
    ];
    const res = await t.request({ method: 'POST', url: '/api/dossiers/import', as: 'vanphong', payload: { rows } });
    expect(res.statusCode).toBe(400);
    const problems = res.json().error.details.problems as Array<{ row: number; column: string; message: string }>;
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [1, 'receivingPoint'],
      [2, 'receivingPoint'],
      [3, 'receivingUnitCode'],
      [4, 'receivingPoint'],
      [5, 'receivingUnitCode'],
    ]);
    expect(problems[0].message).toBe(
      "Dòng 1, cột 'receivingPoint': 'Phòng Giáo dục Trung học' không phải Trung tâm Phục vụ hành chính công; chọn đơn vị loại trung tâm.",
    );
    expect(problems[1].message).toContain('kênh 2');
    expect(problems[4].message).toContain('không hoạt động vào ngày tiếp nhận 2025-05-04');
    expect(await list('vanphong')).toEqual([]);
  });
});
