import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { buildAppendixWorkbook, type AppendixLine } from './appendix-workbook';
import { buildPlan, multipart } from '../../../test/factories';
import { seed003AppendixLines } from './test-support';

const t = useTestApp();

async function draftPlan() {
  return (await buildPlan(t, { year: 2025 })).id as number;
}
const send = (planId: number, bytes: Buffer, what: 'import' | 'import/preview') =>
  t.request({ method: 'POST', url: `/api/plans/${planId}/${what}`, as: 'vanphong', ...multipart({}, { name: 'phu-luc.xlsx', bytes }) });

/** Four seed-003 lines under two section headings, without an area column, with source and priority. */
function lines(): AppendixLine[] {
  const [a, b, c, d] = seed003AppendixLines().map(({ area: _area, ...l }) => l);
  return [
    { ...a, heading: 'I. CẢI CÁCH THỂ CHẾ', source: 'Thành phố giao', priority: 'Cao' },
    { ...b, source: 'Bộ giao', priority: '' },
    { ...c, heading: 'II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH', source: '', priority: 'Thấp' },
    { ...d, source: 'Tự đề ra', priority: 'Bình thường' },
  ];
}

describe('plans: optional import columns and section headings', () => {
  it('reads "Nguồn" and "Ưu tiên", and takes the area from the section heading above when there is no area column', async () => {
    const planId = await draftPlan();
    const bytes = await buildAppendixWorkbook('Nhiệm vụ CCHC năm 2025', lines(), { withSourcePriority: true });
    const preview = await send(planId, bytes, 'import/preview');
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().errors).toEqual([]);
    expect(preview.json().rows.map((r: { areaKey: string; source: string; priority: string }) => [r.areaKey, r.source, r.priority])).toEqual([
      ['institutions', 'city', 'high'],
      ['institutions', 'ministry', 'normal'],
      ['procedures', 'self', 'low'],
      ['procedures', 'self', 'normal'],
    ]);
    expect((await send(planId, bytes, 'import')).statusCode).toBe(201);
    const tasks = (await t.request({ method: 'GET', url: `/api/plans/${planId}/tasks`, as: 'vanphong' })).json();
    expect(tasks.map((x: { areaKey: string; source: string; priority: string }) => `${x.areaKey}/${x.source}/${x.priority}`)).toEqual([
      'institutions/city/high',
      'institutions/ministry/normal',
      'procedures/self/low',
      'procedures/self/normal',
    ]);
    const high = (await t.request({ method: 'GET', url: `/api/plans/${planId}/tasks?priority=high`, as: 'vanphong' })).json();
    expect(high.map((x: { priority: string }) => x.priority)).toEqual(['high']);
  });

  it('names the row and column of a source or priority it cannot read, and stores nothing', async () => {
    const planId = await draftPlan();
    const bad = lines();
    bad[1] = { ...bad[1], source: 'Hội đồng nhân dân' };
    bad[3] = { ...bad[3], priority: 'Siêu gấp' };
    const bytes = await buildAppendixWorkbook('Phụ lục lỗi', bad, { withSourcePriority: true });
    const res = await send(planId, bytes, 'import');
    expect(res.statusCode).toBe(400);
    const messages = res.json().error.details.errors.map((e: { message: string }) => e.message);
    // Title rows 1–3, header rows 4–5, heading row 6: the second task is on row 8, the fourth on row 11.
    expect(messages).toEqual([
      `Dòng 8, cột 'Nguồn': không nhận ra nguồn "Hội đồng nhân dân"; ghi "Tự đề ra", "Thành phố giao" hoặc "Bộ giao".`,
      `Dòng 11, cột 'Ưu tiên': không nhận ra mức ưu tiên "Siêu gấp"; ghi "Cao", "Bình thường" hoặc "Thấp".`,
    ]);
    expect((await t.request({ method: 'GET', url: `/api/plans/${planId}/tasks`, as: 'vanphong' })).json()).toEqual([]);
  });
});
