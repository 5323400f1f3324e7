import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { buildApp } from '../../app';
import { dossiers, procedures, surveyInvitations, surveyResponses } from '../../db/schema/index';
import { computeMetric } from '../../metrics/registry';
import * as clock from '../../clock';
import { ONE_STOP_SURVEY } from '../../../domain/surveys/one-stop-survey';

const t = useTestApp();

const satisfied = { kenh: 'truc-tiep', 'tiep-can': 5, 'thu-tuc': 4, 'cong-chuc': 5, 'ket-qua': 4, 'phan-hoi': 4 };
const unhappy = { kenh: 'truc-tiep', 'tiep-can': 2, 'thu-tuc': 2, 'cong-chuc': 1, 'ket-qua': 3, 'phan-hoi': 2 };

async function createSurvey(extra: Record<string, unknown> = {}) {
  const res = await t.request({
    method: 'POST',
    url: '/api/surveys',
    as: 'vanphong',
    payload: { title: 'Khảo sát một cửa', slug: 'mot-cua', unitId: t.unitId('SGDDT'), status: 'open', definition: ONE_STOP_SURVEY, ...extra },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number; slug: string };
}

const answer = (key: string, body: Record<string, unknown>, remoteAddress = '127.0.0.1') =>
  t.request({ method: 'POST', url: `/api/public/surveys/${key}/responses`, payload: { elapsedMs: 60_000, ...body }, remoteAddress });

describe('survey builder', () => {
  it('refuses a definition whose condition points to a later question, naming it', async () => {
    const bad = structuredClone(ONE_STOP_SURVEY) as { sections: Array<{ questions: Array<Record<string, unknown>> }> };
    bad.sections[0].questions[1].showIf = { questionId: 'gop-y', equals: 'x' };
    const res = await t.request({
      method: 'POST',
      url: '/api/surveys',
      as: 'vanphong',
      payload: { title: 'Sai', slug: 'sai', unitId: t.unitId('SGDDT'), definition: bad },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('«gop-y»');
  });

  it('refuses a second survey on the same link', async () => {
    await createSurvey();
    const again = await t.request({
      method: 'POST',
      url: '/api/surveys',
      as: 'vanphong',
      payload: { title: 'Khác', slug: 'mot-cua', unitId: t.unitId('SGDDT'), definition: ONE_STOP_SURVEY },
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('answers on an open link', () => {
  it('accepts a valid answer, names the unanswered required question, and keeps a closed survey shut', async () => {
    const s = await createSurvey();
    expect((await t.request({ method: 'GET', url: `/api/public/surveys/${s.slug}` })).json()).toMatchObject({ title: 'Khảo sát một cửa', invitation: false });
    expect((await answer(s.slug, { answers: satisfied })).json()).toEqual({ ok: true, suspect: false });
    const missing = await answer(s.slug, { answers: { ...satisfied, 'cong-chuc': undefined } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toContain('Công chức tiếp nhận lịch sự');
    await t.request({
      method: 'PUT',
      url: `/api/surveys/${s.id}`,
      as: 'vanphong',
      payload: { title: 'Khảo sát một cửa', slug: 'mot-cua', unitId: t.unitId('SGDDT'), status: 'closed', definition: ONE_STOP_SURVEY },
    });
    expect((await answer(s.slug, { answers: satisfied })).statusCode).toBe(409);
  });

  it('flags, never drops, a filled honeypot, a form sent too fast and the sixth answer from one address in an hour', async () => {
    const s = await createSurvey();
    expect((await answer(s.slug, { answers: satisfied, website: 'x' })).json().suspect).toBe(true);
    expect((await answer(s.slug, { answers: satisfied, elapsedMs: 800 })).json().suspect).toBe(true);
    // Two suspect answers above already came from this address: three more are fine, the sixth is not.
    const flags = [];
    for (let i = 0; i < 4; i += 1) flags.push((await answer(s.slug, { answers: satisfied })).json().suspect);
    expect(flags).toEqual([false, false, false, true]);
    const rows = await t.database.db.select().from(surveyResponses);
    expect(rows).toHaveLength(6);
    expect(rows.filter((r) => r.suspect).map((r) => r.suspectReason)).toEqual([
      'Trường ẩn chống máy tự điền đã bị điền.',
      expect.stringContaining('nhanh hơn thời gian đọc tối thiểu'),
      'Đã có 5 phiếu từ cùng một nguồn trong 1 giờ qua.',
    ]);
    // A kiosk claim from a browser without a staff session earns no exemption.
    expect((await answer(s.slug, { answers: satisfied, kiosk: true })).json().suspect).toBe(true);
    const results = (await t.request({ method: 'GET', url: `/api/surveys/${s.id}/results`, as: 'vanphong' })).json();
    expect(results.responses).toMatchObject({ total: 7, used: 3, suspect: 4 });
    const withSuspect = (await t.request({ method: 'GET', url: `/api/surveys/${s.id}/results?includeSuspect=true`, as: 'vanphong' })).json();
    expect(withSuspect.responses.used).toBe(7);
  });

  it('rate-limits writes on the public routes per address', async () => {
    const s = await createSurvey();
    const app = await buildApp({ ...t.config, rateLimits: { ...t.config.rateLimits, publicPerMinute: 6 } }, { database: t.database });
    try {
      // Writes get a sixth of the read limit: one a minute here.
      const codes = [];
      for (let i = 0; i < 3; i += 1)
        codes.push(
          (await app.inject({ method: 'POST', url: `/api/public/surveys/${s.slug}/responses`, payload: { answers: satisfied, elapsedMs: 60_000 } })).statusCode,
        );
      expect(codes).toEqual([201, 429, 429]);
      const reads = [];
      for (let i = 0; i < 7; i += 1) reads.push((await app.inject({ method: 'GET', url: `/api/public/surveys/${s.slug}` })).statusCode);
      expect(reads.slice(0, 6).every((c) => c === 200)).toBe(true);
      expect(reads[6]).toBe(429);
    } finally {
      await app.close();
    }
  });
});

describe('invitations drawn from the dossier register', () => {
  async function seedReturnedDossiers() {
    const unitId = t.unitId('VP');
    const procs = await t.database.db
      .insert(procedures)
      .values(
        ['1.001', '1.002'].map((code) => ({
          code,
          name: `Thủ tục ${code}`,
          field: 'Văn bằng',
          level: 'province',
          workingDays: 5,
          onlineLevel: 'full',
          channels: [1],
          unitId,
        })),
      )
      .returning();
    const rows = Array.from({ length: 12 }, (_, i) => ({
      code: `HS-${String(i).padStart(3, '0')}`,
      procedureId: procs[i < 9 ? 0 : 1].id,
      unitId,
      applicantName: 'Người nộp',
      applicantPhone: '0900000000',
      channel: 1,
      state: 10,
      receivedOn: '2026-02-02',
      returnedOn: '2026-02-10',
    }));
    await t.database.db.insert(dossiers).values(rows);
  }

  it('draws a sample stratified by procedure and takes exactly one answer per invitation', async () => {
    await seedReturnedDossiers();
    const s = await createSurvey({ openLink: false });
    const sample = await t.request({
      method: 'POST',
      url: `/api/surveys/${s.id}/sample`,
      as: 'vanphong',
      payload: { from: '2026-02-01', to: '2026-02-28', size: 4, seed: 7 },
    });
    expect(sample.statusCode, sample.body).toBe(200);
    const { invitations, strata } = sample.json();
    expect(strata).toEqual([
      { procedureCode: '1.001', population: 9, drawn: 3 },
      { procedureCode: '1.002', population: 3, drawn: 1 },
    ]);
    const token = invitations[0].token;
    // The open link is shut for this survey; the invitation works once.
    expect((await answer(s.slug, { answers: satisfied })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: `/api/public/surveys/${token}` })).json()).toMatchObject({
      invitation: true,
      procedureCode: invitations[0].procedureCode,
    });
    const both = await Promise.all([answer(token, { answers: satisfied }), answer(token, { answers: unhappy })]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect((await answer(token, { answers: satisfied })).json().error.message).toContain('đã được dùng');
    const [inv] = await t.database.db.select().from(surveyInvitations).where(eq(surveyInvitations.token, token));
    expect(inv.usedAt).not.toBeNull();
    const results = (await t.request({ method: 'GET', url: `/api/surveys/${s.id}/results`, as: 'vanphong' })).json();
    expect(results.responseRate).toBeCloseTo(1 / 4, 10);
  });

  it('lists the invitations with their links and response rate, and exports them to Excel with a QR each', async () => {
    await seedReturnedDossiers();
    const s = await createSurvey({ openLink: false });
    const { invitations } = (
      await t.request({
        method: 'POST',
        url: `/api/surveys/${s.id}/sample`,
        as: 'vanphong',
        payload: { from: '2026-02-01', to: '2026-02-28', size: 4, seed: 7 },
      })
    ).json();
    expect((await answer(invitations[0].token, { answers: satisfied })).statusCode).toBe(201);

    const list = await t.request({ method: 'GET', url: `/api/surveys/${s.id}/invitations`, as: 'vanphong' });
    expect(list.statusCode, list.body).toBe(200);
    const body = list.json();
    expect(body).toMatchObject({ sent: 4, answered: 1, responseRate: 25 });
    expect(body.byProcedure).toEqual([
      { procedureCode: '1.001', sent: 3, answered: expect.any(Number) },
      { procedureCode: '1.002', sent: 1, answered: expect.any(Number) },
    ]);
    const answeredItem = body.items.find((i: { token: string }) => i.token === invitations[0].token);
    expect(answeredItem).toMatchObject({ used: true, url: expect.stringMatching(new RegExp(`/cong-khai/khao-sat/${invitations[0].token}$`)) });
    // Tokens are answer links: a school reading results does not get them.
    expect((await t.request({ method: 'GET', url: `/api/surveys/${s.id}/invitations`, as: 'truong' })).statusCode).toBe(403);

    const xlsx = await t.request({ method: 'GET', url: `/api/surveys/${s.id}/invitations.xlsx`, as: 'vanphong' });
    expect(xlsx.headers['content-disposition']).toContain('attachment');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Lời mời khảo sát')!;
    expect(sheet.rowCount).toBe(5);
    const urls = [2, 3, 4, 5].map((r) => (sheet.getRow(r).getCell(5).value as { text: string }).text);
    expect(urls.sort()).toEqual(body.items.map((i: { url: string }) => i.url).sort());
    expect(sheet.getImages()).toHaveLength(4);
    const summary = wb.getWorksheet('Tỷ lệ phản hồi')!;
    expect(summary.getRow(summary.rowCount).values).toEqual([undefined, 'Tổng', 4, 1, 25]);
  });

  it('says so when the period has no returned dossier', async () => {
    const s = await createSurvey();
    const res = await t.request({
      method: 'POST',
      url: `/api/surveys/${s.id}/sample`,
      as: 'vanphong',
      payload: { from: '2020-01-01', to: '2020-01-31', size: 4 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('Không có hồ sơ nào trả kết quả');
  });
});

describe('results, paper answers and scope', () => {
  it('computes satisfaction per factor with the method named, exports it, and feeds the registry', async () => {
    const s = await createSurvey();
    for (let i = 0; i < 9; i += 1) await answer(s.slug, { answers: satisfied, unitId: t.unitId('THPT-TP') }, `10.0.0.${i}`);
    const paper = await t.request({
      method: 'POST',
      url: `/api/surveys/${s.id}/paper-responses`,
      as: 'motcua',
      payload: { answers: unhappy, unitId: t.unitId('VP'), answeredOn: clock.today() },
    });
    expect(paper.statusCode, paper.body).toBe(201);
    const res = (await t.request({ method: 'GET', url: `/api/surveys/${s.id}/results`, as: 'lanhdao' })).json();
    // 9 of 10 respondents answered 4–5 on every factor (the paper one none): 90% per factor and overall.
    expect(res.methodLabel).toBe('Tỷ lệ hài lòng');
    expect(res.methodNote).toContain('chưa được xác nhận');
    expect(res.responses).toMatchObject({ total: 10, used: 10, paper: 1 });
    expect(res.factors.find((f: { factor: string }) => f.factor === 'officer')).toMatchObject({ value: 0.9, n: 10 });
    expect(res.overall.value).toBeCloseTo(0.9, 10);
    expect(res.overall.ci.low).toBeCloseTo(0.596, 3);
    expect(res.byUnit.map((g: { responses: number }) => g.responses).sort()).toEqual([1, 9]);

    // A school sees only its own answers to the department's survey.
    const school = (await t.request({ method: 'GET', url: `/api/surveys/${s.id}/results`, as: 'truong' })).json();
    expect(school.responses.total).toBe(9);
    expect((await t.request({ method: 'GET', url: `/api/surveys/${s.id}/results?unitId=${t.unitId('VP')}`, as: 'truong' })).statusCode).toBe(403);

    const xlsx = await t.request({ method: 'GET', url: `/api/surveys/${s.id}/results.xlsx`, as: 'vanphong' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Tổng hợp')!.getRow(9).values).toEqual([undefined, 'Chỉ số hài lòng chung (%)', 90]);
    expect(wb.getWorksheet('Theo yếu tố')!.rowCount).toBe(6);

    const root = t.unitId('SGDDT');
    const metric = await computeMetric(t.database.db, 'surveys.satisfactionRate', {
      unitId: root,
      unitPath: `/${root}/`,
      from: '2000-01-01',
      to: '2100-01-01',
      asOf: clock.today(),
    });
    expect(metric).toMatchObject({ value: 90, numerator: 9, denominator: 10 });

    const qr = await t.request({ method: 'GET', url: `/api/surveys/${s.id}/qr.png?unitId=${t.unitId('VP')}`, as: 'vanphong' });
    expect(qr.headers['content-type']).toBe('image/png');
    expect(decodeURI(String(qr.headers['x-survey-url']))).toMatch(/\/cong-khai\/khao-sat\/mot-cua\?donvi=\d+$/);
  });

  it('names the question a paper answer gets wrong', async () => {
    const s = await createSurvey();
    const res = await t.request({
      method: 'POST',
      url: `/api/surveys/${s.id}/paper-responses`,
      as: 'vanphong',
      payload: { answers: { ...satisfied, 'ket-qua': 7 }, unitId: t.unitId('VP'), answeredOn: clock.today() },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('Câu «Kết quả được trả đúng hẹn, đúng quy định»: chọn một mức từ 1 đến 5.');
  });
});
