import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { queryRows } from '../../db/client';
import { sql } from 'drizzle-orm';
import { seedExternalIndicesDemo } from './external-index.demo';

const t = useTestApp();

async function parResult(year: number, score: number, rank: number) {
  const res = await t.request({
    method: 'POST',
    url: '/api/external-index-results',
    as: 'vanphong',
    payload: { unitId: t.unitId('SGDDT'), indexCode: 'PAR', year, score, rank, rankOf: 18 },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().id as number;
}

// Seed 002: the 2021 PAR Index 97.65 points, 02/18; areas ranked 05/18, 01/18 and 11/18.
const AREAS = [
  { code: 'LV1', name: 'Công tác chỉ đạo, điều hành CCHC', score: null, max: null, rank: 5, rankOf: null },
  { code: 'LV2', name: 'Cải cách thể chế', score: null, max: null, rank: 1, rankOf: null },
  { code: 'LV3', name: 'Cải cách thủ tục hành chính', score: 8.6, max: 10, rank: 11, rankOf: null },
];

describe('external indices with their sub-indicators', () => {
  it('records the sub-indicators of a year and shows every index over the years to the units under the department', async () => {
    const y2021 = await parResult(2021, 97.65, 2);
    await parResult(2022, 90.45, 3);
    const saved = await t.request({ method: 'PUT', url: `/api/external-index-results/${y2021}/indicators`, as: 'vanphong', payload: { indicators: AREAS } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      rankLabel: '02/18',
      indicators: [
        { code: 'LV1', rankLabel: '05/18' },
        { code: 'LV2', rankLabel: '01/18' },
        { code: 'LV3', score: 8.6, max: 10, rankLabel: '11/18' },
      ],
    });

    // A school reads the department's results (its parent), oldest year first, each with its sub-indicators.
    const view = await t.request({ method: 'GET', url: '/api/external-indices?index=PAR', as: 'truong' });
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json().results.map((r: { year: number; indicators: unknown[] }) => [r.year, r.indicators.length])).toEqual([
      [2021, 3],
      [2022, 0],
    ]);
    expect((await t.request({ method: 'GET', url: '/api/external-indices?index=SIPAS', as: 'truong' })).json().results).toEqual([]);

    const audit = await queryRows<{ action: string; entity_id: string }>(
      t.database.db,
      sql`select action, entity_id from audit_log where action = 'external-index.indicators-saved'`,
    );
    expect(audit).toEqual([{ action: 'external-index.indicators-saved', entity_id: String(y2021) }]);
  });

  it('refuses a wrong table as a whole, naming row and column, and keeps the table it had', async () => {
    const id = await parResult(2021, 97.65, 2);
    await t.request({ method: 'PUT', url: `/api/external-index-results/${id}/indicators`, as: 'vanphong', payload: { indicators: AREAS } });
    const wrong = await t.request({
      method: 'PUT',
      url: `/api/external-index-results/${id}/indicators`,
      as: 'vanphong',
      payload: {
        indicators: [
          { ...AREAS[0], rank: 19 },
          { ...AREAS[2], code: 'lv1', score: 12 },
        ],
      },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toContain("Dòng 1, cột 'Thứ hạng': hạng 19 vượt quá số đơn vị xếp hạng (18).");
    expect(wrong.json().error.details.fields.map((f: { field: string }) => f.field)).toEqual(['indicators.0.rank', 'indicators.1.code', 'indicators.1.score']);
    const kept = (await t.request({ method: 'GET', url: '/api/external-indices', as: 'vanphong' })).json();
    expect(kept.results[0].indicators.map((i: { code: string }) => i.code)).toEqual(['LV1', 'LV2', 'LV3']);
  });

  it('lets only the Office write sub-indicators, and hides a missing result from non-global users', async () => {
    const id = await parResult(2021, 97.65, 2);
    for (const as of ['truong', 'lanhdao', 'tccb'] as const) {
      expect((await t.request({ method: 'PUT', url: `/api/external-index-results/${id}/indicators`, as, payload: { indicators: [] } })).statusCode).toBe(403);
    }
    expect(
      (await t.request({ method: 'PUT', url: '/api/external-index-results/999/indicators', as: 'vanphong', payload: { indicators: [] } })).statusCode,
    ).toBe(403);
    expect((await t.request({ method: 'PUT', url: '/api/external-index-results/999/indicators', as: 'admin', payload: { indicators: [] } })).statusCode).toBe(
      404,
    );
  });

  it('exports one Excel sheet per index and year with the sub-indicators and the change from the previous year', async () => {
    const y2021 = await parResult(2021, 97.65, 2);
    const y2023 = await parResult(2023, 90.45, 3);
    await t.request({ method: 'PUT', url: `/api/external-index-results/${y2021}/indicators`, as: 'vanphong', payload: { indicators: AREAS } });
    const later = [AREAS[0], { ...AREAS[2], score: 9.1, rank: 4 }, { code: 'LV8', name: 'Chỉ số mới', score: 3, max: 5, rank: null, rankOf: null }];
    await t.request({ method: 'PUT', url: `/api/external-index-results/${y2023}/indicators`, as: 'vanphong', payload: { indicators: later } });

    // A school reads its parent's results, so it may export them too.
    const res = await t.request({ method: 'GET', url: '/api/external-indices/export.xlsx?index=PAR', as: 'truong' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('Chỉ số bên ngoài PAR Index.xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['PAR 2021', 'PAR 2023']);
    // Each row's values without ExcelJS's empty slot 0.
    const values = (name: string) => (book.getWorksheet(name)!.getSheetValues() as unknown[][]).map((row) => row.slice(1));
    const first = values('PAR 2021');
    expect(first[1]).toEqual(['PAR Index năm 2021']);
    expect(first[2]).toEqual(['Chưa có kết quả năm trước để so sánh.']);
    expect(first[4]!.slice(0, 5)).toEqual(['PAR', 'PAR Index (chỉ số chung)', 97.65, undefined, '02/18']);
    expect(first[7]!.slice(0, 5)).toEqual(['LV3', 'Cải cách thủ tục hành chính', 8.6, 10, '11/18']);

    // 2022 was not published: 2023 compares with 2021. Rank 11 → 4 is seven places up; a new code has no past.
    const sheet = values('PAR 2023');
    expect(sheet[2]).toEqual(['So sánh với năm 2021']);
    expect(sheet[3]).toEqual([
      'Mã',
      'Chỉ số',
      'Điểm',
      'Điểm tối đa',
      'Thứ hạng',
      'Điểm năm trước',
      'Tăng/giảm điểm',
      'Hạng năm trước',
      'Tăng/giảm hạng (+ là tăng hạng)',
      'Nguồn, ghi chú',
    ]);
    expect(sheet[4]!.slice(0, 9)).toEqual(['PAR', 'PAR Index (chỉ số chung)', 90.45, undefined, '03/18', 97.65, -7.2, '02/18', -1]);
    expect(sheet[5]!.slice(0, 9)).toEqual(['LV1', 'Công tác chỉ đạo, điều hành CCHC', undefined, undefined, '05/18', undefined, undefined, '05/18', 0]);
    expect(sheet[6]!.slice(0, 9)).toEqual(['LV3', 'Cải cách thủ tục hành chính', 9.1, 10, '04/18', 8.6, 0.5, '11/18', 7]);
    expect(sheet[7]).toEqual(['LV8', 'Chỉ số mới', 3, 5]);
    expect(book.getWorksheet('PAR 2023')!.getRow(4).font?.bold).toBe(true);
    expect([book.getWorksheet('PAR 2023')!.getCell('G4').numFmt, book.getWorksheet('PAR 2023')!.getCell('I6').numFmt]).toEqual([
      '+0.00##;-0.00##;0',
      '+0.00##;-0.00##;0',
    ]);

    const audit = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where action = 'external-index.exported'`);
    expect(audit[0]!.n).toBe(1);
  });

  it('refuses the Excel export to users who may not read external indices', async () => {
    await parResult(2021, 97.65, 2);
    expect((await t.request({ method: 'GET', url: '/api/external-indices/export.xlsx', as: 'motcua' })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/external-indices/export.xlsx?index=PAR', as: 'motcua' })).statusCode).toBe(403);
  });

  it('seeds the six indices: seed 002 figures as published, every other figure marked illustrative', async () => {
    await t.database.db.transaction((tx) =>
      seedExternalIndicesDemo({
        tx,
        unitIds: new Map([['SGDDT', t.unitId('SGDDT')]]),
        userIds: new Map([['vanphong', t.userId('vanphong')]]),
        today: '2025-11-20',
      }),
    );
    const { results } = (await t.request({ method: 'GET', url: '/api/external-indices', as: 'lanhdao' })).json() as {
      results: Array<{
        indexCode: string;
        year: number;
        score: number | null;
        rankLabel: string | null;
        note: string;
        indicators: Array<{ rankLabel: string | null }>;
      }>;
    };
    expect(new Set(results.map((r) => r.indexCode))).toEqual(new Set(['PAR', 'SIPAS', 'PAPI', 'PCI', 'ICT', 'DTI']));
    const par2021 = results.find((r) => r.indexCode === 'PAR' && r.year === 2021)!;
    expect(par2021).toMatchObject({ score: 97.65, rankLabel: '02/18' });
    expect(par2021.indicators.map((i) => i.rankLabel)).toEqual(['05/18', '01/18', '11/18', '01/18', '01/18', '03/18', '02/18']);
    expect(results.find((r) => r.indexCode === 'SIPAS' && r.year === 2021)).toMatchObject({ score: null, rankLabel: '15/21' });
    for (const r of results.filter((x) => x.year !== 2021)) expect(r.note).toContain('minh họa');
  });
});
