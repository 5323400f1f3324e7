import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildFeedback } from '../../../test/factories';
import { useTestApp } from '../../../test/harness';
import { auditLog, feedback, files, notifications } from '../../db/schema/index';
import { computeMetric } from '../../metrics/registry';
import { addDays } from '../../../domain/time/iso-date';
import * as clock from '../../clock';
import { multipartBody, pngBytes } from './citizen.test-support';
import { remindFeedbackDeadlines } from './feedback.reminders';

const t = useTestApp();

async function sendPublicFeedback(extra: Record<string, string> = {}, attachments: Array<{ name: string; bytes: Buffer }> = []) {
  const body = multipartBody(
    {
      subjectKind: 'procedure',
      subjectRef: 'Cấp bản sao văn bằng',
      title: 'Chậm trả bản sao bằng tốt nghiệp',
      content: 'Tôi nộp hồ sơ đã 10 ngày chưa nhận được.',
      ...extra,
    },
    attachments,
  );
  return t.request({ method: 'POST', url: '/api/public/feedback', ...body });
}

describe('feedback from the public form to the published answer', () => {
  it('takes a citizen feedback with a photo, routes it to a school, which answers, and publishes it', async () => {
    const sent = await sendPublicFeedback({ senderName: 'Nguyễn Văn A' }, [{ name: 'anh.png', bytes: await pngBytes() }]);
    expect(sent.statusCode, sent.body).toBe(201);
    const { code } = sent.json();
    expect(code).toMatch(/^PAKN-\d{4}-[A-Z0-9]{6}$/);
    const [row] = await t.database.db.select().from(feedback).where(eq(feedback.code, code));
    expect(row.attachmentIds).toHaveLength(1);
    const [file] = await t.database.db.select().from(files).where(eq(files.id, row.attachmentIds[0]));
    expect(file).toMatchObject({ mime: 'image/png', unitId: t.unitId('SGDDT'), uploadedBy: null });

    // Before routing, the school sees nothing of it; the Office does.
    expect((await t.request({ method: 'GET', url: '/api/feedback', as: 'truong' })).json().total).toBe(0);
    expect((await t.request({ method: 'GET', url: `/api/feedback/${row.id}`, as: 'truong' })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/feedback', as: 'vanphong' })).json().items.map((f: { code: string }) => f.code)).toContain(code);

    const routed = await t.request({
      method: 'POST',
      url: `/api/feedback/${row.id}/route`,
      as: 'vanphong',
      payload: { unitId: t.unitId('THPT-TP'), note: 'Trường kiểm tra, trả lời.' },
    });
    expect(routed.statusCode, routed.body).toBe(200);
    expect(routed.json()).toMatchObject({ status: 'routed', assignedUnitId: t.unitId('THPT-TP') });

    // Now the school sees it, a district office does not.
    expect((await t.request({ method: 'GET', url: '/api/feedback', as: 'truong' })).json().total).toBe(1);
    // The school reaches the citizen's photo through the feedback, the district office does not.
    const photo = await t.request({ method: 'GET', url: `/api/feedback/${row.id}/attachments/${file.id}`, as: 'truong' });
    expect([photo.statusCode, photo.headers['content-type']]).toEqual([200, 'image/png']);
    expect(photo.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    expect((await t.request({ method: 'GET', url: `/api/feedback/${row.id}/attachments/${file.id}`, as: 'pgdlechan' })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: `/api/feedback/${row.id}`, as: 'pgdlechan' })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: `/api/feedback/${row.id}/answer`, as: 'pgdlechan', payload: { answer: 'x' } })).statusCode).toBe(403);

    const answered = await t.request({
      method: 'POST',
      url: `/api/feedback/${row.id}/answer`,
      as: 'truong',
      payload: { answer: 'Nhà trường đã trả bản sao ngày hôm nay.' },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().publishBy).not.toBeNull();

    // Not published yet: the citizen does not see the answer.
    expect((await t.request({ method: 'GET', url: `/api/public/feedback/${code}` })).json().publishedAnswer).toBeNull();
    expect((await t.request({ method: 'POST', url: `/api/feedback/${row.id}/publish`, as: 'truong' })).statusCode).toBe(403);
    const published = await t.request({ method: 'POST', url: `/api/feedback/${row.id}/publish`, as: 'vanphong' });
    expect(published.statusCode, published.body).toBe(200);

    const followed = (await t.request({ method: 'GET', url: `/api/public/feedback/${code.toLowerCase()}` })).json();
    expect(followed).toMatchObject({ status: 'published', publishedAnswer: 'Nhà trường đã trả bản sao ngày hôm nay.', handlingUnit: expect.any(String) });
    expect(followed.history.map((h: { kind: string }) => h.kind)).toEqual(['received', 'routed', 'answered', 'published']);
    // The staff note on routing stays internal.
    expect(JSON.stringify(followed)).not.toContain('Trường kiểm tra');
    expect(JSON.stringify(followed)).not.toContain('Nguyễn Văn A');

    const actions = (await t.database.db.select().from(auditLog).where(eq(auditLog.entityType, 'feedback'))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['feedback.received', 'feedback.routed', 'feedback.answered', 'feedback.published']));
    const notes = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.unitId, t.unitId('THPT-TP')));
    expect(notes.map((n) => n.kind)).toContain('feedback.routed');
  });

  it('refuses a file that is not an accepted type and stores nothing', async () => {
    const res = await sendPublicFeedback({}, [{ name: 'virus.exe', bytes: Buffer.from('MZ\x90\x00binary-content\x00\x01\x02') }]);
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toContain('virus.exe');
    expect(await t.database.db.select().from(feedback)).toHaveLength(0);
    expect(await t.database.db.select().from(files)).toHaveLength(0);
  });

  it('names the missing field in Vietnamese and turns away a filled honeypot', async () => {
    const missing = await t.request({ method: 'POST', url: '/api/public/feedback', ...multipartBody({ subjectKind: 'procedure', title: 'Tiêu đề' }) });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.fields[0]).toEqual({ field: 'content', message: expect.stringContaining('nội dung') });
    const robot = await sendPublicFeedback({ website: 'http://spam.example' });
    expect(robot.statusCode).toBe(400);
    expect(await t.database.db.select().from(feedback)).toHaveLength(0);
  });

  it('answers 404 with a hint for an unknown code and 400 for a malformed one', async () => {
    expect((await t.request({ method: 'GET', url: '/api/public/feedback/PAKN-2026-ZZZZZZ' })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/public/feedback/abc' })).statusCode).toBe(400);
  });
});

