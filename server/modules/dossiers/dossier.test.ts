import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { multipart } from '../../../test/factories';
import { useTestApp } from '../../../test/harness';
import { queryRows } from '../../db/client';
import { computeMetric } from '../../metrics/registry';
import { importRow, seedCatalogue } from './dossier-test-data';

const t = useTestApp();

async function receive(procedureId: number, receivedOn = '2025-01-24', as = 'motcua') {
  const res = await t.request({
    method: 'POST',
    url: '/api/dossiers',
    as,
    payload: { procedureId, channel: 1, applicantName: 'Nguyễn Thị Hoa', applicantPhone: '0912 345 678', receivedOn },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function act(code: string, payload: object, as = 'motcua') {
  return t.request({ method: 'POST', url: `/api/dossiers/${code}/events`, as, payload });
}

describe('one-stop desk journey', () => {
  it('receives, pauses for a supplement, resolves late, apologises, returns and shows on the public lookup', async () => {
    const ids = await seedCatalogue(t);
    const d = await receive(ids.get('1.005088')!); // 5 working days from Fri 24/01/2025, across Tết
    expect(d.state).toBe(2);
    expect(d.dueOn).toBe('2025-02-07');
    expect(d.dueExplanation).toContain('Tết');

    expect((await act(d.code, { type: 'processing-started', on: '2025-01-24' })).statusCode).toBe(200);
    const paused = (await act(d.code, { type: 'supplement-requested', on: '2025-02-03', reason: 'Bổ sung bản sao giấy khai sinh' })).json();
    expect(paused.state).toBe(5);
    expect(paused.dueOn).toBeNull(); // the clock is stopped
    const resumed = (await act(d.code, { type: 'supplement-received', on: '2025-02-05' })).json();
    expect(resumed.dueOn > '2025-02-07').toBe(true); // moved by the waiting days

    const refused = await act(d.code, { type: 'returned', on: '2025-02-20', returnChannel: 1 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain(d.code);

    const apology = await act(d.code, {
      type: 'apology-issued',
      on: '2025-02-12',
      reason: 'Chờ xác minh sổ gốc',
      newAppointmentOn: '2025-02-20',
      signer: 'Phó Giám đốc Nguyễn Văn Hùng',
    });
    expect(apology.json().apologyIssued).toBe(true);
    const resolved = (await act(d.code, { type: 'resolved', on: '2025-02-20', digitized: true })).json();
    expect(resolved.timeliness).toBe('late');
    const returned = (await act(d.code, { type: 'returned', on: '2025-02-20', returnChannel: 1 })).json();
    expect(returned.state).toBe(10);
    expect(returned.events.map((e: { type: string }) => e.type)).toEqual([
      'received',
      'processing-started',
      'supplement-requested',
      'supplement-received',
      'apology-issued',
      'resolved',
      'returned',
    ]);

    const wrong = await t.request({ method: 'GET', url: `/api/public/dossiers/${d.code}?phone4=1111` });
    expect(wrong.statusCode).toBe(404);
    const pub = await t.request({ method: 'GET', url: `/api/public/dossiers/${d.code}?phone4=5678` });
    expect(pub.statusCode).toBe(200);
    expect(pub.json().stateLabel).toBe('Đã trả kết quả');
    expect(pub.body).not.toContain('Nguyễn Thị Hoa');
    expect(pub.body).not.toContain('0912');

    const from = '2025-02-01';
    const q = {
      unitId: t.unitId('KTKDCLGD'),
      unitPath: (await queryRows<{ path: string }>(t.database.db, sql`select path from org_units where code = 'KTKDCLGD'`))[0].path,
      from,
      to: '2025-02-28',
      asOf: '2025-03-01',
    };
    expect((await computeMetric(t.database.db, 'dossiers.late', q)).value).toBe(1);
    expect((await computeMetric(t.database.db, 'dossiers.lateApologyRate', q)).value).toBe(100);
    expect((await computeMetric(t.database.db, 'dossiers.digitizedRate', q)).value).toBe(100);

    const stats = (await t.request({ method: 'GET', url: '/api/dossiers/stats', as: 'lanhdao' })).json();
    expect(stats.months).toEqual([
      { month: '2025-01', received: 1, resolved: 0, early: 0, onTime: 0, late: 0 },
      { month: '2025-02', received: 0, resolved: 1, early: 0, onTime: 0, late: 1 },
    ]);
  });

  it('prints the receipt and the apology as Word files of Thông tư 03/2025', async () => {
    const ids = await seedCatalogue(t);
    const d = await receive(ids.get('1.001000')!, '2025-03-03');
    const receipt = await t.request({ method: 'GET', url: `/api/dossiers/${d.code}/forms/receipt`, as: 'motcua' });
    expect(receipt.statusCode).toBe(200);
    const xml = await (await JSZip.loadAsync(receipt.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(xml).toContain(d.code);
    const noApology = await t.request({ method: 'GET', url: `/api/dossiers/${d.code}/forms/apology`, as: 'motcua' });
    expect(noApology.statusCode).toBe(409);
  });

  it('measures the share of dossiers received online among those received in the period', async () => {
    const ids = await seedCatalogue(t);
    for (const [channel, receivedOn] of [
      [2, '2025-03-03'],
      [2, '2025-03-04'],
      [1, '2025-03-05'],
      [2, '2025-04-01'],
    ] as const) {
      const res = await t.request({
        method: 'POST',
        url: '/api/dossiers',
        as: 'motcua',
        payload: { procedureId: ids.get('1.005088')!, channel, applicantName: 'Trần Văn Nam', applicantPhone: '0912 000 111', receivedOn },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const path = (await queryRows<{ path: string }>(t.database.db, sql`select path from org_units where code = 'SGDDT'`))[0].path;
    const march = await computeMetric(t.database.db, 'dossiers.onlineSubmittedRate', {
      unitId: t.unitId('SGDDT'),
      unitPath: path,
      from: '2025-03-01',
      to: '2025-03-31',
      asOf: '2025-03-31',
    });
    expect(march).toMatchObject({
      numerator: 2,
      denominator: 3,
      source: 'Sổ theo dõi hồ sơ TTHC: 2/3 hồ sơ tiếp nhận được nộp trực tuyến (2025-03-01 – 2025-03-31).',
    });
    expect(march.value).toBeCloseTo(200 / 3, 9);
  });

  it('keeps dossiers of other units out of a school account and audits every step', async () => {
    const ids = await seedCatalogue(t);
    const d = await receive(ids.get('1.001000')!, '2025-03-03');
    expect((await t.request({ method: 'GET', url: `/api/dossiers/${d.code}`, as: 'truong' })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/dossiers', as: 'truong' })).json().total).toBe(0);
    expect((await t.request({ method: 'GET', url: `/api/dossiers/${d.code}`, as: 'gdtrh' })).statusCode).toBe(200);
    expect((await act(d.code, { type: 'processing-started', on: '2025-03-03' }, 'tccb')).statusCode).toBe(403); // other division
    expect((await act(d.code, { type: 'processing-started', on: '2025-03-03' }, 'gdtrh')).statusCode).toBe(200);
    const audit = await queryRows<{ action: string }>(t.database.db, sql`select action from audit_log where entity_type = 'dossier' order by id`);
    expect(audit.map((a) => a.action)).toEqual(['dossier.received', 'dossier.processing-started']);
  });
});

describe('bulk import', () => {
  it('is idempotent by dossier code and applies a later state', async () => {
    await seedCatalogue(t);
    const rows = [importRow('IMP-1'), importRow('IMP-2', { state: 10, resolvedOn: '2025-03-05', returnedOn: '2025-03-06', digitized: true })];
    const first = await t.request({ method: 'POST', url: '/api/dossiers/import', as: 'vanphong', payload: { source: 'dvc-hp', rows } });
    expect(first.json()).toEqual({ total: 2, created: 2, updated: 0, unchanged: 0 });
    const again = await t.request({ method: 'POST', url: '/api/dossiers/import', as: 'vanphong', payload: { source: 'dvc-hp', rows } });
    expect(again.json()).toEqual({ total: 2, created: 0, updated: 0, unchanged: 2 });
    const later = await t.request({
      method: 'POST',
      url: '/api/dossiers/import',
      as: 'vanphong',
      payload: { source: 'dvc-hp', rows: [importRow('IMP-1', { state: 9, resolvedOn: '2025-03-20' })] },
    });
    expect(later.json()).toEqual({ total: 1, created: 0, updated: 1, unchanged: 0 });
    const counts = await queryRows<{ n: number; events: number }>(
      t.database.db,
      sql`select (select count(*)::int from dossiers) as n, (select count(*)::int from dossier_events) as events`,
    );
    expect(counts[0]).toEqual({ n: 2, events: 3 });
    const [agg] = await queryRows<{ received: number; late: number; resolved: number }>(
      t.database.db,
      sql`select sum(received)::int as received, sum(late)::int as late, sum(resolved)::int as resolved from dossier_monthly_counts`,
    );
    expect(agg).toEqual({ received: 2, late: 1, resolved: 2 }); // IMP-1 resolved 20/03, after its due date
  });

  it('writes nothing when any row is bad, and names every bad row and column', async () => {
    await seedCatalogue(t);
    const rows = [importRow('OK-1'), importRow('BAD-1', { channel: 'fax' }), importRow('BAD-2', { procedureCode: '0.000000' })];
    const res = await t.request({ method: 'POST', url: '/api/dossiers/import', as: 'motcua', payload: { rows } });
    expect(res.statusCode).toBe(400);
    const problems = res.json().error.details.problems.map((p: { message: string }) => p.message);
    expect(problems).toContain("Dòng 2, cột 'channel': 'fax' không phải hình thức tiếp nhận (1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích).");
    expect(problems).toContain("Dòng 3, cột 'procedureCode': thủ tục '0.000000' không có trong danh mục TTHC.");
    const [n] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from dossiers`);
    expect(n.n).toBe(0);
  });

  it('reads a CSV file with Vietnamese text streamed from a multipart upload', async () => {
    await seedCatalogue(t);
    const csv =
      '\uFEFFcode,procedureCode,unitCode,applicantName,applicantPhone,channel,state,receivedOn\nCSV-1,1.005088,KTKDCLGD,Lê Thị Mai,0901234567,trực tuyến,2,03/03/2025\nCSV-2,1.001000,GDTrH,Phạm Văn Tú,0901234568,1,4,2025-03-04\n';
    const body = multipart({ source: 'csv-test' }, { name: 'ho-so.csv', bytes: Buffer.from(csv), type: 'text/csv' });
    const res = await t.request({ method: 'POST', url: '/api/dossiers/import/file', as: 'motcua', ...body });
    expect(res.json()).toEqual({ total: 2, created: 2, updated: 0, unchanged: 0 });
    const listed = (await t.request({ method: 'GET', url: '/api/dossiers?q=CSV-1', as: 'motcua' })).json();
    expect(listed.items[0]).toMatchObject({ applicantName: 'Lê Thị Mai', channel: 2, receivedOn: '2025-03-03' });
  });

  it('reads the first sheet of an Excel file, with real Excel dates, and reports a bad cell by its row', async () => {
    await seedCatalogue(t);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Hồ sơ');
    sheet.addRow([
      'code',
      'procedureCode',
      'unitCode',
      'applicantName',
      'applicantPhone',
      'channel',
      'state',
      'receivedOn',
      'resolvedOn',
      'returnedOn',
      'digitized',
    ]);
    sheet.addRow([
      'XLS-1',
      '1.005088',
      'KTKDCLGD',
      'Ngô Thị Liên',
      '0977000111',
      2,
      10,
      new Date(Date.UTC(2025, 2, 3)),
      new Date(Date.UTC(2025, 2, 5)),
      new Date(Date.UTC(2025, 2, 6)),
      'x',
    ]);
    sheet.addRow(['XLS-2', '1.005088', 'KTKDCLGD', 'Đinh Văn Sơn', '0977000112', 'fax', 4, new Date(Date.UTC(2025, 2, 4))]);
    const upload = (bytes: Buffer) =>
      t.request({ method: 'POST', url: '/api/dossiers/import/file', as: 'vanphong', ...multipart({}, { name: 'ho-so.xlsx', bytes }) });
    const bad = await upload(Buffer.from(await book.xlsx.writeBuffer()));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain("Dòng 3, cột 'channel'");
    sheet.getRow(3).getCell(6).value = 1;
    const ok = await upload(Buffer.from(await book.xlsx.writeBuffer()));
    expect(ok.json()).toEqual({ total: 2, created: 2, updated: 0, unchanged: 0 });
    const d = (await t.request({ method: 'GET', url: '/api/dossiers/XLS-1', as: 'vanphong' })).json();
    expect(d).toMatchObject({ state: 10, receivedOn: '2025-03-03', resolvedOn: '2025-03-05', digitized: true, timeliness: 'early' });
  });
});
