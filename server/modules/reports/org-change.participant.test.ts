// Report windows in a change of the organisation: the duty to report of an ending unit, and its report not yet
// sent, go to the successor for windows due on or after the change; sent reports and earlier windows stay with
// the unit of their day, so the 2024 aggregation reads the same. Two ending units' drafts meeting in one
// successor: the second is kept where it is, with the reason.
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dissolveLeChan } from '../../../test/org-changes';
import { useTestApp, type TestContext } from '../../../test/harness';
import * as clock from '../../clock';
import { reportSubmissions, reportWindowUnits } from '../../db/schema/index';
import { DEFAULT_TEMPLATE } from './report-template';

const t = useTestApp();

beforeEach(() => clock.setClock(clock.fixedClock('2026-03-02T03:00:00Z')));
afterEach(() => clock.setClock(null));

async function openWindow(t: TestContext, templateId: number, kind: string, year: number, units: string[]): Promise<number> {
  const res = await t.request({
    method: 'POST',
    url: '/api/reports/windows',
    as: 'vanphong',
    payload: { kind, year, templateId, unitIds: units.map((u) => t.unitId(u)) },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function report(t: TestContext, windowId: number, unit: string, status: string, on: string, text: string) {
  const sent = status === 'submitted' || status === 'approved';
  const [row] = await t.database.db
    .insert(reportSubmissions)
    .values({
      windowId,
      unitId: t.unitId(unit),
      status,
      submittedAt: sent ? on : null,
      firstSubmittedAt: sent ? on : null,
      values: { planIssued: 1, directiveDocs: 7, propagandaEvents: 2, regulationsReviewed: 3 },
      texts: { 'chi-dao': text },
      history: sent ? [{ status: 'submitted', on }] : [],
    })
    .returning();
  return row;
}

/** Windows of 2024 (sent), of 2025 before and after 1 July, and of 2026 (not started). */
async function seed(t: TestContext) {
  const template = await t.request({ method: 'POST', url: '/api/reports/templates', as: 'vanphong', payload: DEFAULT_TEMPLATE });
  expect(template.statusCode, template.body).toBe(201);
  const tid = template.json().id as number;
  const w = {
    y2024: await openWindow(t, tid, 'yearly', 2024, ['PGD-LC', 'THCS-CVA', 'VP']),
    six2025: await openWindow(t, tid, 'six-month', 2025, ['PGD-LC', 'VP']),
    q3: await openWindow(t, tid, 'quarter-3', 2025, ['PGD-LC', 'VP']),
    y2025: await openWindow(t, tid, 'yearly', 2025, ['PGD-LC', 'THCS-CVA', 'VP']),
    q1: await openWindow(t, tid, 'quarter-1', 2026, ['PGD-LC', 'VP']),
  };
  await report(t, w.y2024, 'PGD-LC', 'submitted', '2024-12-05', 'Phòng ban hành 14 văn bản chỉ đạo.');
  await report(t, w.y2024, 'THCS-CVA', 'submitted', '2024-12-09', 'Trường tổ chức 2 buổi tuyên truyền.');
  await report(t, w.six2025, 'PGD-LC', 'returned', '2025-06-09', 'Bản nháp 6 tháng.');
  await report(t, w.q3, 'PGD-LC', 'submitted', '2025-06-30', 'Gửi sớm trước khi giải thể.');
  const draft = await report(t, w.y2025, 'PGD-LC', 'draft', '2025-06-30', 'Dự thảo báo cáo năm của Phòng.');
  return { w, draft };
}

const required = async (windowId: number) =>
  (await t.database.db.select().from(reportWindowUnits).where(eq(reportWindowUnits.windowId, windowId))).map((r) => r.unitId).sort((a, b) => a - b);

async function get<T = unknown>(url: string, as = 'vanphong'): Promise<T> {
  const res = await t.request({ method: 'GET', url, as });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json<T>();
}

describe('report windows in a change of the organisation', () => {
  it('previews what moves and stays, then moves the reports not yet sent to the successor with a line in their history', async () => {
    const { w, draft } = await seed(t);
    const pgd = t.unitId('PGD-LC');
    const before2024 = { board: await get(`/api/reports/windows/${w.y2024}/board`), aggregate: await get(`/api/reports/windows/${w.y2024}/aggregate`) };
    const submissionsBefore = await t.database.db.select().from(reportSubmissions);

    const preview = await t.request({ method: 'POST', url: '/api/org-changes/preview', as: 'admin', payload: dissolveLeChan(t) });
    expect(preview.statusCode, preview.body).toBe(200);
    const items = preview.json().groups.find((g: { key: string }) => g.key === 'report-windows').items as Array<Record<string, unknown>>;
    const office = 'Phòng Giáo dục và Đào tạo quận Lê Chân';
    expect(items.map((i) => [i.key, i.status, i.toUnitName])).toEqual([
      [`report-window:${w.y2024}-${pgd}`, 'stays', office],
      [`report-window:${w.six2025}-${pgd}`, 'stays', office],
      [`report-window:${w.q3}-${pgd}`, 'stays', office],
      [`report-window:${w.y2025}-${pgd}`, 'moves', 'UBND phường Lê Chân'],
      [`report-window:${w.q1}-${pgd}`, 'moves', 'UBND phường Lê Chân'],
    ]);
    const byKey = (id: number) => items.find((i) => i.key === `report-window:${id}-${pgd}`)!;
    expect(byKey(w.y2024).reason).toBe('Kỳ báo cáo có hạn 10/12/2024, trước ngày thay đổi: báo cáo giữ đơn vị của nó (lịch sử).');
    expect(byKey(w.six2025).reason).toContain('trước ngày thay đổi');
    expect(byKey(w.q3).reason).toBe('Báo cáo đã gửi trước khi đơn vị kết thúc: giữ đơn vị đã gửi, số liệu kỳ này không đổi.');
    expect(byKey(w.y2025)).toMatchObject({ label: 'Báo cáo CCHC năm 2025 (hạn 10/12/2025) — báo cáo đang soạn', choosable: true });
    // The preview kept nothing.
    expect(await t.database.db.select().from(reportSubmissions)).toEqual(submissionsBefore);
    expect(await required(w.y2025)).toEqual([pgd, t.unitId('THCS-CVA'), t.unitId('VP')].sort((a, b) => a - b));

    const done = await t.request({ method: 'POST', url: '/api/org-changes', as: 'admin', payload: dissolveLeChan(t) });
    expect(done.statusCode, done.body).toBe(201);
    const lechan = done.json().outcome.newUnitIds['-1'] as number;

    // The draft went to the ward, its text kept and its move in its history; the duty to report went with it.
    const [moved] = await t.database.db.select().from(reportSubmissions).where(eq(reportSubmissions.id, draft.id));
    expect(moved).toMatchObject({ unitId: lechan, status: 'draft', texts: { 'chi-dao': 'Dự thảo báo cáo năm của Phòng.' } });
    expect(moved.history).toEqual([
      {
        status: 'draft',
        on: '2026-03-02',
        comment: 'Chuyển từ «Phòng Giáo dục và Đào tạo quận Lê Chân» sang «UBND phường Lê Chân» từ ngày 01/07/2025 theo 1669/NQ-UBTVQH15.',
      },
    ]);
    expect(await required(w.y2025)).toEqual([t.unitId('THCS-CVA'), t.unitId('VP'), lechan].sort((a, b) => a - b));
    expect(await required(w.q1)).toEqual([t.unitId('VP'), lechan].sort((a, b) => a - b));
    // Windows due before the date, and the report sent before it, stay with the office.
    for (const id of [w.y2024, w.six2025, w.q3]) expect(await required(id)).toContain(pgd);
    const [returned] = await t.database.db
      .select()
      .from(reportSubmissions)
      .where(and(eq(reportSubmissions.windowId, w.six2025), eq(reportSubmissions.unitId, pgd)));
    expect(returned.status).toBe('returned');

    // The office's former officer, now of the ward, carries on with the report and sends it.
    const url = `/api/reports/windows/${w.y2025}/units/${lechan}`;
    const mine = await get<{ texts: Record<string, string>; history: Array<{ comment?: string }> }>(url, 'pgdlechan');
    expect(mine.texts['chi-dao']).toBe('Dự thảo báo cáo năm của Phòng.');
    expect(mine.history.at(-1)?.comment).toContain('sang «UBND phường Lê Chân»');
    const save = await t.request({ method: 'PUT', url, as: 'pgdlechan', payload: { texts: { 'chi-dao': 'Báo cáo năm của phường.' }, values: {} } });
    expect(save.statusCode, save.body).toBe(200);
    const sent = await t.request({ method: 'POST', url: `${url}/submit`, as: 'pgdlechan' });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().history.map((h: { status: string }) => h.status)).toEqual(['draft', 'submitted']);
    // The ended office's page of the window is no longer theirs, nor anyone's duty.
    expect((await t.request({ method: 'GET', url: `/api/reports/windows/${w.y2025}/units/${pgd}`, as: 'pgdlechan' })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: `/api/reports/windows/${w.y2025}/units/${pgd}`, as: 'vanphong' })).statusCode).toBe(404);
    // Another school's officer still cannot read the ward's report.
    expect((await t.request({ method: 'GET', url, as: 'truong' })).statusCode).toBe(403);

    // 2024 reads the same: board and aggregation.
    expect({ board: await get(`/api/reports/windows/${w.y2024}/board`), aggregate: await get(`/api/reports/windows/${w.y2024}/aggregate`) }).toEqual(
      before2024,
    );
    const board2025 = await get<{ rows: Array<{ unitId: number }> }>(`/api/reports/windows/${w.y2025}/board`);
    expect(JSON.stringify(board2025)).toContain('UBND phường Lê Chân');
  });

  it('keeps a second draft where it is when the successor already has one in the window, saying why', async () => {
    const template = await t.request({ method: 'POST', url: '/api/reports/templates', as: 'vanphong', payload: DEFAULT_TEMPLATE });
    const w = await openWindow(t, template.json().id, 'yearly', 2025, ['VP', 'TCCB', 'GDTrH']);
    const vp = await report(t, w, 'VP', 'draft', '2025-06-30', 'Dự thảo của Văn phòng.');
    const tccb = await report(t, w, 'TCCB', 'returned', '2025-06-30', 'Dự thảo của TCCB.');
    const payload = {
      kind: 'merge',
      effectiveOn: '2025-03-01',
      decisionNo: '08/2025/QĐ-UBND',
      sourceIds: [t.unitId('VP'), t.unitId('TCCB')],
      targetId: -1,
      newUnits: [{ ref: -1, code: 'TCHC', name: 'Phòng Tổ chức - Hành chính', type: 'division', parentId: t.unitId('SGDDT') }],
    };
    const preview = await t.request({ method: 'POST', url: '/api/org-changes/preview', as: 'admin', payload });
    expect(preview.statusCode, preview.body).toBe(200);
    const conflict = {
      key: `report-window:${w}-${t.unitId('TCCB')}`,
      status: 'conflict',
      toUnitName: 'Phòng Tổ chức cán bộ',
      reason:
        '«Phòng Tổ chức - Hành chính» đã có báo cáo «Báo cáo CCHC năm 2025» (đang soạn); báo cáo của «Phòng Tổ chức cán bộ» giữ nguyên để Văn phòng Sở đối chiếu, gộp nội dung.',
    };
    const group = (body: { groups: Array<{ key: string; items: unknown[] }> }) => body.groups.find((g) => g.key === 'report-windows')!.items;
    expect(group(preview.json())).toEqual([
      expect.objectContaining({ key: `report-window:${w}-${t.unitId('VP')}`, status: 'moves', toUnitName: 'Phòng Tổ chức - Hành chính' }),
      expect.objectContaining(conflict),
    ]);
    const done = await t.request({ method: 'POST', url: '/api/org-changes', as: 'admin', payload });
    expect(done.statusCode, done.body).toBe(201);
    const tchc = done.json().outcome.newUnitIds['-1'];
    expect(group(done.json().outcome)).toContainEqual(expect.objectContaining(conflict));
    const rows = await t.database.db.select().from(reportSubmissions).where(eq(reportSubmissions.windowId, w));
    expect(rows.find((r) => r.id === vp.id)!.unitId).toBe(tchc);
    expect(rows.find((r) => r.id === tccb.id)).toMatchObject({ unitId: t.unitId('TCCB'), status: 'returned', history: [] });
    // The kept report stays readable for the Office to reconcile; the merged division takes the duty.
    expect(await required(w)).toEqual([t.unitId('TCCB'), t.unitId('GDTrH'), tchc].sort((a, b) => a - b));
    expect((await t.request({ method: 'GET', url: `/api/reports/windows/${w}/units/${t.unitId('TCCB')}`, as: 'vanphong' })).statusCode).toBe(200);
  });
});
