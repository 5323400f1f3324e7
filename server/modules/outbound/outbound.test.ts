// The province's reporting system pulls cchc's figures with a key: JSON and CSV, described in OpenAPI, limited to
// the key's subtree, without applicants' personal data; no key, a wrong or revoked key, another subtree: refused.
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { importRow, seedCatalogue } from '../dossiers/dossier-test-data';

const t = useTestApp();

beforeEach(async () => {
  await seedCatalogue(t);
  const rows = [
    importRow('OUT-0001', { state: 10, receivedOn: '2025-03-03', resolvedOn: '2025-03-07', returnedOn: '2025-03-07' }),
    importRow('OUT-0002', { state: 4, receivedOn: '2025-03-10' }),
    importRow('OUT-0003', {
      procedureCode: '1.001000',
      unitCode: 'GDTrH',
      state: 9,
      receivedOn: '2025-02-20',
      resolvedOn: '2025-03-02',
      applicantName: 'Lê "Tý", Hải Phòng',
    }),
  ];
  const res = await t.request({ method: 'POST', url: '/api/dossiers/import', as: 'vanphong', payload: { source: 'dvc-hp', rows } });
  expect(res.statusCode, res.body).toBe(200);
});

async function key(unit: string): Promise<{ id: number; token: string }> {
  const res = await t.request({ method: 'POST', url: '/api/api-tokens', as: 'admin', payload: { name: `Hệ thống báo cáo (${unit})`, unitId: t.unitId(unit) } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('outbound figures and extracts', () => {
  it('serves the register extract as JSON and CSV to a key, without personal data', async () => {
    const { token } = await key('SGDDT');
    expect((await t.request({ method: 'GET', url: '/api/outbound/dossiers' })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/outbound/dossiers', headers: bearer('cchc_' + 'x'.repeat(43)) })).statusCode).toBe(401);
    const json = await t.request({ method: 'GET', url: '/api/outbound/dossiers?from=2025-03-01&to=2025-03-31', headers: bearer(token) });
    expect(json.statusCode, json.body).toBe(200);
    expect(json.json()).toMatchObject({
      total: 2,
      page: 1,
      items: [
        {
          code: 'OUT-0001',
          procedureCode: '1.005088',
          unitCode: 'KTKDCLGD',
          state: 10,
          stateLabel: 'Đã trả kết quả',
          timeliness: expect.any(String),
          source: 'dvc-hp',
        },
        { code: 'OUT-0002', state: 4 },
      ],
    });
    expect(json.body).not.toContain('applicant');
    expect(json.body).not.toContain('0987654321');

    const csv = await t.request({ method: 'GET', url: '/api/outbound/dossiers.csv', headers: bearer(token) });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['x-total-count']).toBe('3');
    const lines = csv.body.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFcode,procedureCode,procedureName,unitCode,unitName,channel,state,stateLabel,receivedOn,dueOn,resolvedOn,returnedOn,timeliness,supplementCount,source,updatedAt',
    );
    expect(lines[3]).toMatch(/^OUT-0003,1\.001000,.*,GDTrH,Phòng Giáo dục Trung học,2,9,Đã xử lý xong,2025-02-20,/);
    expect(csv.body).not.toContain('Tý');

    // Changed since an instant after the import: nothing.
    const later = new Date(Date.now() + 60_000).toISOString();
    expect(
      (await t.request({ method: 'GET', url: `/api/outbound/dossiers?changedSince=${encodeURIComponent(later)}`, headers: bearer(token) })).json().total,
    ).toBe(0);
  });

  it('serves the 766 figures as JSON and as a long CSV table', async () => {
    const { token } = await key('SGDDT');
    const json = await t.request({ method: 'GET', url: '/api/outbound/kpi766?year=2025&period=quarter&index=1', headers: bearer(token) });
    expect(json.statusCode, json.body).toBe(200);
    expect(json.json()).toMatchObject({ unit: { name: 'Sở Giáo dục và Đào tạo Hải Phòng' }, periodLabel: 'Quý I/2025' });
    expect(json.json().counts.find((c: { key: string }) => c.key === 'received').value).toBe(3);
    const csv = await t.request({ method: 'GET', url: '/api/outbound/kpi766.csv?year=2025&period=quarter&index=1', headers: bearer(token) });
    const lines = csv.body.split('\r\n');
    expect(lines[0]).toBe('\uFEFFdon_vi,ky,loai,ma,ten,gia_tri,ty_le,diem,diem_toi_da,trang_thai');
    expect(lines).toContain('Sở Giáo dục và Đào tạo Hải Phòng,Quý I/2025,so_lieu,received,Hồ sơ tiếp nhận,3,,,,');
    expect(lines.some((l) => l.startsWith('Sở Giáo dục và Đào tạo Hải Phòng,Quý I/2025,tong,766,Tổng điểm,'))).toBe(true);
  });

  it('keeps a key to its subtree, and a revoked key stops working', async () => {
    const district = await key('PGD-LC');
    expect((await t.request({ method: 'GET', url: `/api/outbound/dossiers?unitId=${t.unitId('SGDDT')}`, headers: bearer(district.token) })).statusCode).toBe(
      403,
    );
    const own = await t.request({ method: 'GET', url: '/api/outbound/dossiers', headers: bearer(district.token) });
    expect(own.json()).toMatchObject({ total: 0, items: [] });
    const listed = (await t.request({ method: 'GET', url: '/api/api-tokens', as: 'admin' })).json();
    expect(listed.items[0]).toMatchObject({
      name: 'Hệ thống báo cáo (PGD-LC)',
      prefix: district.token.slice(0, 12),
      lastUsedAt: expect.any(String),
      revokedAt: null,
    });
    expect(JSON.stringify(listed)).not.toContain(district.token);
    expect((await t.request({ method: 'POST', url: `/api/api-tokens/${district.id}/revoke`, as: 'admin' })).json().revokedAt).not.toBeNull();
    expect((await t.request({ method: 'GET', url: '/api/outbound/dossiers', headers: bearer(district.token) })).statusCode).toBe(401);
  });

  it('is described in OpenAPI with the key as its security', async () => {
    const spec = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.components.securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(spec.paths['/api/outbound/dossiers.csv'].get.security).toEqual([{ apiKey: [] }, { session: [] }]);
    expect(Object.keys(spec.paths['/api/outbound/dossiers'].get.responses['200'].content['application/json'].schema.properties)).toEqual([
      'total',
      'page',
      'pageSize',
      'items',
    ]);
    expect(spec.paths['/api/outbound/kpi766'].get.parameters.map((p: { name: string }) => p.name)).toContain('year');
  });
});
