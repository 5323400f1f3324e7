// The citizen adds information asked for, on the public page, by tracking code plus the secret.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildFeedback } from '../../../test/factories';
import { useTestApp } from '../../../test/harness';
import { addDays } from '../../../domain/time/iso-date';
import { auditLog, feedback, feedbackEvents, files } from '../../db/schema/index';
import { loadWorkingCalendar } from '../calendar/calendar.service';
import * as clock from '../../clock';
import { multipartBody, pngBytes } from './citizen.test-support';

const t = useTestApp();

async function sendAndAsk() {
  const sent = await t.request({
    method: 'POST',
    url: '/api/public/feedback',
    ...multipartBody({ subjectKind: 'dossier', title: 'Hồ sơ chưa được trả', content: 'Tôi chưa nhận được kết quả.' }),
  });
  expect(sent.statusCode, sent.body).toBe(201);
  const { code, secret } = sent.json() as { code: string; secret: string };
  expect(secret).toMatch(/^[A-Z2-9]{8}$/);
  const [row] = await t.database.db.select().from(feedback).where(eq(feedback.code, code));
  expect(row.followSecretHash).not.toContain(secret); // only a hash is stored
  const asked = await t.request({
    method: 'POST',
    url: `/api/feedback/${row.id}/request-more`,
    as: 'vanphong',
    payload: { reason: 'Ghi rõ mã hồ sơ và ngày hẹn trả.' },
  });
  expect(asked.statusCode, asked.body).toBe(200);
  return { code, secret, id: row.id };
}

const supplement = (code: string, fields: Record<string, string>, attachments: Array<{ name: string; bytes: Buffer }> = []) =>
  t.request({ method: 'POST', url: `/api/public/feedback/${code}/supplement`, ...multipartBody(fields, attachments) });

describe('the citizen adds the information asked for', () => {
  it('takes the addition and a photo with code and secret, shows it in the history and resumes the clock', async () => {
    const { code, secret, id } = await sendAndAsk();
    expect((await t.request({ method: 'GET', url: `/api/public/feedback/${code}` })).json()).toMatchObject({ status: 'more-requested', canSupplement: true });
    // Pretend the Office asked 3 days after receipt, some weeks ago: the clock stopped then.
    const receivedOn = addDays(clock.today(), -30);
    const pausedOn = addDays(receivedOn, 3);
    const calendar = await loadWorkingCalendar(t.database.db);
    const handleBy = calendar.addWorkingDays(receivedOn, 15);
    await t.database.db.update(feedback).set({ receivedOn, handleBy }).where(eq(feedback.id, id));
    await t.database.db.update(feedbackEvents).set({ on: pausedOn }).where(eq(feedbackEvents.kind, 'more-requested'));

    const res = await supplement(code.toLowerCase(), { secret: secret.toLowerCase(), content: 'Mã hồ sơ 000.00.12.H55-260101-0001, hẹn trả 05/01.' }, [
      { name: 'bien-nhan.png', bytes: await pngBytes() },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json();
    const expectedHandleBy = calendar.addWorkingDays(clock.today(), calendar.workingDaysBetween(pausedOn, handleBy));
    expect(after).toMatchObject({ status: 'received', canSupplement: false, handleBy: expectedHandleBy });
    expect(after.history.map((h: { kind: string }) => h.kind)).toEqual(['received', 'more-requested', 'supplemented']);
    // The citizen's words are not shown to whoever holds the code; staff see them.
    expect(JSON.stringify(after)).not.toContain('000.00.12');
    const staff = (await t.request({ method: 'GET', url: `/api/feedback/${id}`, as: 'vanphong' })).json();
    expect(staff.history.at(-1)).toMatchObject({ kind: 'supplemented', note: expect.stringContaining('000.00.12.H55') });
    expect(staff.attachmentIds).toHaveLength(1);
    const photo = await t.request({ method: 'GET', url: `/api/feedback/${id}/attachments/${staff.attachmentIds[0]}`, as: 'vanphong' });
    expect(photo.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'feedback.supplemented'));
    expect(audit).toHaveLength(1);

    // Once added, the form is closed.
    const again = await supplement(code, { secret, content: 'Thêm nữa' });
    expect([again.statusCode, again.json().error.message]).toEqual([409, expect.stringContaining('không ở trạng thái chờ bổ sung')]);
  });

  it('refuses a wrong secret without storing the file, and names what to fix', async () => {
    const { code } = await sendAndAsk();
    const before = (await t.database.db.select().from(files)).length;
    const res = await supplement(code, { secret: 'SAIMA234', content: 'Bổ sung' }, [{ name: 'a.png', bytes: await pngBytes() }]);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain('mã bí mật');
    expect(await t.database.db.select().from(files)).toHaveLength(before);
    const missing = await supplement(code, { content: 'Bổ sung' });
    expect([missing.statusCode, missing.json().error.message]).toEqual([400, 'Nhập mã bí mật nhận được khi gửi phản ánh.']);
    expect((await t.request({ method: 'GET', url: `/api/public/feedback/${code}` })).json().status).toBe('more-requested');
  });

  it('sends a feedback registered at the desk back to the desk', async () => {
    const created = await buildFeedback(t, { channel: 'paper', subjectKind: 'other', title: 'Đơn giấy', content: 'Nội dung' });
    await t.request({ method: 'POST', url: `/api/feedback/${created.id}/request-more`, as: 'vanphong', payload: { reason: 'Bổ sung địa chỉ.' } });
    expect((await t.request({ method: 'GET', url: `/api/public/feedback/${created.code}` })).json().canSupplement).toBe(false);
    const res = await supplement(created.code, { secret: 'ABCDEFGH', content: 'Địa chỉ' });
    expect([res.statusCode, res.json().error.message]).toEqual([409, expect.stringContaining('bộ phận tiếp nhận')]);
  });
});
