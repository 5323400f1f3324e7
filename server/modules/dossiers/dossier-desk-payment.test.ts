// The desk steps of issue 6 after the first version: payment requested / paid, extension, rejection at receipt.
import JSZip from 'jszip';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { queryRows } from '../../db/client';
import { computeMetric } from '../../metrics/registry';
import { seedCatalogue } from './dossier-test-data';

const t = useTestApp();
const FEE_PROCEDURE = '2.001914'; // 5 working days, fee 50 000 đồng, online only, Phòng KT-KĐCLGD
const FREE_PROCEDURE = '1.005088'; // 5 working days, no fee, Phòng KT-KĐCLGD

async function receive(procedureId: number, channel: number, extra: object = {}, as = 'motcua') {
  return t.request({
    method: 'POST',
    url: '/api/dossiers',
    as,
    payload: { procedureId, channel, applicantName: 'Vũ Thị Hằng', applicantPhone: '0904 555 123', receivedOn: '2025-03-03', ...extra },
  });
}

async function received(code: string, channel = 2): Promise<string> {
  const ids = await seedCatalogue(t);
  const res = await receive(ids.get(code)!, channel);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().code;
}

async function act(code: string, payload: object, as = 'motcua') {
  return t.request({ method: 'POST', url: `/api/dossiers/${code}/events`, as, payload });
}

