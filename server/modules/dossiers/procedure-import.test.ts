import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Procedure, ProcedureImportReport } from '../../../contracts/dossiers';
import { multipart } from '../../../test/factories';
import { useTestApp } from '../../../test/harness';
import { queryRows } from '../../db/client';
import { seedCatalogue } from './dossier-test-data';

const t = useTestApp();

function upload(bytes: Buffer, apply: boolean, as = 'vanphong') {
  return t.request({ method: 'POST', url: '/api/procedures/import', as, ...multipart({ apply: String(apply) }, { name: 'danh-muc.xlsx', bytes }) });
}

/** The exported catalogue, opened for editing. */
async function exported(): Promise<ExcelJS.Workbook> {
  const res = await t.request({ method: 'GET', url: '/api/procedures/export', as: 'vanphong' });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return book;
}
const bytes = async (book: ExcelJS.Workbook) => Buffer.from(await book.xlsx.writeBuffer());
const count = async (what: string) => (await queryRows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${what}`)))[0].n;

describe('procedure catalogue import', () => {
  it('reads back its own export unchanged, previews a change and a new row, then writes both with audit', async () => {
    await seedCatalogue(t);
    const book = await exported();
    const same = (await upload(await bytes(book), false)).json<ProcedureImportReport>();
    expect(same.problems).toEqual([]);
    expect(same.rows.every((r) => r.action === 'unchanged')).toBe(true);

    const sheet = book.getWorksheet('Danh mục TTHC')!;
    const row2 = sheet.getRow(2);
    const changedCode = String(row2.getCell(1).value);
    row2.getCell(6).value = 20000; // fee
    sheet.addRow([
      '9.000001',
      'Cấp giấy xác nhận hoàn thành chương trình',
      'Văn bằng, chứng chỉ',
      'Tỉnh',
      '3 ngày làm việc',
      0,
      'Một phần',
      '',
      '',
      'KTKDCLGD',
      '1, 2',
      'Có',
    ]);
    const preview = (await upload(await bytes(book), false)).json<ProcedureImportReport>();
    expect(preview.applied).toBe(false);
    expect(preview.rows.filter((r) => r.action !== 'unchanged')).toEqual([
      { row: 2, code: changedCode, name: String(row2.getCell(2).value), action: 'update' },
      { row: sheet.rowCount, code: '9.000001', name: 'Cấp giấy xác nhận hoàn thành chương trình', action: 'create' },
    ]);
    expect(await count("procedures where code = '9.000001'")).toBe(0); // a preview writes nothing

    const applied = (await upload(await bytes(book), true)).json<ProcedureImportReport>();
    expect(applied.applied).toBe(true);
    const list = (await t.request({ method: 'GET', url: '/api/procedures', as: 'vanphong' })).json<Procedure[]>();
    expect(list.find((p) => p.code === changedCode)!.fee).toBe(20000);
    expect(list.find((p) => p.code === '9.000001')).toMatchObject({
      workingDays: 3,
      onlineLevel: 'partial',
      channels: [1, 2],
      unitId: t.unitId('KTKDCLGD'),
      published: true,
    });
    expect(await count("audit_log where action in ('procedure.created', 'procedure.updated')")).toBe(2);
  });

  it('names every bad cell by row and column and writes nothing when one row is wrong', async () => {
    await seedCatalogue(t);
    const book = await exported();
    const sheet = book.getWorksheet('Danh mục TTHC')!;
    sheet.getRow(2).getCell(6).value = 777; // a good change that must not be written
    sheet.getRow(3).getCell(5).value = 'sớm';
    sheet.getRow(4).getCell(10).value = 'KHONG-CO';
    sheet.addRow([
      String(sheet.getRow(5).getCell(1).value),
      'Bản trùng mã',
      'Văn bằng, chứng chỉ',
      'Tỉnh',
      '3 ngày làm việc',
      0,
      'Một phần',
      '',
      '',
      'KTKDCLGD',
      '1',
      'Có',
    ]);
    const preview = (await upload(await bytes(book), false)).json<ProcedureImportReport>();
    expect(preview.problems.map((p) => p.message)).toEqual([
      'Dòng 3, cột \'Thời hạn\': "sớm" không phải thời hạn; ghi ví dụ "5 ngày làm việc" hoặc "8 giờ làm việc".',
      'Dòng 4, cột \'Mã đơn vị\': không có đơn vị "KHONG-CO".',
      `Dòng ${sheet.rowCount}, cột 'Mã TTHC': mã ${String(sheet.getRow(5).getCell(1).value)} trùng với dòng 5.`,
    ]);
    const refused = await upload(await bytes(book), true);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('3 lỗi, chưa ghi thủ tục nào');
    expect(await count('procedures where fee = 777')).toBe(0);
    expect((await upload(Buffer.from('không phải excel'), false)).statusCode).toBe(400);
  });

  it('round-trips online payment and full-online eligibility, names bad cells, and keeps them when an older file lacks the columns', async () => {
    await seedCatalogue(t);
    const book = await exported();
    const sheet = book.getWorksheet('Danh mục TTHC')!;
    expect((sheet.getRow(1).values as unknown[]).slice(13)).toEqual(['Thanh toán trực tuyến', 'Đủ điều kiện toàn trình']);
    const rowOf = (code: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((r) => {
        if (String(r.getCell(1).value) === code) found = r;
      });
      return found!;
    };
    const flags = (code: string) => [rowOf(code).getCell(13).value, rowOf(code).getCell(14).value];
    expect(flags('2.001914')).toEqual(['Có', 'Có']); // fee, paid online
    expect(flags('1.005108')).toEqual(['Không', 'Có']); // fee, paid at the school
    expect(flags('1.005092')).toEqual(['', 'Có']); // free: nothing to pay
    expect(flags('1.004475')).toEqual(['', 'Không']); // founding a school needs the applicant in person

    rowOf('1.005108').getCell(13).value = 'Có';
    rowOf('1.005088').getCell(14).value = 'Không';
    const applied = (await upload(await bytes(book), true)).json<ProcedureImportReport>();
    expect(
      applied.rows
        .filter((r) => r.action === 'update')
        .map((r) => r.code)
        .sort(),
    ).toEqual(['1.005088', '1.005108']);
    const list = (await t.request({ method: 'GET', url: '/api/procedures', as: 'vanphong' })).json<Procedure[]>();
    expect(list.find((p) => p.code === '1.005108')!.onlinePayment).toBe(true);
    expect(list.find((p) => p.code === '1.005088')!.fullyOnlineEligible).toBe(false);

    rowOf('1.005092').getCell(13).value = 'Có';
    rowOf('1.001622').getCell(14).value = 'Không';
    rowOf('2.001914').getCell(13).value = 'chưa rõ';
    const bad = (await upload(await bytes(book), false)).json<ProcedureImportReport>();
    expect(bad.problems.map((p) => [p.row, p.column])).toEqual(
      [
        [rowOf('1.005092').number, 'Thanh toán trực tuyến'],
        [rowOf('2.001914').number, 'Thanh toán trực tuyến'],
        [rowOf('1.001622').number, 'Đủ điều kiện toàn trình'],
      ].sort((a, b) => Number(a[0]) - Number(b[0])),
    );
    expect(bad.problems.map((p) => p.message).join('\n')).toContain('"chưa rõ" phải là Có, Không hoặc để trống');

    // A file exported before these columns existed changes nothing: the stored flags stay.
    const older = await exported();
    older.getWorksheet('Danh mục TTHC')!.spliceColumns(13, 2);
    const same = (await upload(await bytes(older), true)).json<ProcedureImportReport>();
    expect(same.problems).toEqual([]);
    expect(same.rows.every((r) => r.action === 'unchanged')).toBe(true);
    // …and a change of level that contradicts a stored flag is named although the column is absent.
    const oldSheet = older.getWorksheet('Danh mục TTHC')!;
    oldSheet.eachRow((r) => {
      if (String(r.getCell(1).value) === '1.005088') r.getCell(7).value = 'Toàn trình';
    });
    const clash = (await upload(await bytes(older), false)).json<ProcedureImportReport>();
    expect(clash.problems.map((p) => p.message)).toEqual([
      expect.stringContaining("cột 'Đủ điều kiện toàn trình' (không có trong tệp, giữ giá trị đang lưu): thủ tục đang cung cấp trực tuyến toàn trình"),
    ]);
  });

  it('refuses by form online payment of a free procedure', async () => {
    const ids = await seedCatalogue(t);
    const id = ids.get('1.005092')!;
    const current = (await t.request({ method: 'GET', url: '/api/procedures', as: 'vanphong' })).json<Procedure[]>().find((p) => p.id === id)!;
    const { id: _id, active: _active, ...body } = current;
    const res = await t.request({ method: 'PUT', url: `/api/procedures/${id}`, as: 'vanphong', payload: { ...body, onlinePayment: true } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('Thủ tục không thu phí, lệ phí thì không có thanh toán trực tuyến; ghi Không hoặc nhập số tiền phí.');
    const paid = await t.request({ method: 'PUT', url: `/api/procedures/${id}`, as: 'vanphong', payload: { ...body, fee: 10000, onlinePayment: true } });
    expect(paid.json<Procedure>()).toMatchObject({ fee: 10000, onlinePayment: true });
  });

  it('edits one procedure by form, in scope only, with audit', async () => {
    const ids = await seedCatalogue(t);
    const id = ids.get('1.005088')!;
    const current = (await t.request({ method: 'GET', url: '/api/procedures', as: 'vanphong' })).json<Procedure[]>().find((p) => p.id === id)!;
    const { id: _id, active: _active, ...body } = current;
    const ok = await t.request({ method: 'PUT', url: `/api/procedures/${id}`, as: 'vanphong', payload: { ...body, workingDays: 4 } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<Procedure>().workingDays).toBe(4);
    const both = await t.request({ method: 'PUT', url: `/api/procedures/${id}`, as: 'vanphong', payload: { ...body, workingHours: 8 } });
    expect(both.statusCode).toBe(400);
    expect((await t.request({ method: 'PUT', url: `/api/procedures/${id}`, as: 'motcua', payload: body })).statusCode).toBe(403);
    expect(await count("audit_log where action = 'procedure.updated'")).toBe(1);
  });
});
