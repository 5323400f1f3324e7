// The 766 figures per unit and the periodic reports of 2024 read the same before and after a merger (Văn phòng +
// TCCB → Tổ chức - Hành chính), a dissolution (Lê Chân's office into two wards) and a rename, in the structure of
// their own day; the cut by receiving point sums to the same totals as the cut by handling unit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kpi766Report } from '../../../contracts/kpi766';
import { useTestApp, type TestContext } from '../../../test/harness';
import * as clock from '../../clock';
import { reportSubmissions } from '../../db/schema/index';
import { importRow, seedCatalogue } from '../dossiers/dossier-test-data';
import { DEFAULT_TEMPLATE } from '../reports/report-template';

const t = useTestApp();

beforeEach(() => clock.setClock(clock.fixedClock('2026-03-02T03:00:00Z')));
afterEach(() => clock.setClock(null));

const done = (code: string, unitCode: string, receivedOn: string, dueOn: string, resolvedOn: string, over: Record<string, unknown> = {}) =>
  importRow(code, { unitCode, channel: 1, state: 9, receivedOn, dueOn, resolvedOn, ...over });

/** 2024's dossiers, handled by the office and its school, the two divisions that merge, and a renamed school. */
async function seedDossiers2024(t: TestContext): Promise<void> {
  await seedCatalogue(t);
  const rows = [
    done('LC-1', 'PGD-LC', '2024-02-05', '2024-02-12', '2024-02-08'),
    done('LC-2', 'PGD-LC', '2024-05-06', '2024-05-13', '2024-05-20', { apologyIssued: true }),
    done('LC-3', 'THCS-CVA', '2024-09-02', '2024-09-09', '2024-09-09', { digitized: true }),
    importRow('LC-4', { unitCode: 'PGD-LC', channel: 2, state: 4, receivedOn: '2024-12-16' }), // still open when the office ends
    done('VP-1', 'VP', '2024-03-04', '2024-03-11', '2024-03-05', { channel: 2, digitized: true }),
    done('TC-1', 'TCCB', '2024-04-01', '2024-04-08', '2024-04-12'),
    done('TP-1', 'THPT-TP', '2024-10-07', '2024-10-14', '2024-10-10'),
  ];
  const res = await t.request({ method: 'POST', url: '/api/dossiers/import', as: 'vanphong', payload: { source: 'mot-cua-2024', rows } });
  expect(res.statusCode, res.body).toBe(200);
}

/** The 2024 yearly report: the office, its school, the Office and a school that is renamed later. */
async function seedReports2024(t: TestContext): Promise<number> {
  const template = await t.request({ method: 'POST', url: '/api/reports/templates', as: 'vanphong', payload: DEFAULT_TEMPLATE });
  expect(template.statusCode, template.body).toBe(201);
  const units = ['PGD-LC', 'THCS-CVA', 'VP', 'THPT-TP', 'MN-HS'];
  const window = await t.request({
    method: 'POST',
    url: '/api/reports/windows',
    as: 'vanphong',
    payload: { kind: 'yearly', year: 2024, templateId: template.json().id, unitIds: units.map((u) => t.unitId(u)) },
  });
  expect(window.statusCode, window.body).toBe(201);
  const windowId = window.json().id as number;
  const sent = (unit: string, date: string, values: Record<string, number>, text: string) =>
    t.database.db.insert(reportSubmissions).values({
      windowId,
      unitId: t.unitId(unit),
      status: 'submitted',
      submittedAt: date,
      firstSubmittedAt: date,
      values,
      texts: { 'chi-dao': text },
      history: [{ status: 'submitted', on: date }],
    });
  await sent('PGD-LC', '2024-12-05', { planIssued: 1, directiveDocs: 14, propagandaEvents: 6, regulationsReviewed: 9 }, 'Phòng ban hành 14 văn bản chỉ đạo.');
  await sent('THCS-CVA', '2024-12-09', { planIssued: 1, directiveDocs: 3, propagandaEvents: 2, regulationsReviewed: 1 }, 'Trường tổ chức 2 buổi tuyên truyền.');
  await sent('VP', '2024-12-10', { planIssued: 1, directiveDocs: 21, propagandaEvents: 4, regulationsReviewed: 12 }, 'Văn phòng tham mưu kế hoạch.');
  await sent('THPT-TP', '2024-12-16', { planIssued: 0, directiveDocs: 2, propagandaEvents: 1, regulationsReviewed: 0 }, 'Trường gửi muộn.');
  return windowId;
}

