// Scopes of dossiers, 766 figures and periodic reports before and after a merger and a dissolution: a user of a
// merged division sees exactly the successor's data; a user of a dissolved office reads its history only once an
// administrator grants it, and never what went to another successor.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dossier } from '../../../contracts/dossiers';
import { useTestApp, type TestContext } from '../../../test/harness';
import * as clock from '../../clock';
import { reportSubmissions } from '../../db/schema/index';
import { importRow, seedCatalogue } from '../dossiers/dossier-test-data';
import { DEFAULT_TEMPLATE } from '../reports/report-template';

const t = useTestApp();

beforeEach(() => clock.setClock(clock.fixedClock('2026-03-02T03:00:00Z')));
afterEach(() => clock.setClock(null));

const done = (code: string, unitCode: string, receivedOn: string) => importRow(code, { unitCode, channel: 1, state: 9, receivedOn, resolvedOn: receivedOn });

async function importRows(t: TestContext, rows: Array<Record<string, unknown>>) {
  const res = await t.request({ method: 'POST', url: '/api/dossiers/import', as: 'vanphong', payload: { rows } });
  expect(res.statusCode, res.body).toBe(200);
}

async function change(t: TestContext, payload: Record<string, unknown>): Promise<Record<string, number>> {
  const res = await t.request({ method: 'POST', url: '/api/org-changes', as: 'admin', payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().outcome.newUnitIds;
}

/** A 2024 yearly report window with the office's, its school's and the two divisions' reports sent. */
async function window2024(t: TestContext): Promise<number> {
  const template = await t.request({ method: 'POST', url: '/api/reports/templates', as: 'vanphong', payload: DEFAULT_TEMPLATE });
  const units = ['PGD-LC', 'THCS-CVA', 'VP', 'TCCB'];
  const res = await t.request({
    method: 'POST',
    url: '/api/reports/windows',
    as: 'vanphong',
    payload: { kind: 'yearly', year: 2024, templateId: template.json().id, unitIds: units.map((u) => t.unitId(u)) },
  });
  expect(res.statusCode, res.body).toBe(201);
  for (const u of units) {
    await t.database.db.insert(reportSubmissions).values({
      windowId: res.json().id,
      unitId: t.unitId(u),
      status: 'submitted',
      submittedAt: '2024-12-05',
      firstSubmittedAt: '2024-12-05',
      values: { directiveDocs: 3 },
      texts: {},
      history: [{ status: 'submitted', on: '2024-12-05' }],
    });
  }
  return res.json().id;
}

const codes = async (as: string, query = '') => {
  const res = await t.request({ method: 'GET', url: `/api/dossiers${query}`, as });
  expect(res.statusCode, res.body).toBe(200);
  return res
    .json<{ items: Dossier[] }>()
    .items.map((d) => d.code)
    .sort();
};
const status = (as: string, url: string) => t.request({ method: 'GET', url, as }).then((r) => r.statusCode);
const boardUnits = async (as: string, windowId: number) => {
  const res = await t.request({ method: 'GET', url: `/api/reports/windows/${windowId}/board`, as });
  return res.statusCode === 200 ? res.json<{ rows: Array<{ unitName: string }> }>().rows.map((r) => r.unitName) : res.statusCode;
};

describe('dossiers and reports before and after a merger', () => {
  it('a user of a merged division sees exactly the successor’s data', async () => {
    await seedCatalogue(t);
    await importRows(t, [done('TC-2024', 'TCCB', '2024-04-01'), done('VP-2024', 'VP', '2024-04-02'), done('TH-2024', 'GDTrH', '2024-04-03')]);
    const windowId = await window2024(t);
    expect(await codes('tccb')).toEqual(['TC-2024']);
    expect(await boardUnits('tccb', windowId)).toEqual(['Phòng Tổ chức cán bộ']);

    const ids = await change(t, {
      kind: 'merge',
      effectiveOn: '2025-03-01',
      decisionNo: '08/2025/QĐ-UBND',
      sourceIds: [t.unitId('VP'), t.unitId('TCCB')],
      targetId: -1,
      newUnits: [{ ref: -1, code: 'TCHC', name: 'Phòng Tổ chức - Hành chính', type: 'division', parentId: t.unitId('SGDDT') }],
    });
    await importRows(t, [done('TCHC-2026', 'TCHC', '2026-02-02')]);
    // Now at the merged division: its own dossiers, not the old divisions' history, nor another division's.
    expect(await codes('tccb')).toEqual(['TCHC-2026']);
    expect([
      await status('tccb', '/api/dossiers/TC-2024'),
      await status('tccb', '/api/dossiers/VP-2024'),
      await status('tccb', '/api/dossiers/TCHC-2026'),
    ]).toEqual([403, 403, 200]);
    expect(await status('tccb', `/api/kpi766?unitId=${t.unitId('TCCB')}&year=2024`)).toBe(403);
    expect(await status('tccb', `/api/kpi766?unitId=${ids['-1']}&year=2026`)).toBe(200);
    expect(await boardUnits('tccb', windowId)).toBe(403);
    // The Office still reads every year, wherever it is kept.
    expect(await codes('vanphong')).toEqual(['TC-2024', 'TCHC-2026', 'TH-2024', 'VP-2024']);
  });

  it('a user of a dissolved office reads its history only when granted, and nothing of another successor', async () => {
    await seedCatalogue(t);
    await importRows(t, [done('LC-2024', 'PGD-LC', '2024-05-06'), done('CVA-2024', 'THCS-CVA', '2024-05-07'), done('MN-2024', 'MN-HS', '2024-05-08')]);
    const windowId = await window2024(t);
    expect(await codes('pgdlechan')).toEqual(['CVA-2024', 'LC-2024', 'MN-2024']);

    const ids = await change(t, {
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
    });
    // At the Lê Chân ward now: the school that stayed with it, not the office's own records, not An Biên's school.
    expect(await codes('pgdlechan')).toEqual(['MN-2024']);
    expect([await status('pgdlechan', '/api/dossiers/LC-2024'), await status('pgdlechan', '/api/dossiers/CVA-2024')]).toEqual([403, 403]);
    expect(await status('pgdlechan', `/api/kpi766?unitId=${t.unitId('PGD-LC')}&year=2024`)).toBe(403);
    expect(await status('pgdlechan', `/api/kpi766?unitId=${ids['-2']}&year=2026`)).toBe(403);
    expect(await boardUnits('pgdlechan', windowId)).toBe(403);

    const grant = await t.request({
      method: 'POST',
      url: '/api/unit-history-grants',
      as: 'admin',
      payload: { userId: t.userId('pgdlechan'), unitId: t.unitId('PGD-LC'), note: 'Tra cứu hồ sơ lưu trữ của Phòng' },
    });
    expect(grant.statusCode, grant.body).toBe(201);
    expect(await codes('pgdlechan')).toEqual(['LC-2024', 'MN-2024']);
    expect([await status('pgdlechan', '/api/dossiers/LC-2024'), await status('pgdlechan', '/api/dossiers/CVA-2024')]).toEqual([200, 403]);
    expect(await status('pgdlechan', `/api/kpi766?unitId=${t.unitId('PGD-LC')}&year=2024`)).toBe(200);
    expect(await boardUnits('pgdlechan', windowId)).toEqual(['Phòng Giáo dục và Đào tạo quận Lê Chân']);
    expect(await status('pgdlechan', `/api/reports/windows/${windowId}/units/${t.unitId('PGD-LC')}`)).toBe(200);
    expect(await status('pgdlechan', `/api/reports/windows/${windowId}/units/${t.unitId('THCS-CVA')}`)).toBe(403);
    // Reading only: the grant does not let the former staff act on a dossier of the office.
    const act = await t.request({
      method: 'POST',
      url: '/api/dossiers/LC-2024/events',
      as: 'pgdlechan',
      payload: { type: 'returned', on: '2024-05-10', returnChannel: 1 },
    });
    expect(act.statusCode).toBe(403);

    await t.request({ method: 'POST', url: `/api/unit-history-grants/${grant.json().id}/revoke`, as: 'admin' });
    expect(await codes('pgdlechan')).toEqual(['MN-2024']);
    expect(await boardUnits('pgdlechan', windowId)).toBe(403);
  });
});
