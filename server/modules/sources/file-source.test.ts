// File sources with real .xlsx exports in three layouts: a profile made once from a sample (header found under a
// title block or over merged cells, columns matched, 20 rows checked with errors by row and column), then applied
// to every later file uploaded or dropped into the source's inbox; a broken row is refused alone.
import { sql } from 'drizzle-orm';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SamplePreview } from '../../../contracts/source-files';
import type { SourceView } from '../../../contracts/sources';
import { multipart as multipartBody } from '../../../test/factories';
import { useTestApp, type TestContext } from '../../../test/harness';
import { queryRows } from '../../db/client';
import { seedCatalogue } from '../dossiers/dossier-test-data';
import { PROCESSED_DIR } from './file-run';
import { dispatchSources, kickSourceWorker } from './run-worker';
import { fixtureDossiers, form07, plainTable, STATE_VALUES, titledReport } from './source-file-fixtures';

const t = useTestApp();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

beforeEach(async () => {
  await seedCatalogue(t);
});

/** An .xlsx upload with form fields. */
const multipart = (fields: Record<string, string>, file: { name: string; bytes: Buffer }) => multipartBody(fields, { ...file, type: XLSX });

async function sample(t: TestContext, name: string, bytes: Buffer, fields: Record<string, string> = {}): Promise<SamplePreview> {
  const body = multipart({ unitId: String(t.unitId('SGDDT')), ...fields }, { name, bytes });
  const res = await t.request({ method: 'POST', url: '/api/sources/sample', as: 'vanphong', ...body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function createFileSource(t: TestContext, code: string, preview: SamplePreview, mapping = preview.mapping): Promise<SourceView> {
  const res = await t.request({
    method: 'POST',
    url: '/api/sources',
    as: 'vanphong',
    payload: {
      kind: 'file',
      name: `Tệp xuất ${code}`,
      code,
      unitId: t.unitId('SGDDT'),
      schedule: { kind: 'interval', minutes: 15 },
      profile: { sheet: preview.sheet, headerRow: preview.headerRow, headerDepth: preview.headerDepth, mapping },
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function upload(t: TestContext, sourceId: number, name: string, bytes: Buffer, as = 'motcua') {
  const res = await t.request({ method: 'POST', url: `/api/sources/${sourceId}/files`, as, ...multipart({}, { name, bytes }) });
  expect(res.statusCode, res.body).toBe(202);
  await kickSourceWorker(t.app);
  return (await t.request({ method: 'GET', url: `/api/sources/${sourceId}`, as: 'vanphong' })).json() as SourceView;
}

async function problems(t: TestContext, source: SourceView) {
  return (await t.request({ method: 'GET', url: `/api/sources/${source.id}/runs/${source.lastRun!.id}`, as: 'vanphong' })).json().problems;
}

describe('file sources', () => {
  it('form 07 with merged header cells: the profile from a sample, then every later file', async () => {
    const preview = await sample(t, 'so-theo-doi-thang-02.xlsx', await form07(fixtureDossiers(25, 'MAU'), { broken: true }));
    expect(preview).toMatchObject({ guess: { headerRow: 4, headerDepth: 2 }, headerRow: 4, headerDepth: 2 });
    expect(preview.labels.slice(4, 10)).toEqual([
      'Địa chỉ, số điện thoại',
      'Nhận hồ sơ / Ngày, giờ',
      'Nhận hồ sơ / Hình thức',
      'Hẹn trả kết quả',
      'Nhận kết quả từ cơ quan giải quyết / Ngày, giờ',
      'Trả kết quả cho cá nhân, tổ chức / Ngày, giờ',
    ]);
    expect(preview.mapping).toMatchObject({
      receivedOn: { from: 'Nhận hồ sơ / Ngày, giờ', kind: 'date' },
      channel: { from: 'Nhận hồ sơ / Hình thức' },
      state: { kind: 'derive-state' },
    });
    // Twenty rows checked; the sample's broken row is beyond them, so the preview is clean.
    expect(preview.preview).toHaveLength(20);
    expect(preview.preview[0]).toMatchObject({ row: 6, values: { code: 'MAU-0001', receivedOn: '2025-03-03', state: '4' }, problems: [] });
    expect(preview.preview[1].values).toMatchObject({ receivedOn: '2025-03-04', applicantPhone: expect.stringMatching(/^09\d{8}$/) });

    const source = await createFileSource(t, 'so-theo-doi', preview);
    const next = await upload(t, source.id, 'so-theo-doi-thang-03.xlsx', await form07(fixtureDossiers(30), { broken: true }));
    expect(next.lastRun).toMatchObject({
      status: 'succeeded',
      rowsRead: 31,
      rowsCreated: 30,
      rowsRefused: 1,
      fileName: 'so-theo-doi-thang-03.xlsx',
      cursorAfter: 'so-theo-doi-thang-03.xlsx',
    });
    expect(await problems(t, next)).toEqual([
      {
        row: 36,
        ref: 'Dòng 36',
        code: 'TEP-LOI-3',
        field: "'Nhận hồ sơ / Ngày, giờ' (ngày tiếp nhận)",
        message: "'15/13/2025 08:00' không phải ngày hợp lệ (dd/mm/yyyy, có thể kèm giờ, hoặc yyyyMMddHHmmss).",
      },
    ]);
    const stored = await queryRows<{ code: string; state: number; received_on: string; resolved_on: string | null; channel: number; source: string }>(
      t.database.db,
      sql`select code, state, received_on, resolved_on, channel, source from dossiers order by code limit 3`,
    );
    expect(stored).toEqual([
      { code: 'TEP-0001', state: 4, received_on: '2025-03-03', resolved_on: null, channel: 1, source: 'so-theo-doi' },
      { code: 'TEP-0002', state: 9, received_on: '2025-03-04', resolved_on: '2025-03-09', channel: 2, source: 'so-theo-doi' },
      { code: 'TEP-0003', state: 10, received_on: '2025-03-05', resolved_on: '2025-03-10', channel: 3, source: 'so-theo-doi' },
    ]);
    expect(next.dataUntil).not.toBeNull();

    // The same export again changes nothing.
    const again = await upload(t, source.id, 'so-theo-doi-thang-03.xlsx', await form07(fixtureDossiers(30), { broken: true }));
    expect(again.lastRun).toMatchObject({ rowsCreated: 0, rowsUpdated: 0, rowsUnchanged: 30, rowsRefused: 1, fileName: 'so-theo-doi-thang-03.xlsx' });
  });

  it('a plain table (header on row 1) with the state in words, and a file dropped into the watched folder', async () => {
    const preview = await sample(t, 'ho-so.xlsx', await plainTable(fixtureDossiers(5)));
    expect(preview).toMatchObject({ headerRow: 1, headerDepth: 1 });
    expect(preview.preview[0].problems).toEqual([
      { column: 'state', field: "'Trạng thái' (trạng thái)", message: "'Đang xử lý' không phải mã trạng thái của Cổng DVC (1–10)." },
    ]);
    const mapping = { ...preview.mapping, state: { ...preview.mapping.state!, values: STATE_VALUES } };
    const checked = await sample(t, 'ho-so.xlsx', await plainTable(fixtureDossiers(5)), { headerRow: '1', headerDepth: '1', mapping: JSON.stringify(mapping) });
    expect(checked.preview.every((p) => p.problems.length === 0)).toBe(true);
    const source = await createFileSource(t, 'bang-ho-so', checked, mapping);

    const inbox = source.inbox!;
    writeFileSync(join(inbox, 'ho-so-tuan-12.xlsx'), await plainTable(fixtureDossiers(40), { broken: true }));
    await dispatchSources(t.app, new Date());
    await kickSourceWorker(t.app);
    const view = (await t.request({ method: 'GET', url: `/api/sources/${source.id}`, as: 'vanphong' })).json() as SourceView;
    expect(view.lastRun).toMatchObject({ trigger: 'file', status: 'succeeded', rowsCreated: 40, rowsRefused: 1 });
    expect(existsSync(join(inbox, 'ho-so-tuan-12.xlsx'))).toBe(false);
    expect(readdirSync(join(inbox, PROCESSED_DIR)).some((f) => f.endsWith('-ho-so-tuan-12.xlsx'))).toBe(true);
    expect((await problems(t, view))[0]).toMatchObject({ row: 42, field: "'Ngày tiếp nhận' (ngày tiếp nhận)" });
  });

  it('a report with a title block (header on row 4), a footer, and a file whose columns do not match', async () => {
    const preview = await sample(t, 'bao-cao.xlsx', await titledReport(fixtureDossiers(8)));
    expect(preview).toMatchObject({ headerRow: 4, headerDepth: 1 });
    expect(preview.mapping).toMatchObject({
      code: { from: 'Số hồ sơ' },
      procedureCode: { from: 'Mã thủ tục' },
      dueOn: { from: 'Hẹn trả' },
      returnedOn: { from: 'Ngày trả' },
    });
    expect(preview.preview).toHaveLength(8);
    const source = await createFileSource(t, 'bao-cao-thang', preview);
    const view = await upload(t, source.id, 'bao-cao-03.xlsx', await titledReport(fixtureDossiers(12), { broken: true }));
    expect(view.lastRun).toMatchObject({ status: 'succeeded', rowsRead: 13, rowsCreated: 12, rowsRefused: 1 });
    expect((await problems(t, view))[0]).toMatchObject({ row: 17, code: 'TEP-LOI-2', field: "'Điện thoại' (số điện thoại)" });

    // The source's report for March, typed by the Office, beside cchc's count: the refused row explains the gap.
    const bad = await t.request({
      method: 'PUT',
      url: `/api/sources/${source.id}/reported-counts/2025-03`,
      as: 'vanphong',
      payload: { received: 13, resolved: 8, onTime: 8, late: 1 },
    });
    expect(bad.statusCode).toBe(400);
    const rec = await t.request({
      method: 'PUT',
      url: `/api/sources/${source.id}/reported-counts/2025-03`,
      as: 'vanphong',
      payload: { received: 13, resolved: 8, onTime: 8, late: 0 },
    });
    expect(rec.statusCode, rec.body).toBe(200);
    expect(rec.json()).toMatchObject({ month: '2025-03', reported: { origin: 'typed' } });
    expect(rec.json().lines[0]).toEqual({
      key: 'received',
      label: 'Tiếp nhận trong tháng',
      reported: 13,
      computed: 12,
      difference: 1,
      causes: [{ code: 'TEP-LOI-2', reason: "không nhập được: 'Điện thoại' (số điện thoại): 'không có' không phải số điện thoại (8–20 chữ số)." }],
      unexplained: 0,
    });
    expect(rec.json().lines[1]).toMatchObject({ key: 'resolved', reported: 8, computed: 8, difference: 0 });

    // Another system's export: the run fails with what to fix, the Office is told, the file is set aside.
    const failed = await upload(t, source.id, 'khac-mau.xlsx', await plainTable(fixtureDossiers(3)));
    expect(failed.lastRun).toMatchObject({ status: 'failed', fileName: 'khac-mau.xlsx' });
    expect(failed.lastRun!.error).toContain("không có cột 'Số hồ sơ'");
    const notes = (await t.request({ method: 'GET', url: '/api/notifications', as: 'vanphong' })).json();
    expect(notes.items[0]).toMatchObject({ kind: 'source-run-failed', title: 'Nguồn dữ liệu "Tệp xuất bao-cao-thang" chạy không thành công' });
    expect(readdirSync(join(source.inbox!, 'loi')).some((f) => f.endsWith('-khac-mau.xlsx'))).toBe(true);
  });

  it('keeps each source to the units the actor may manage', async () => {
    const preview = await sample(t, 'bao-cao.xlsx', await titledReport(fixtureDossiers(2)));
    const source = await createFileSource(t, 'pham-vi', preview);
    // A district office's staff cannot see, run or feed it; the one-stop desk can feed it but not change it.
    expect((await t.request({ method: 'GET', url: `/api/sources/${source.id}`, as: 'pgdlechan' })).statusCode).toBe(403);
    expect((await t.request({ method: 'PATCH', url: `/api/sources/${source.id}`, as: 'motcua', payload: { name: 'Đổi tên nguồn' } })).statusCode).toBe(403);
    expect((await t.request({ method: 'PATCH', url: `/api/sources/${source.id}`, as: 'vanphong', payload: { name: 'Đổi tên nguồn' } })).json().name).toBe(
      'Đổi tên nguồn',
    );
    // A unit outside the Office's department.
    const [other] = await queryRows<{ id: number }>(
      t.database.db,
      sql`insert into org_units (code, name, type, path) values ('SGDDT-KHAC', 'Sở khác', 'department', '') returning id`,
    );
    await t.database.db.execute(sql`update org_units set path = ${`/${other.id}/`} where id = ${other.id}`);
    const res = await t.request({
      method: 'POST',
      url: '/api/sources',
      as: 'vanphong',
      payload: {
        kind: 'file',
        name: 'Nguồn ngoài phạm vi',
        code: 'ngoai',
        unitId: other.id,
        schedule: { kind: 'manual' },
        profile: { sheet: null, headerRow: 1, headerDepth: 1, mapping: preview.mapping },
      },
    });
    expect(res.statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/sources', as: 'admin' })).json().items).toHaveLength(1);
  });
});