async function ok(code: string, payload: object) {
  const res = await act(code, payload);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function marchCounts() {
  const [row] = await queryRows<Record<string, number>>(
    t.database.db,
    sql`select coalesce(sum(received), 0)::int as received, coalesce(sum(resolved), 0)::int as resolved, coalesce(sum(resolved_early), 0)::int as early,
          coalesce(sum(late), 0)::int as late, coalesce(sum(late_with_apology), 0)::int as "lateWithApology",
          coalesce(sum(payments_total), 0)::int as payments, coalesce(sum(paid_online), 0)::int as "paidOnline"
        from dossier_monthly_counts where month = '2025-03'`,
  );
  return row;
}

async function metricQuery() {
  const [unit] = await queryRows<{ path: string }>(t.database.db, sql`select path from org_units where code = 'KTKDCLGD'`);
  return { unitId: t.unitId('KTKDCLGD'), unitPath: unit.path, from: '2025-03-01', to: '2025-03-31', asOf: '2025-04-01' };
}

describe('payment requested and paid', () => {
  it('pauses the clock for the fee, resumes it when paid online, and the payment counters and metric follow', async () => {
    const code = await received(FEE_PROCEDURE); // Mon 03/03/2025 → due Mon 10/03
    const start = await ok(code, { type: 'processing-started', on: '2025-03-03' });
    expect(start.dueOn).toBe('2025-03-10');

    const waiting = await ok(code, { type: 'payment-requested', on: '2025-03-05', note: 'Lệ phí cấp giấy chứng nhận' });
    expect(waiting).toMatchObject({ state: 6, dueOn: null, stateLabel: 'Yêu cầu thực hiện nghĩa vụ tài chính' });
    expect(waiting.events.at(-1).summary).toBe('Yêu cầu thực hiện nghĩa vụ tài chính: 50.000 đồng (Lệ phí cấp giấy chứng nhận)');

    const paid = await ok(code, { type: 'paid', on: '2025-03-06', online: true });
    // Wed 05 and Thu 06 waited for the applicant: two working days, so the due date moves two working days.
    expect(paid).toMatchObject({ state: 4, dueOn: '2025-03-12', paidOnline: true });
    expect(paid.dueExplanation).toContain('chờ thực hiện nghĩa vụ tài chính');
    expect(paid.events.at(-1).summary).toBe('Đã thực hiện nghĩa vụ tài chính (thanh toán trực tuyến)');

    const done = await ok(code, { type: 'resolved', on: '2025-03-11', digitized: true });
    expect(done.timeliness).toBe('early');
    expect(await marchCounts()).toMatchObject({ received: 1, resolved: 1, early: 1, payments: 1, paidOnline: 1 });

    // A second dossier pays the amount the officer typed at the desk: one payment of two is online.
    const other = (await receive(done.procedureId, 2)).json().code;
    await ok(other, { type: 'payment-requested', on: '2025-03-04', amount: 70_000 });
    const atDesk = await ok(other, { type: 'paid', on: '2025-03-04', online: false });
    expect(atDesk.paidOnline).toBe(false);
    expect(atDesk.events.map((e: { summary: string }) => e.summary)).toContain('Yêu cầu thực hiện nghĩa vụ tài chính: 70.000 đồng');
    await ok(other, { type: 'resolved', on: '2025-03-07' });
    expect(await marchCounts()).toMatchObject({ received: 2, resolved: 2, payments: 2, paidOnline: 1 });
    expect((await computeMetric(t.database.db, 'dossiers.onlinePaymentRate', await metricQuery())).value).toBe(50);
    const [payload] = await queryRows<{ payload: { amount: number; online?: boolean } }>(
      t.database.db,
      sql`select payload from dossier_events where type = 'payment-requested' order by id limit 1`,
    );
    expect(payload.payload.amount).toBe(50_000);
  });

  it('moves the due date by the same working days as a supplement request on the same dates', async () => {
    const ids = await seedCatalogue(t);
    const fee = (await receive(ids.get(FEE_PROCEDURE)!, 2)).json().code;
    const free = (await receive(ids.get(FREE_PROCEDURE)!, 1)).json().code;
    await ok(fee, { type: 'payment-requested', on: '2025-03-07' });
    await ok(free, { type: 'supplement-requested', on: '2025-03-07', reason: 'Bổ sung bản sao văn bằng' });
    // Fri 07 to Tue 11 across a weekend: Fri, Mon, Tue are the working days waited.
    const paid = await ok(fee, { type: 'paid', on: '2025-03-11', online: false });
    const supplemented = await ok(free, { type: 'supplement-received', on: '2025-03-11' });
    expect(paid.dueOn).toBe('2025-03-13');
    expect(supplemented.dueOn).toBe(paid.dueOn);
  });

  it('refuses a payment in the wrong state, for a free procedure, with a bad date or without saying how it was paid', async () => {
    const ids = await seedCatalogue(t);
    const code = (await receive(ids.get(FEE_PROCEDURE)!, 2)).json().code;
    const notAsked = await act(code, { type: 'paid', on: '2025-03-04', online: true });
    expect(notAsked.statusCode).toBe(409);
    expect(notAsked.json().error.message).toBe(`Hồ sơ ${code} đã được tiếp nhận, không thể ghi nhận đã thực hiện nghĩa vụ tài chính.`);
    const before = await act(code, { type: 'payment-requested', on: '2025-03-01' });
    expect(before.statusCode).toBe(409);
    expect(before.json().error.code).toBe('DOSSIER_EVENT_OUT_OF_ORDER');
    const badDate = await act(code, { type: 'payment-requested', on: '2025-02-30' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.message).toContain('không phải ngày hợp lệ');
    const badAmount = await act(code, { type: 'payment-requested', on: '2025-03-04', amount: 12.5 });
    expect(badAmount.statusCode).toBe(400);
    await ok(code, { type: 'payment-requested', on: '2025-03-04' });
    expect((await act(code, { type: 'paid', on: '2025-03-05' })).statusCode).toBe(400);
    expect((await act(code, { type: 'payment-requested', on: '2025-03-05' })).statusCode).toBe(409);

    const free = (await receive(ids.get(FREE_PROCEDURE)!, 1)).json().code;
    const noFee = await act(free, { type: 'payment-requested', on: '2025-03-04', amount: 20_000 });
    expect(noFee.statusCode).toBe(409);
    expect(noFee.json().error.message).toContain('không thu phí, lệ phí');
  });

  it('records an online payment only for a procedure whose catalogue entry offers it', async () => {
    const ids = await seedCatalogue(t);
    const code = (await receive(ids.get('1.005108')!, 2)).json().code; // 30.000 đồng, no online payment in the catalogue
    const asked = await ok(code, { type: 'payment-requested', on: '2025-03-04' });
    expect(asked.procedureOnlinePayment).toBe(false);
    const online = await act(code, { type: 'paid', on: '2025-03-05', online: true });
    expect(online.statusCode).toBe(409);
    expect(online.json().error.message).toContain('chưa triển khai thanh toán trực tuyến');
    expect(await ok(code, { type: 'paid', on: '2025-03-05', online: false })).toMatchObject({ state: 4, paidOnline: false });
  });
});

describe('extension (gia hạn)', () => {
  it('moves the due date, shows it in the history, and the 766 counters still count the dossier late', async () => {
    const code = await received(FREE_PROCEDURE, 1); // due Mon 10/03
    await ok(code, { type: 'processing-started', on: '2025-03-03' });
    const extended = await ok(code, { type: 'extended', on: '2025-03-07', reason: 'Chờ xác minh sổ gốc tại trường cũ', newDueOn: '2025-03-14' });
    expect(extended.dueOn).toBe('2025-03-14');
    expect(extended.dueExplanation).toContain('gia hạn 4 ngày làm việc (Chờ xác minh sổ gốc tại trường cũ)');
    expect(extended.events.at(-1).summary).toBe('Gia hạn đến 14/03/2025: Chờ xác minh sổ gốc tại trường cũ');

    // A later pause still pushes the extended date back: Tue 11 and Wed 12 waited.
    await ok(code, { type: 'supplement-requested', on: '2025-03-11', reason: 'Bổ sung giấy xác nhận của trường' });
    const back = await ok(code, { type: 'supplement-received', on: '2025-03-12' });
    expect(back.dueOn).toBe('2025-03-18');

    const resolved = await ok(code, { type: 'resolved', on: '2025-03-17' });
    // Against the extended date it is early; the 766 method judges the date before the extension (METHODS.md).
    expect(resolved.timeliness).toBe('early');
    expect(resolved.timelinessExplanation).toContain('Bộ chỉ số 766 vẫn tính là trễ hạn');
    expect(resolved.needsApology).toBe(true);
    expect(await marchCounts()).toMatchObject({ resolved: 1, early: 0, late: 1, lateWithApology: 0 });
    await ok(code, {
      type: 'apology-issued',
      on: '2025-03-17',
      reason: 'Chờ xác minh sổ gốc',
      newAppointmentOn: '2025-03-18',
      signer: 'Phó Giám đốc Nguyễn Văn Hùng',
    });
    expect(await marchCounts()).toMatchObject({ late: 1, lateWithApology: 1 });
    expect((await computeMetric(t.database.db, 'dossiers.late', await metricQuery())).value).toBe(1);
  });

  it('counts an extended dossier resolved by its original due date as early', async () => {
    const code = await received(FREE_PROCEDURE, 1);
    await ok(code, { type: 'extended', on: '2025-03-04', reason: 'Hồ sơ cần lấy ý kiến phòng chuyên môn', newDueOn: '2025-03-12' });
    const resolved = await ok(code, { type: 'resolved', on: '2025-03-07' });
    expect(resolved).toMatchObject({ timeliness: 'early', needsApology: false });
    expect(await marchCounts()).toMatchObject({ early: 1, late: 0 });
  });

  it('refuses a new due date not after the current one, on a day off, without a reason, or while waiting for the applicant', async () => {
    const code = await received(FREE_PROCEDURE, 1);
    const same = await act(code, { type: 'extended', on: '2025-03-04', reason: 'Gia hạn thêm', newDueOn: '2025-03-10' });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.message).toBe(`Hồ sơ ${code}: hạn giải quyết mới 10/03/2025 phải sau hạn hiện tại 10/03/2025.`);
    const saturday = await act(code, { type: 'extended', on: '2025-03-04', reason: 'Gia hạn thêm', newDueOn: '2025-03-15' });
    expect(saturday.statusCode).toBe(400);
    expect(saturday.json().error.message).toContain('là ngày nghỉ');
    expect((await act(code, { type: 'extended', on: '2025-03-04', reason: 'x', newDueOn: '2025-03-20' })).statusCode).toBe(400);

    // After a pause the due date in force is the moved one (12/03), not the one written at receipt (10/03).
    await ok(code, { type: 'supplement-requested', on: '2025-03-04', reason: 'Bổ sung tờ khai' });
    const waiting = await act(code, { type: 'extended', on: '2025-03-05', reason: 'Gia hạn thêm', newDueOn: '2025-03-20' });
    expect(waiting.statusCode).toBe(409);
    await ok(code, { type: 'supplement-received', on: '2025-03-05' });
    const notAfterMoved = await act(code, { type: 'extended', on: '2025-03-06', reason: 'Gia hạn thêm', newDueOn: '2025-03-11' });
    expect(notAfterMoved.statusCode).toBe(400);
    expect(notAfterMoved.json().error.message).toContain('phải sau hạn hiện tại 12/03/2025');
  });
});

describe('rejection at receipt', () => {
  it('registers the dossier directly as refused, prints form 03, and counts it nowhere', async () => {
    const ids = await seedCatalogue(t);
    const short = await receive(ids.get(FREE_PROCEDURE)!, 1, { rejectionReason: 'Sai' });
    expect(short.statusCode).toBe(400);
    const res = await receive(ids.get(FREE_PROCEDURE)!, 1, { rejectionReason: 'Hồ sơ không thuộc thẩm quyền giải quyết của Sở.' });
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({ state: 3, stateLabel: 'Không được tiếp nhận', dueOn: null, timeliness: null, needsApology: false });
    expect(d.events.map((e: { type: string; summary: string }) => [e.type, e.summary])).toEqual([
      ['rejected', 'Từ chối tiếp nhận: Hồ sơ không thuộc thẩm quyền giải quyết của Sở.'],
    ]);

    const form = await t.request({ method: 'GET', url: `/api/dossiers/${d.code}/forms/rejection`, as: 'motcua' });
    expect(form.statusCode).toBe(200);
    const xml = await (await JSZip.loadAsync(form.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(xml).toContain(d.code);
    expect(xml).toContain('Lý do: Hồ sơ không thuộc thẩm quyền giải quyết của Sở.');
    expect(xml).not.toContain('Ngày hẹn trả kết quả');
    expect((await t.request({ method: 'GET', url: `/api/dossiers/${d.code}/forms/receipt`, as: 'motcua' })).statusCode).toBe(409);

    const later = await act(d.code, { type: 'processing-started', on: '2025-03-04' });
    expect(later.statusCode).toBe(409);
    expect(later.json().error.code).toBe('DOSSIER_REJECTED');
    expect(await marchCounts()).toMatchObject({ received: 0 });
    const audit = await queryRows<{ action: string }>(t.database.db, sql`select action from audit_log where entity_type = 'dossier'`);
    expect(audit.map((a) => a.action)).toEqual(['dossier.rejected']);
  });
});

describe('who may record the new steps', () => {
  it('lets the one-stop officer and the administrator act, and answers 403 to other roles and other divisions', async () => {
    const ids = await seedCatalogue(t);
    const code = (await receive(ids.get(FEE_PROCEDURE)!, 2)).json().code;
    const steps = [
      { type: 'payment-requested', on: '2025-03-04' },
      { type: 'extended', on: '2025-03-04', reason: 'Gia hạn thêm', newDueOn: '2025-03-14' },
    ];
    for (const as of ['vanphong', 'lanhdao', 'truong', 'pgdlechan', 'tccb']) {
      for (const step of steps) expect((await act(code, step, as)).statusCode, `${as} ${step.type}`).toBe(403);
    }
    for (const as of ['truong', 'vanphong']) {
      expect((await receive(ids.get(FEE_PROCEDURE)!, 2, { rejectionReason: 'Thiếu tờ khai theo mẫu' }, as)).statusCode).toBe(403);
    }
    expect((await act(code, steps[1], 'admin')).statusCode).toBe(200);
    expect((await act(code, steps[0], 'motcua')).statusCode).toBe(200);
    expect((await act(code, { type: 'paid', on: '2025-03-05', online: true }, 'tccb')).statusCode).toBe(403);
    const rejected = (await receive(ids.get(FEE_PROCEDURE)!, 2, { rejectionReason: 'Thiếu tờ khai theo mẫu' })).json().code;
    expect((await t.request({ method: 'GET', url: `/api/dossiers/${rejected}/forms/rejection`, as: 'truong' })).statusCode).toBe(403);
  });
});
