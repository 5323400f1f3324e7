import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { docxTables, rowByLabel } from '../../../test/docx-tables';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTestApp, type TestContext } from '../../../test/harness';
import { renderDocxToPdf } from '../../../test/libreoffice';
import { reportSubmissions } from '../../db/schema/index';
import { sendReportReminders } from './report-reminders';
import { DEFAULT_TEMPLATE } from './report-template';
import * as clock from '../../clock';

const t = useTestApp();

async function publishTemplate(t: TestContext): Promise<number> {
  const res = await t.request({ method: 'POST', url: '/api/reports/templates', as: 'vanphong', payload: DEFAULT_TEMPLATE });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function openWindow(t: TestContext, kind: string, year: number, units: string[], dates: { opensOn?: string; deadline?: string } = {}): Promise<number> {
  const templateId = await publishTemplate(t);
  const res = await t.request({
    method: 'POST',
    url: '/api/reports/windows',
    as: 'vanphong',
    payload: { kind, year, templateId, unitIds: units.map((u) => t.unitId(u)), ...dates },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/** A report sent on a given date, written straight to the table (the API always sends "today"). */
async function sentOn(
  t: TestContext,
  windowId: number,
  unit: string,
  date: string,
  values: Record<string, number | null> = {},
  texts: Record<string, string> = {},
) {
  await t.database.db.insert(reportSubmissions).values({
    windowId,
    unitId: t.unitId(unit),
    status: 'submitted',
    submittedAt: date,
    firstSubmittedAt: date,
    values,
    texts,
    history: [{ status: 'submitted', on: date }],
  });
}

const sub = (windowId: number, t: TestContext, unit: string) => `/api/reports/windows/${windowId}/units/${t.unitId(unit)}`;

describe('reporting windows', () => {
  it('classifies units as on time, late and missing and computes the rates', async () => {
    const windowId = await openWindow(t, 'quarter-3', 2025, ['THPT-TP', 'PGD-LC', 'THPT-NQ']);
    await sentOn(t, windowId, 'PGD-LC', '2025-09-05');
    // Sent today, long after the 10/09/2025 deadline.
    expect((await t.request({ method: 'POST', url: `${sub(windowId, t, 'THPT-TP')}/submit`, as: 'truong' })).statusCode).toBe(200);
    const board = (await t.request({ method: 'GET', url: `/api/reports/windows/${windowId}/board`, as: 'vanphong' })).json();
    expect(board.deadline).toBe('2025-09-10');
    expect(board.counts).toEqual({ 'on-time': 1, late: 1, missing: 1, 'not-yet-due': 0 });
    expect(board.reportingRate).toBeCloseTo(2 / 3);
    expect(board.onTimeRate).toBeCloseTo(1 / 3);
    const byName = Object.fromEntries(board.rows.map((r: { unitName: string; status: string }) => [r.unitName, r.status]));
    expect(byName).toEqual({ 'Phòng Giáo dục và Đào tạo quận Lê Chân': 'on-time', 'Trường THPT Trần Phú': 'late', 'Trường THPT Ngô Quyền': 'missing' });
  });

  it('counts a report sent before a future deadline as on time and the others as not yet due', async () => {
    const year = clock.currentYear() + 1;
    const windowId = await openWindow(t, 'quarter-1', year, ['THPT-TP', 'THPT-NQ']);
    await t.request({ method: 'POST', url: `${sub(windowId, t, 'THPT-TP')}/submit`, as: 'truong' });
    const board = (await t.request({ method: 'GET', url: `/api/reports/windows/${windowId}/board`, as: 'vanphong' })).json();
    expect(board.counts).toEqual({ 'on-time': 1, late: 0, missing: 0, 'not-yet-due': 1 });
  });

  it('refuses a second window of the same kind and year, naming the year', async () => {
    await openWindow(t, 'yearly', 2025, ['THPT-TP']);
    const templateId = await publishTemplate(t);
    const res = await t.request({
      method: 'POST',
      url: '/api/reports/windows',
      as: 'vanphong',
      payload: { kind: 'yearly', year: 2025, templateId, unitIds: [t.unitId('THPT-TP')] },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('2025');
  });

  it('versions templates: publishing the same code again makes version 2', async () => {
    await publishTemplate(t);
    const res = await t.request({
      method: 'POST',
      url: '/api/reports/templates',
      as: 'vanphong',
      payload: { ...DEFAULT_TEMPLATE, name: 'Báo cáo CCHC (sửa đổi)' },
    });
    expect(res.json().version).toBe(2);
  });

  it('reminds units that have not sent, once before and once after the deadline', async () => {
    const windowId = await openWindow(t, 'six-month', 2025, ['THPT-TP', 'THPT-NQ']);
    await sentOn(t, windowId, 'THPT-NQ', '2025-06-02');
    expect(await sendReportReminders(t.database.db, '2025-06-08')).toBe(1);
    expect(await sendReportReminders(t.database.db, '2025-06-09')).toBe(0);
    expect(await sendReportReminders(t.database.db, '2025-06-11')).toBe(1);
    const inbox = (await t.request({ method: 'GET', url: '/api/notifications', as: 'truong' })).json();
    const titles = (Array.isArray(inbox) ? inbox : inbox.items).map((n: { title: string }) => n.title);
    expect(titles).toEqual(
      expect.arrayContaining(['Báo cáo CCHC 6 tháng năm 2025: hạn gửi 10/06/2025', 'Báo cáo CCHC 6 tháng năm 2025: đã quá hạn, đơn vị chưa gửi']),
    );
  });
});

describe('a unit report through its workflow', () => {
  it('saves, sends, is returned with a comment, is corrected, approved and locked', async () => {
    const windowId = await openWindow(t, 'quarter-3', 2025, ['THPT-TP']);
    const url = sub(windowId, t, 'THPT-TP');
    const saved = await t.request({
      method: 'PUT',
      url,
      as: 'truong',
      payload: { texts: { 'chi-dao': 'Đã ban hành kế hoạch.' }, values: { directiveDocs: 4 } },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ status: 'draft', editable: true, values: { directiveDocs: 4 } });
    expect((await t.request({ method: 'POST', url: `${url}/submit`, as: 'truong' })).json().status).toBe('submitted');
    const tooShort = await t.request({ method: 'POST', url: `${url}/return`, as: 'vanphong', payload: { comment: '' } });
    expect(tooShort.statusCode).toBe(400);
    const returned = await t.request({ method: 'POST', url: `${url}/return`, as: 'vanphong', payload: { comment: 'Bổ sung số văn bản chỉ đạo quý III.' } });
    expect(returned.json()).toMatchObject({ status: 'returned', returnComment: 'Bổ sung số văn bản chỉ đạo quý III.', editable: true });
    const inbox = (await t.request({ method: 'GET', url: '/api/notifications', as: 'truong' })).json();
    expect(JSON.stringify(inbox)).toContain('trả lại để chỉnh sửa');
    await t.request({ method: 'PUT', url, as: 'truong', payload: { texts: {}, values: { directiveDocs: 6 } } });
    await t.request({ method: 'POST', url: `${url}/submit`, as: 'truong' });
    const approved = await t.request({ method: 'POST', url: `${url}/approve`, as: 'vanphong' });
    expect(approved.json()).toMatchObject({ status: 'approved', editable: false, values: { directiveDocs: 6 } });
    expect(approved.json().history.map((h: { status: string }) => h.status)).toEqual(['submitted', 'returned', 'submitted', 'approved']);
    const locked = await t.request({ method: 'PUT', url, as: 'truong', payload: { texts: {}, values: { directiveDocs: 7 } } });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toContain('đã được phê duyệt và khóa');
  });

  it('names the indicator when a value is out of range', async () => {
    const windowId = await openWindow(t, 'quarter-3', 2025, ['THPT-TP']);
    const res = await t.request({ method: 'PUT', url: sub(windowId, t, 'THPT-TP'), as: 'truong', payload: { texts: {}, values: { cashlessRate: 120 } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('Tỷ lệ thu học phí không dùng tiền mặt');
  });
});

describe('who may see and act on reports', () => {
  it('lets units see only their own submissions and only the Office approve', async () => {
    const windowId = await openWindow(t, 'quarter-3', 2025, ['THPT-TP', 'PGD-LC', 'THCS-CVA']);
    await t.request({ method: 'POST', url: `${sub(windowId, t, 'THPT-TP')}/submit`, as: 'truong' });
    expect((await t.request({ method: 'GET', url: sub(windowId, t, 'PGD-LC'), as: 'truong' })).statusCode).toBe(403);
    // A district office sees its schools' reports, not the department's high schools'.
    expect((await t.request({ method: 'GET', url: sub(windowId, t, 'THCS-CVA'), as: 'pgdlechan' })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: sub(windowId, t, 'THPT-TP'), as: 'pgdlechan' })).statusCode).toBe(403);
    const board = (await t.request({ method: 'GET', url: `/api/reports/windows/${windowId}/board`, as: 'truong' })).json();
    expect(board.rows.map((r: { unitName: string }) => r.unitName)).toEqual(['Trường THPT Trần Phú']);
    for (const who of ['truong', 'pgdlechan', 'lanhdao', 'admin', 'gdtrh']) {
      expect((await t.request({ method: 'POST', url: `${sub(windowId, t, 'THPT-TP')}/approve`, as: who })).statusCode, who).toBe(403);
    }
    // The Office reviews but does not write a school's report for it.
    expect((await t.request({ method: 'PUT', url: sub(windowId, t, 'PGD-LC'), as: 'vanphong', payload: { texts: {}, values: {} } })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: `${sub(windowId, t, 'THPT-TP')}/approve`, as: 'vanphong' })).statusCode).toBe(200);
  });
});

describe('the department roll-up', () => {
  async function threeUnits() {
    const windowId = await openWindow(t, 'quarter-3', 2025, ['THPT-TP', 'THPT-NQ', 'PGD-LC', 'THCS-CVA']);
    // Worked figures: THPT-TP (Lê Chân) 4 docs, 80%; THPT-NQ (Ngô Quyền) 6 docs, 90%; PGD-LC (Lê Chân) 10 docs, blank rate.
    await sentOn(t, windowId, 'THPT-TP', '2025-09-05', { directiveDocs: 4, cashlessRate: 80, planIssued: 1 }, { 'chi-dao': 'Trần Phú đã ban hành kế hoạch.' });
    await sentOn(t, windowId, 'THPT-NQ', '2025-09-06', { directiveDocs: 6, cashlessRate: 90, planIssued: 0 });
    await sentOn(t, windowId, 'PGD-LC', '2025-09-07', { directiveDocs: 10, cashlessRate: null, planIssued: 1 }, { 'chi-dao': 'Lê Chân chỉ đạo các trường.' });
    return windowId;
  }

  it('sums and averages the units’ indicators overall, per unit type and per district, and lists who is missing', async () => {
    const windowId = await threeUnits();
    const agg = (await t.request({ method: 'GET', url: `/api/reports/windows/${windowId}/aggregate`, as: 'vanphong' })).json();
    expect(agg.unitsCounted).toBe(3);
    expect(agg.missingUnits.map((u: { unitName: string }) => u.unitName)).toEqual(['Trường THCS Chu Văn An']);
    const ind = Object.fromEntries(agg.indicators.map((i: { key: string }) => [i.key, i]));
    expect(ind.directiveDocs.overall).toEqual({ value: 20, reported: 3, units: 3 });
    expect(ind.cashlessRate.overall).toEqual({ value: 85, reported: 2, units: 3 });
    expect(ind.planIssued.overall.value).toBe(2);
    expect(ind.directiveDocs.byDistrict).toEqual([
      { district: 'Lê Chân', value: 14, reported: 2, units: 2 },
      { district: 'Ngô Quyền', value: 6, reported: 1, units: 1 },
    ]);
    expect(ind.directiveDocs.byUnitType).toEqual([
      { unitType: 'district_office', value: 10, reported: 1, units: 1 },
      { unitType: 'school', value: 10, reported: 2, units: 2 },
    ]);
    expect(ind.cashlessRate.missingUnits).toEqual(['Phòng Giáo dục và Đào tạo quận Lê Chân']);
    const chiDao = agg.sections.find((s: { key: string }) => s.key === 'chi-dao');
    expect(chiDao.unitTexts.map((u: { unitName: string }) => u.unitName)).toEqual(['Phòng Giáo dục và Đào tạo quận Lê Chân', 'Trường THPT Trần Phú']);
    expect((await t.request({ method: 'GET', url: `/api/reports/windows/${windowId}/aggregate`, as: 'truong' })).statusCode).toBe(403);
  });

  it('writes the department report in Word (Nghị định 30 layout) and the table in Excel', async () => {
    const windowId = await threeUnits();
    await t.request({
      method: 'PUT',
      url: `/api/reports/windows/${windowId}/office-texts`,
      as: 'vanphong',
      payload: { texts: { 'chi-dao': 'Sở đã chỉ đạo các đơn vị triển khai kế hoạch CCHC quý III.' } },
    });
    const docx = await t.request({
      method: 'GET',
      url: `/api/reports/windows/${windowId}/export.docx?number=25/BC-SGDĐT&date=2025-09-12&signerName=Nguyễn Văn A`,
      as: 'vanphong',
    });
    expect(docx.statusCode, docx.body).toBe(200);
    expect(docx.headers['content-disposition']).toContain('.docx');
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    for (const text of [
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'Số: 25/BC-SGDĐT',
      'Hải Phòng, ngày 12 tháng 9 năm 2025',
      'BÁO CÁO',
      'Sở đã chỉ đạo các đơn vị triển khai kế hoạch CCHC quý III.',
      'Nguyễn Văn A',
    ]) {
      expect(xml).toContain(`>${text}<`);
    }
    expect(xml).toContain('>Số văn bản chỉ đạo, điều hành về CCHC đã ban hành<');
    expect(xml).toContain('>85%<');
    expect(xml).toContain('Trường THCS Chu Văn An');
    const xlsx = await t.request({ method: 'GET', url: `/api/reports/windows/${windowId}/export.xlsx`, as: 'vanphong' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Tổng hợp')!;
    const rows = sheet
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    const docs = rows.find((r) => r[1] === 'Số văn bản chỉ đạo, điều hành về CCHC đã ban hành')!;
    expect(docs[4]).toBe(20);
    expect(docs[5]).toBe('3/3');
    expect(book.getWorksheet('Chưa gửi')!.getCell('A2').value).toBe('Trường THCS Chu Văn An');
  });

  it('renders the department report from the route to PDF with LibreOffice: issuer, title, the units’ figures, signature', async () => {
    const windowId = await threeUnits();
    const docx = await t.request({
      method: 'GET',
      url: `/api/reports/windows/${windowId}/export.docx?number=25/BC-SGDĐT&date=2025-09-12&signerName=Nguyễn Văn A`,
      as: 'vanphong',
    });
    expect(docx.statusCode, docx.body).toBe(200);
    const pdf = renderDocxToPdf(docx.rawPayload, 'bao-cao-tong-hop');
    expect(pdf.info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    // A quarter's report of four units is a page or two, not a blank or runaway document; page numbers start on page 2.
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.pages).toBeLessThanOrEqual(3);
    if (pdf.pages > 1) expect(pdf.text({ first: 2, last: 2 }).trim().split('\n')[0]?.trim()).toBe('2');
    expect(pdf.fonts()).toMatch(/TimesNewRoman|Times New Roman|LiberationSerif/);
    // The rendered PDF says what the report says (text flattened: line breaks depend on fonts, not on the report).
    const flat = pdf.text().replace(/\s+/g, ' ');
    for (const text of [
      'UBND THÀNH PHỐ HẢI PHÒNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 25/BC-SGDĐT',
      'Hải Phòng, ngày 12 tháng 9 năm 2025',
    ]) {
      expect(flat).toContain(text);
    }
    expect(flat).toContain('BÁO CÁO Kết quả công tác cải cách hành chính quý III năm 2025 của Sở Giáo dục và Đào tạo');
    expect(flat).toContain('Tổng hợp từ báo cáo của 3/4 đơn vị phải báo cáo.');
    expect(flat).toContain('Trường THPT Trần Phú: Trần Phú đã ban hành kế hoạch.');
    expect(flat).toContain('Đơn vị chưa gửi báo cáo: Trường THCS Chu Văn An.');
    const last = pdf.text({ first: pdf.pages, last: pdf.pages }).replace(/\s+/g, ' ');
    for (const text of ['Nơi nhận:', '- UBND thành phố (để b/c);', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn A']) expect(last).toContain(text);

    // Which text stands beside which, and the worked figures, are read per table cell from the Word file itself:
    // how a renderer wraps a cell ("Số đơn vị" / "có") depends on the fonts and the LibreOffice build.
    const tables = await docxTables(docx.rawPayload);
    expect(tables[0]).toEqual([
      [
        'UBND THÀNH PHỐ HẢI PHÒNG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 25/BC-SGDĐT',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHải Phòng, ngày 12 tháng 9 năm 2025',
      ],
    ]);
    expect(tables[1][0]).toEqual(['STT', 'Chỉ tiêu', 'Cách tổng hợp', 'Kết quả', 'Số đơn vị báo cáo']);
    // The three units' figures: 4 + 6 + 10 documents, (80 + 90) / 2 %, 2 units with a plan.
    expect(rowByLabel(tables, 'Số văn bản chỉ đạo, điều hành về CCHC đã ban hành').slice(2)).toEqual(['Tổng', '20', '3/3']);
    expect(rowByLabel(tables, 'Tỷ lệ thu học phí không dùng tiền mặt').slice(2)).toEqual(['Trung bình', '85%', '2/3']);
    expect(rowByLabel(tables, 'Đã ban hành kế hoạch CCHC năm (1 = có, 0 = không)').slice(2)).toEqual(['Số đơn vị có', '2', '3/3']);
    const signature = tables.at(-1)!;
    expect(signature[0][0]).toMatch(/^Nơi nhận:\n- UBND thành phố \(để b\/c\);/);
    expect(signature[0][1]).toMatch(/^KT\. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n[\s\S]*Nguyễn Văn A$/);
    const png = pdf.firstPagePng();
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    console.info(`department report's first page rendered to ${png}`);
  }, 120_000);
});
