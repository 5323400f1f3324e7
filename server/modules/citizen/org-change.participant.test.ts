// Surveys, survey samples and feedback (PAKN) in a change of the organisation: what an ending unit still has open
// goes to the successor (feedback with a step in its history); closed surveys, used invitations, responses and
// answered feedback stay with the unit of their day, so the satisfaction figures of the earlier year do not change.
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ONE_STOP_SURVEY } from '../../../domain/surveys/one-stop-survey';
import { dissolveLeChan } from '../../../test/org-changes';
import { useTestApp, type TestContext } from '../../../test/harness';
import * as clock from '../../clock';
import { feedback, surveyInvitations, surveyResponses, surveys } from '../../db/schema/index';

const t = useTestApp();

beforeEach(() => clock.setClock(clock.fixedClock('2026-03-02T03:00:00Z')));
afterEach(() => clock.setClock(null));

const satisfied = { kenh: 'truc-tiep', 'tiep-can': 5, 'thu-tuc': 4, 'cong-chuc': 5, 'ket-qua': 4, 'phan-hoi': 4 };

async function survey(t: TestContext, slug: string, status: string, unit = 'PGD-LC'): Promise<number> {
  const res = await t.request({
    method: 'POST',
    url: '/api/surveys',
    as: 'vanphong',
    payload: { title: `Khảo sát ${slug}`, slug, unitId: t.unitId(unit), status, definition: ONE_STOP_SURVEY },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function invitations(t: TestContext, surveyId: number, tokens: string[]) {
  await t.database.db
    .insert(surveyInvitations)
    .values(tokens.map((token, i) => ({ surveyId, token, unitId: t.unitId('PGD-LC'), procedureCode: '1.001', dossierCode: `LC-${surveyId}-${i}` })));
}

const answer = (token: string) =>
  t.request({ method: 'POST', url: `/api/public/surveys/${token}/responses`, payload: { elapsedMs: 60_000, answers: satisfied }, remoteAddress: '127.0.0.1' });

let seq = 0;
async function pakn(t: TestContext, status: string, title: string): Promise<number> {
  seq += 1;
  const [row] = await t.database.db
    .insert(feedback)
    .values({
      code: `PAKN-2025-LECHA${seq}`,
      channel: 'paper',
      subjectKind: 'procedure',
      title,
      content: 'Nội dung phản ánh của người dân.',
      addressedUnitId: t.unitId('PGD-LC'),
      assignedUnitId: t.unitId('PGD-LC'),
      status,
      receivedOn: '2025-06-20',
      refuseBy: '2025-06-25',
      requestMoreBy: '2025-06-25',
      handleBy: '2025-07-20',
      answer: status === 'answered' ? 'Đã trả lời công dân.' : null,
      answeredOn: status === 'answered' ? '2025-06-28' : null,
    })
    .returning();
  return row.id;
}

const groupOf = (body: { groups: Array<{ key: string; items: Array<Record<string, unknown>> }> }, key: string) =>
  (body.groups.find((g) => g.key === key)?.items ?? []).map((i) => [i.label, i.status, i.toUnitName]);

describe('surveys, survey samples and feedback in a change of the organisation', () => {
  it('moves what is open to the successor, keeps the history where it was, and previews it without keeping anything', async () => {
    const open = await survey(t, 'lc-2025', 'open');
    const answered2025 = await survey(t, 'lc-2025-dot-1', 'open');
    const closed = await survey(t, 'lc-2024', 'closed');
    const dept = await survey(t, 'so-2025', 'open', 'SGDDT');
    await invitations(t, open, ['tok-open-1', 'tok-open-2']);
    await invitations(t, answered2025, ['tok-ans-1', 'tok-ans-2']);
    await invitations(t, closed, ['tok-closed-1']);
    await invitations(t, dept, ['tok-dept-1', 'tok-dept-2', 'tok-dept-3']);
    expect((await answer('tok-ans-1')).statusCode).toBe(201);
    expect((await answer('tok-dept-1')).statusCode).toBe(201);
    const handling = await pakn(t, 'routed', 'Chậm trả kết quả chuyển trường');
    const asked = await pakn(t, 'more-requested', 'Hỏi về hồ sơ miễn học phí');
    const answered = await pakn(t, 'answered', 'Phản ánh đã trả lời');
    const results = async (id: number) => (await t.request({ method: 'GET', url: `/api/surveys/${id}/results`, as: 'vanphong' })).json();
    const resultsBefore = [await results(dept), await results(answered2025)];
    const snapshot = async () => ({
      surveys: await t.database.db.select().from(surveys),
      invitations: await t.database.db.select().from(surveyInvitations),
      feedback: await t.database.db.select().from(feedback),
    });
    const before = await snapshot();

    const preview = await t.request({ method: 'POST', url: '/api/org-changes/preview', as: 'admin', payload: dissolveLeChan(t) });
    expect(preview.statusCode, preview.body).toBe(200);
    const p = preview.json();
    const ward = 'UBND phường Lê Chân';
    const office = 'Phòng Giáo dục và Đào tạo quận Lê Chân';
    expect(groupOf(p, 'surveys')).toEqual([
      ['Khảo sát lc-2025', 'moves', ward],
      ['Khảo sát lc-2025-dot-1', 'stays', office],
      ['Khảo sát lc-2024', 'stays', office],
    ]);
    expect(p.groups.find((g: { key: string }) => g.key === 'surveys').items[1].reason).toContain('Khảo sát đã có 1 câu trả lời');
    expect(groupOf(p, 'survey-samples')).toEqual([
      ['Khảo sát lc-2025: 2 phiếu mời chưa dùng', 'moves', ward],
      ['Khảo sát lc-2025-dot-1: 1 phiếu mời chưa dùng', 'stays', office],
      ['Khảo sát lc-2025-dot-1: 1 phiếu mời đã trả lời', 'stays', office],
      ['Khảo sát lc-2024: 1 phiếu mời chưa dùng', 'stays', office],
      ['Khảo sát so-2025: 2 phiếu mời chưa dùng', 'moves', ward],
      ['Khảo sát so-2025: 1 phiếu mời đã trả lời', 'stays', office],
    ]);
    expect(groupOf(p, 'feedback')).toEqual([
      [expect.stringContaining('Chậm trả kết quả chuyển trường'), 'moves', ward],
      [expect.stringContaining('Hỏi về hồ sơ miễn học phí'), 'moves', ward],
      [expect.stringContaining('Phản ánh đã trả lời'), 'stays', office],
    ]);
    expect(p.groups.find((g: { key: string }) => g.key === 'feedback').items[2].reason).toBe('Phản ánh «Đã trả lời»: giữ đơn vị đã xử lý (lịch sử).');
    expect(await snapshot()).toEqual(before);

    // Confirmed, with one feedback sent to the other ward.
    const done = await t.request({
      method: 'POST',
      url: '/api/org-changes',
      as: 'admin',
      payload: dissolveLeChan(t, { destinations: { [`feedback:${asked}`]: -2 } }),
    });
    expect(done.statusCode, done.body).toBe(201);
    const lechan = done.json().outcome.newUnitIds['-1'] as number;
    const anbien = done.json().outcome.newUnitIds['-2'] as number;
    const pgd = t.unitId('PGD-LC');

    const unitOf = async (id: number) => (await t.database.db.select().from(surveys).where(eq(surveys.id, id)))[0].unitId;
    expect([await unitOf(open), await unitOf(answered2025), await unitOf(closed), await unitOf(dept)]).toEqual([lechan, pgd, pgd, t.unitId('SGDDT')]);
    const invs = await t.database.db.select().from(surveyInvitations);
    const unitOfToken = (token: string) => invs.find((i) => i.token === token)!.unitId;
    expect(['tok-open-1', 'tok-open-2', 'tok-ans-2', 'tok-closed-1', 'tok-dept-1', 'tok-dept-2', 'tok-dept-3'].map(unitOfToken)).toEqual([
      lechan,
      lechan,
      pgd,
      pgd,
      pgd,
      lechan,
      lechan,
    ]);
    // The answers already given stay the office's: the results read the same; the next answer counts for the ward.
    expect([await results(dept), await results(answered2025)]).toEqual(resultsBefore);
    expect((await answer('tok-dept-2')).statusCode).toBe(201);
    const responses = await t.database.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, dept)).orderBy(surveyResponses.id);
    expect(responses.map((r) => r.unitId)).toEqual([pgd, lechan]);
    const deptAfter = await results(dept);
    expect(deptAfter.responses).toMatchObject({ invitations: 3, invitationsAnswered: 2 });
    expect(deptAfter.byUnit.map((g: { label: string }) => g.label).sort()).toEqual([office, ward]);
    // The moved survey is the ward's to manage now.
    expect((await t.request({ method: 'GET', url: `/api/surveys/${open}`, as: 'pgdlechan' })).statusCode).toBe(200);

    const fb = async (id: number) => (await t.database.db.select().from(feedback).where(eq(feedback.id, id)))[0];
    expect([(await fb(handling)).assignedUnitId, (await fb(asked)).assignedUnitId, (await fb(answered)).assignedUnitId]).toEqual([lechan, anbien, pgd]);
    const detail = await t.request({ method: 'GET', url: `/api/feedback/${handling}`, as: 'pgdlechan' });
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().history.at(-1)).toMatchObject({
      kind: 'transferred',
      on: '2026-03-02',
      note: 'Chuyển từ «Phòng Giáo dục và Đào tạo quận Lê Chân» sang «UBND phường Lê Chân» từ ngày 01/07/2025 theo 1669/NQ-UBTVQH15.',
    });
    // The officer now of the ward answers it; the feedback sent to the other ward is not theirs any more.
    const reply = await t.request({ method: 'POST', url: `/api/feedback/${handling}/answer`, as: 'pgdlechan', payload: { answer: 'Phường đã trả kết quả.' } });
    expect(reply.statusCode, reply.body).toBe(200);
    expect((await t.request({ method: 'GET', url: `/api/feedback/${asked}`, as: 'pgdlechan' })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: `/api/feedback/${answered}`, as: 'pgdlechan' })).statusCode).toBe(403);
    const moved = await t.request({ method: 'GET', url: `/api/feedback/${asked}`, as: 'vanphong' });
    expect(moved.json().history.at(-1).note).toContain('sang «UBND phường An Biên»');
    // The citizen's tracking page names the step, not the officers' note.
    const follow = await t.request({ method: 'GET', url: `/api/public/feedback/${(await fb(asked)).code}` });
    expect(follow.statusCode, follow.body).toBe(200);
    expect(follow.json().history.at(-1)).toMatchObject({ kind: 'transferred', note: null });
  });

  it('gives nothing away when the unit continues', async () => {
    const open = await survey(t, 'lc-2025', 'open');
    const id = await pakn(t, 'routed', 'Phản ánh của một đơn vị còn hoạt động');
    const res = await t.request({
      method: 'POST',
      url: '/api/org-changes/preview',
      as: 'admin',
      payload: { kind: 'rename', effectiveOn: '2025-07-01', decisionNo: '12/QĐ-UBND', unitId: t.unitId('PGD-LC'), name: 'Phòng GD&ĐT Lê Chân (tên mới)' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().groups.map((g: { key: string }) => g.key)).toEqual([]);
    expect((await t.database.db.select().from(surveys).where(eq(surveys.id, open)))[0].unitId).toBe(t.unitId('PGD-LC'));
    expect((await t.database.db.select().from(feedback).where(eq(feedback.id, id)))[0].assignedUnitId).toBe(t.unitId('PGD-LC'));
  });
});