describe('feedback registered by staff, deadlines and reminders', () => {
  it('registers a phone call with deadlines from the calendar and lists it as overdue later', async () => {
    const receivedOn = addDays(clock.today(), -40);
    const created = await buildFeedback(t, { subjectKind: 'officer', title: 'Thái độ cán bộ', content: 'Công dân phản ánh qua điện thoại.', receivedOn });
    expect(created).toMatchObject({ channel: 'phone', status: 'received', timeliness: 'overdue' });
    expect(created.refuseBy < created.requestMoreBy && created.requestMoreBy < created.handleBy).toBe(true);

    const overdue = await t.request({ method: 'GET', url: '/api/feedback?due=overdue', as: 'vanphong' });
    expect(overdue.json().items.map((f: { id: number }) => f.id)).toEqual([created.id]);
    expect((await t.request({ method: 'GET', url: '/api/feedback?due=at-risk', as: 'vanphong' })).json().total).toBe(0);

    const first = await remindFeedbackDeadlines(t.app, new Date());
    const second = await remindFeedbackDeadlines(t.app, new Date());
    // Unrouted after 40 days: the refusal, ask-for-more and handling deadlines have all passed.
    expect([first, second]).toEqual([3, 0]);
    const [note] = await t.database.db.select().from(notifications).where(eq(notifications.kind, 'feedback.overdue'));
    expect(note.unitId).toBe(t.unitId('SGDDT'));
  });

  it('refuses a step out of order with a message that names the state', async () => {
    const created = await buildFeedback(t, { as: 'vanphong', channel: 'email', subjectKind: 'other', title: 'Hỏi lịch thi', content: 'Nội dung' });
    const publish = await t.request({ method: 'POST', url: `/api/feedback/${created.id}/publish`, as: 'vanphong' });
    expect(publish.statusCode).toBe(409);
    expect(publish.json().error.message).toContain('Mới tiếp nhận');
    const refused = await t.request({
      method: 'POST',
      url: `/api/feedback/${created.id}/refuse`,
      as: 'vanphong',
      payload: { reason: 'Không thuộc thẩm quyền của Sở.' },
    });
    expect(refused.json()).toMatchObject({ status: 'refused', timeliness: 'on-time' });
    const followed = (await t.request({ method: 'GET', url: `/api/public/feedback/${created.code}` })).json();
    expect(followed.refusedReason).toBe('Không thuộc thẩm quyền của Sở.');
  });

  it('counts received, handled, on time and published for the metrics and exports the register to Excel', async () => {
    const create = (title: string) =>
      t.request({ method: 'POST', url: '/api/feedback', as: 'vanphong', payload: { channel: 'paper', subjectKind: 'procedure', title, content: 'Nội dung' } });
    const a = (await create('Một')).json();
    await create('Hai');
    await t.request({ method: 'POST', url: `/api/feedback/${a.id}/route`, as: 'vanphong', payload: { unitId: t.unitId('GDTrH') } });
    await t.request({ method: 'POST', url: `/api/feedback/${a.id}/answer`, as: 'gdtrh', payload: { answer: 'Đã xử lý.' } });
    await t.request({ method: 'POST', url: `/api/feedback/${a.id}/publish`, as: 'lanhdao' });
    const root = await t.request({ method: 'GET', url: '/api/org-units', as: 'admin' });
    const sgddt = root.json().find((u: { code: string }) => u.code === 'SGDDT');
    const q = { unitId: sgddt.id, unitPath: `/${sgddt.id}/`, from: '2000-01-01', to: '2100-12-31', asOf: clock.today() };
    const values = await Promise.all(
      ['feedback.received', 'feedback.handled', 'feedback.handledOnTime', 'feedback.published'].map((k) => computeMetric(t.database.db, k, q)),
    );
    expect(values.map((v) => v.value)).toEqual([2, 1, 1, 1]);
    // Quyết định 766's share: handled on time over every feedback received.
    expect(await computeMetric(t.database.db, 'feedback.handledOnTimeRate', q)).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
    // Under the division, only what was routed to it counts.
    expect(
      (await computeMetric(t.database.db, 'feedback.received', { ...q, unitId: t.unitId('GDTrH'), unitPath: `/${sgddt.id}/${t.unitId('GDTrH')}/` })).value,
    ).toBe(1);

    const xlsx = await t.request({ method: 'GET', url: '/api/feedback/export.xlsx', as: 'vanphong' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('PAKN')!;
    expect(ws.getRow(1).getCell(1).value).toBe('Mã');
    expect(ws.rowCount).toBe(3);
    expect([ws.getRow(2).getCell(6).value, ws.getRow(3).getCell(6).value]).toContain('Đã công khai');
  });
});