/** The organisation's 2025: the merger of two divisions, the office dissolved into two wards, a school renamed. */
async function reform(t: TestContext): Promise<{ lechan: number; anbien: number; tchc: number }> {
  const change = async (payload: Record<string, unknown>) => {
    const res = await t.request({ method: 'POST', url: '/api/org-changes', as: 'admin', payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().outcome.newUnitIds as Record<string, number>;
  };
  const sgd = t.unitId('SGDDT');
  const merged = await change({
    kind: 'merge',
    effectiveOn: '2025-03-01',
    decisionNo: '08/2025/QĐ-UBND',
    sourceIds: [t.unitId('VP'), t.unitId('TCCB')],
    targetId: -1,
    newUnits: [{ ref: -1, code: 'TCHC', name: 'Phòng Tổ chức - Hành chính', type: 'division', parentId: sgd }],
  });
  await change({
    kind: 'rename',
    effectiveOn: '2025-03-01',
    decisionNo: '08/2025/QĐ-UBND',
    unitId: t.unitId('THPT-TP'),
    name: 'Trường THPT Trần Phú (tên mới)',
  });
  const wards = await change({
    kind: 'dissolve',
    effectiveOn: '2025-07-01',
    decisionNo: '1669/NQ-UBTVQH15',
    unitId: t.unitId('PGD-LC'),
    newUnits: [
      { ref: -1, code: 'P-LECHAN', name: 'UBND phường Lê Chân', type: 'commune', parentId: sgd },
      { ref: -2, code: 'P-ANBIEN', name: 'UBND phường An Biên', type: 'commune', parentId: sgd },
    ],
    successorIds: [-1, -2],
    childParents: { [t.unitId('THCS-CVA')]: -2 },
  });
  return { lechan: wards['-1'], anbien: wards['-2'], tchc: merged['-1'] };
}

async function get<T>(url: string): Promise<T> {
  const res = await t.request({ method: 'GET', url, as: 'vanphong' });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json<T>();
}

/** Everything 2024 says of dossiers and reports, as the Office reads it. */
async function figures2024(t: TestContext, windowId: number) {
  const kpi: Record<string, Kpi766Report> = {};
  for (const code of ['SGDDT', 'PGD-LC', 'VP', 'TCCB', 'THCS-CVA', 'THPT-TP'])
    for (const cut of ['handling', 'receiving']) kpi[`${code} ${cut}`] = await get<Kpi766Report>(`/api/kpi766?unitId=${t.unitId(code)}&year=2024&cut=${cut}`);
  const quarter = await get<Kpi766Report>(`/api/kpi766?unitId=${t.unitId('SGDDT')}&year=2024&period=quarter&index=2`);
  return {
    kpi,
    quarter,
    board: await get(`/api/reports/windows/${windowId}/board`),
    aggregate: await get(`/api/reports/windows/${windowId}/aggregate`),
    windows: await get('/api/reports/windows?year=2024'),
  };
}

const counts = (r: Kpi766Report) => Object.fromEntries(r.counts.map((c) => [c.key, c.value]));

describe('766 per unit and report aggregation of an earlier year after the organisation changed', () => {
  it('read the same in the structure of their own day', async () => {
    await seedDossiers2024(t);
    const windowId = await seedReports2024(t);
    const before = await figures2024(t, windowId);
    expect(counts(before.kpi['PGD-LC handling'])).toMatchObject({ received: 4, resolved: 3, late: 1, digitizedResults: 1 });
    expect(before.kpi['SGDDT handling'].comparison.map((c) => c.unitName)).toEqual(
      expect.arrayContaining(['Văn phòng Sở', 'Phòng Tổ chức cán bộ', 'Phòng Giáo dục và Đào tạo quận Lê Chân']),
    );

    const ids = await reform(t);
    const after = await figures2024(t, windowId);
    expect(after).toEqual(before);
    // Named as in 2024, even though the school took a new name and the office no longer exists.
    expect(after.kpi['THPT-TP handling'].unit.name).toBe('Trường THPT Trần Phú');
    expect(after.aggregate).toMatchObject({ unitsCounted: 4, missingUnits: [{ unitName: 'Trường Mầm non Hoa Sen' }] });
    // Today's units do not take 2024's lines: the merged division and the wards did not exist then.
    expect(after.kpi['SGDDT handling'].comparison.map((c) => c.unitId)).not.toContain(ids.tchc);
    expect(after.kpi['SGDDT handling'].comparison.map((c) => c.unitId)).not.toContain(ids.lechan);
  });

  it('a year that spans the change shows each unit for the months it existed, and both cuts sum to the same totals', async () => {
    await seedCatalogue(t);
    await reform(t);
    const rows = [
      done('H-1', 'VP', '2025-02-03', '2025-02-10', '2025-02-05'),
      done('H-2', 'TCHC', '2025-04-01', '2025-04-08', '2025-04-03'),
      done('H-3', 'PGD-LC', '2025-05-05', '2025-05-12', '2025-05-14'),
      done('H-4', 'P-LECHAN', '2025-08-04', '2025-08-11', '2025-08-06'),
    ];
    const res = await t.request({ method: 'POST', url: '/api/dossiers/import', as: 'vanphong', payload: { rows } });
    expect(res.statusCode, res.body).toBe(200);
    const handling = await get<Kpi766Report>(`/api/kpi766?unitId=${t.unitId('SGDDT')}&year=2025`);
    const receiving = await get<Kpi766Report>(`/api/kpi766?unitId=${t.unitId('SGDDT')}&year=2025&cut=receiving`);
    const line = (r: Kpi766Report, name: string) => r.comparison.find((c) => c.unitName === name)?.received;
    expect(
      ['Văn phòng Sở', 'Phòng Tổ chức - Hành chính', 'Phòng Giáo dục và Đào tạo quận Lê Chân', 'UBND phường Lê Chân'].map((n) => line(handling, n)),
    ).toEqual([1, 1, 1, 1]);
    const total = (r: Kpi766Report) => r.comparison.reduce((s, c) => s + c.received, 0);
    expect(total(handling)).toBe(4);
    expect(total(receiving)).toBe(total(handling));
    expect(counts(receiving)).toMatchObject({ received: 4, resolved: 4, late: 1 });
    expect(counts(handling)).toMatchObject({ received: 4, resolved: 4, late: 1 });
  });
});
