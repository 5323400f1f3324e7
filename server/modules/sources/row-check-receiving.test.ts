// A source that names where each dossier was received (the service centre's code in one of its fields): the mapping
// carries it to the register, and a record whose point does not fit is refused alone, named by the source's field.
import { describe, expect, it } from 'vitest';
import { compileMapping, PORTAL_MAPPING, type FieldMapping } from '../../../domain/sources/index';
import { mergeQualityAndSecondary } from '../../../test/org-changes';
import { useTestApp } from '../../../test/harness';
import { seedCatalogue } from '../dossiers/dossier-test-data';
import { checkMappedRow } from './row-check';
import { sourceRepository } from './source.repository';

const t = useTestApp();

const record = (over: Record<string, unknown>) => ({
  MaHoSo: 'G-1',
  MaTTHC: '1.005088',
  ChuHoSo: 'Trần Văn Nam',
  SoDienThoai: '0987654321',
  KenhThucHien: '1',
  TrangThaiHoSo: '4',
  NgayTiepNhan: '20250804083000',
  ...over,
});

describe('a source’s receiving point', () => {
  it('is mapped from the source’s field, and a point that does not fit refuses that record alone', async () => {
    await seedCatalogue(t);
    const establish = await t.request({
      method: 'POST',
      url: '/api/org-changes',
      as: 'admin',
      payload: {
        kind: 'establish',
        effectiveOn: '2025-07-01',
        decisionNo: '118/2025/NĐ-CP',
        newUnits: [
          { ref: -1, code: 'TTPVHCC', name: 'Trung tâm Phục vụ hành chính công thành phố Hải Phòng', type: 'service_center', parentId: t.unitId('SGDDT') },
        ],
      },
    });
    expect(establish.statusCode, establish.body).toBe(201);
    const mapping: FieldMapping = {
      ...PORTAL_MAPPING,
      receivingUnitCode: { from: 'CoQuanTiepNhan', kind: 'value', values: { 'Trung tâm PVHCC TP': 'TTPVHCC' } },
    };
    const map = compileMapping(mapping);
    const lookup = await sourceRepository.rowLookup(t.database.db, '/');
    const check = (over: Record<string, unknown>) => {
      const r = record(over);
      return checkMappedRow(
        lookup,
        mapping,
        map((from) => (r as Record<string, unknown>)[from]),
        1,
      );
    };

    const ok = check({ CoQuanTiepNhan: 'Trung tâm PVHCC TP' });
    expect(ok).toMatchObject({ ok: true, raw: { receivingUnitCode: 'TTPVHCC', unitCode: 'KTKDCLGD' } });
    expect(check({})).toMatchObject({ ok: true });
    expect(check({ CoQuanTiepNhan: 'Trung tâm PVHCC TP', NgayTiepNhan: '20250630083000' })).toEqual({
      ok: false,
      code: 'G-1',
      month: '2025-06',
      problems: [
        {
          column: 'receivingUnitCode',
          field: "'CoQuanTiepNhan' (đơn vị tiếp nhận)",
          message:
            "'Trung tâm Phục vụ hành chính công thành phố Hải Phòng' không hoạt động vào ngày tiếp nhận 2025-06-30; chọn nơi tiếp nhận có trên cơ cấu ngày đó.",
        },
      ],
    });
    expect(check({ CoQuanTiepNhan: 'Quầy số 5' })).toMatchObject({
      ok: false,
      problems: [{ column: 'receivingUnitCode', field: "'CoQuanTiepNhan' (đơn vị tiếp nhận)" }],
    });

    // Through the import the accepted record lands with its point.
    const res = await t.request({
      method: 'POST',
      url: '/api/dossiers/import',
      as: 'vanphong',
      payload: { source: 'igate-hp', rows: [(ok as { raw: Record<string, unknown> }).raw] },
    });
    expect(res.statusCode, res.body).toBe(200);
    const stored = (await t.request({ method: 'GET', url: '/api/dossiers/G-1', as: 'vanphong' })).json();
    expect(stored).toMatchObject({
      receivingPoint: 'provincial-centre',
      receivingUnitName: 'Trung tâm Phục vụ hành chính công thành phố Hải Phòng',
      unitName: 'Phòng Khảo thí và Kiểm định chất lượng giáo dục',
    });
  });
});

describe('a source’s handling unit, when the record names none', () => {
  it('is the unit that handled the procedure on the day of receipt, before and after a merger moved the catalogue', async () => {
    await seedCatalogue(t);
    const merged = await t.request({
      method: 'POST',
      url: '/api/org-changes',
      as: 'admin',
      payload: mergeQualityAndSecondary(t),
    });
    expect(merged.statusCode, merged.body).toBe(201);
    const map = compileMapping(PORTAL_MAPPING);
    const lookup = await sourceRepository.rowLookup(t.database.db, '/');
    const check = (receivedAt: string) => {
      const r = record({ NgayTiepNhan: receivedAt }) as Record<string, unknown>;
      return checkMappedRow(
        lookup,
        PORTAL_MAPPING,
        map((from) => r[from]),
        1,
      );
    };
    expect(check('20250630160000')).toMatchObject({ ok: true, raw: { unitCode: 'KTKDCLGD' } });
    expect(check('20250701073000')).toMatchObject({ ok: true, raw: { unitCode: 'GDTrH-KT' } });
  });
});
