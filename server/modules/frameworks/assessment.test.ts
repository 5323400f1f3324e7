import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { openDepartmentAssessment, uploadEvidence } from './assessment-fixtures';
import * as clock from '../../clock';

const t = useTestApp();
type Criterion = {
  code: string;
  selfScore: number;
  appraisedScore: number | null;
  canEdit: boolean;
  evidence: unknown[];
  reviewState: string;
  inputs: Array<{ key: string; measured: { source: string } | null }>;
};
const crit = (detail: { criteria: Criterion[] }, code: string) => detail.criteria.find((c) => c.code === code)!;

describe('assessment cycle', () => {
  it('self-scores with evidence, submits, appraises lower with a comment, publishes, and keeps both scores and the history', async () => {
    const id = await openDepartmentAssessment(t);
    const opened = (await t.request({ method: 'GET', url: `/api/assessments/${id}`, as: 'tccb' })).json();
    // Task figures come from the metric registry; until a feature measures them, the source says so.
    expect(crit(opened, '8.1').inputs[0]!.measured!.source).toMatch(/tasks\.done|nhiệm vụ|chưa/);

    const saved = await t.request({ method: 'PUT', url: `/api/assessments/${id}/criteria/7.3`, as: 'tccb', payload: { inputs: { posts: 120 } } });
    expect(saved.statusCode).toBe(200);
    expect(crit(saved.json(), '7.3').selfScore).toBe(0.3);
    const fileId = await uploadEvidence(t, 'tccb', 'TCCB');
    const withEvidence = await t.request({
      method: 'POST',
      url: `/api/assessments/${id}/criteria/7.3/evidence`,
      as: 'tccb',
      payload: { fileId, note: 'Danh sách 120 tin, bài' },
    });
    expect(crit(withEvidence.json(), '7.3').evidence).toHaveLength(1);
    await t.request({ method: 'PUT', url: `/api/assessments/${id}/criteria/3.4.2`, as: 'vanphong', payload: { inputs: { onTime: 97, total: 100 } } });

    // 3.4.2 has figures but neither evidence nor an explanation: submission names it.
    const refused = await t.request({ method: 'POST', url: `/api/assessments/${id}/submit`, as: 'vanphong' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('3.4.2');
    await t.request({
      method: 'PUT',
      url: `/api/assessments/${id}/criteria/3.4.2`,
      as: 'vanphong',
      payload: { inputs: { onTime: 97, total: 100 }, explanation: 'Số liệu từ Sổ theo dõi hồ sơ, chưa có bản xác nhận.' },
    });
    const submitted = await t.request({ method: 'POST', url: `/api/assessments/${id}/submit`, as: 'vanphong' });
    expect(submitted.json().status).toBe('submitted');

    // Locked for the unit once submitted.
    expect((await t.request({ method: 'PUT', url: `/api/assessments/${id}/criteria/7.3`, as: 'tccb', payload: { inputs: { posts: 250 } } })).statusCode).toBe(
      409,
    );

    const above = await t.request({
      method: 'PUT',
      url: `/api/assessments/${id}/criteria/7.3/appraisal`,
      as: 'thamdinh',
      payload: { score: 0.6, comment: 'x' },
    });
    expect(above.statusCode).toBe(400);
    expect(above.json().error.message).toMatch(/vượt điểm tối đa 0,5/);
    const appraised = await t.request({
      method: 'PUT',
      url: `/api/assessments/${id}/criteria/7.3/appraisal`,
      as: 'thamdinh',
      payload: { score: 0.2, comment: 'Chỉ 40 tin là tin chỉ đạo điều hành.' },
    });
    expect(crit(appraised.json(), '7.3')).toMatchObject({ selfScore: 0.3, appraisedScore: 0.2 });

    // Ask for evidence on 3.4.2; the unit answers; publishing waits until the council scores it again.
    await t.request({
      method: 'POST',
      url: `/api/assessments/${id}/criteria/3.4.2/evidence-request`,
      as: 'thamdinh',
      payload: { comment: 'Bổ sung bản xác nhận của Trung tâm PVHCC.' },
    });
    const editable = (await t.request({ method: 'GET', url: `/api/assessments/${id}`, as: 'tccb' })).json();
    expect(crit(editable, '3.4.2')).toMatchObject({ reviewState: 'evidence-requested', canEdit: true });
    expect(crit(editable, '7.3').canEdit).toBe(false);
    await t.request({
      method: 'POST',
      url: `/api/assessments/${id}/criteria/3.4.2/evidence`,
      as: 'tccb',
      payload: { fileId: await uploadEvidence(t, 'tccb', 'TCCB', 'Xác nhận.pdf') },
    });
    const answered = await t.request({
      method: 'PUT',
      url: `/api/assessments/${id}/criteria/3.4.2`,
      as: 'tccb',
      payload: { inputs: { onTime: 97, total: 100 } },
    });
    expect(crit(answered.json(), '3.4.2').reviewState).toBe('answered');
    expect((await t.request({ method: 'POST', url: `/api/assessments/${id}/publish`, as: 'thamdinh' })).statusCode).toBe(409);
    await t.request({
      method: 'PUT',
      url: `/api/assessments/${id}/criteria/3.4.2/appraisal`,
      as: 'thamdinh',
      payload: { score: 1.455, comment: 'Đủ tài liệu.' },
    });
    const published = (await t.request({ method: 'POST', url: `/api/assessments/${id}/publish`, as: 'thamdinh' })).json();
    expect(published.status).toBe('published');
    // Self 7.3 = 0,3 and 3.4.2 = 97% × 1,5 = 1,455; appraised 0,2 and 1,455: the totals differ by 0,1.
    // (Other criteria may score from measured data, e.g. no late dossier → 3.4.3 full, so compare the difference.)
    expect(published.selfTotal - published.appraisedTotal).toBeCloseTo(0.1, 5);
    expect(crit(published, '7.1.4').appraisedScore).toBe(crit(published, '7.1.4').selfScore);
    expect(published.history.map((e: { kind: string }) => e.kind)).toEqual([
      'opened',
      'self-scored',
      'evidence-added',
      'self-scored',
      'self-scored',
      'submitted',
      'appraised',
      'evidence-requested',
      'evidence-added',
      'evidence-answered',
      'appraised',
      'published',
    ]);

    const lost = (await t.request({ method: 'GET', url: `/api/assessments/${id}/lost-points`, as: 'vanphong' })).json();
    expect(lost.basis).toBe('appraised');
    const lost73 = lost.rows.find((r: { code: string }) => r.code === '7.3');
    expect(lost73).toMatchObject({ score: 0.2, lost: 0.3 });
    expect(lost.rows[0].lost).toBeGreaterThanOrEqual(lost.rows[lost.rows.length - 1].lost);

    const ranking = (await t.request({ method: 'GET', url: '/api/frameworks/HP-SGDDT-2023/ranking?year=2024', as: 'truong' })).json();
    expect(ranking.rows).toEqual([expect.objectContaining({ rank: 1, rankLabel: '01/01', total: published.appraisedTotal })]);
  });

  it('exports the self-assessment table to Excel and Word that read back', async () => {
    const id = await openDepartmentAssessment(t);
    await t.request({
      method: 'PUT',
      url: `/api/assessments/${id}/criteria/7.3`,
      as: 'vanphong',
      payload: { inputs: { posts: 60 }, explanation: 'Thống kê trên Cổng TTĐT.' },
    });
    const xlsx = await t.request({ method: 'GET', url: `/api/assessments/${id}/export.xlsx`, as: 'lanhdao' });
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Tự đánh giá')!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const row73 = rows.find((r) => r[1] === '7.3')!;
    expect(row73.slice(1, 7)).toEqual(['7.3', expect.stringContaining('Cổng thông tin điện tử'), 0.5, 0.3, '', 'Giải trình: Thống kê trên Cổng TTĐT.']);
    const docx = await t.request({ method: 'GET', url: `/api/assessments/${id}/export.docx`, as: 'lanhdao' });
    expect(docx.statusCode).toBe(200);
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024');
    expect(xml).toContain('Thống kê trên Cổng TTĐT.');
  });

  it('forecasts from live data and registers the dashboard metrics', async () => {
    const id = await openDepartmentAssessment(t);
    const before = (await t.request({ method: 'GET', url: `/api/assessments/${id}/forecast`, as: 'lanhdao' })).json();
    await t.request({ method: 'PUT', url: `/api/assessments/${id}/criteria/7.3`, as: 'vanphong', payload: { inputs: { posts: 250 } } });
    const f = (await t.request({ method: 'GET', url: `/api/assessments/${id}/forecast`, as: 'lanhdao' })).json();
    expect(f.total).toBeCloseTo(before.total + 0.5, 5);
    expect(f.sources.find((s: { code: string; key: string }) => s.code === '8.1' && s.key === 'done')).toBeTruthy();
    const m = await t.request({
      method: 'GET',
      url: `/api/metrics/par.forecastScore?unitId=${t.unitId('SGDDT')}&from=2024-01-01&to=2024-12-31`,
      as: 'lanhdao',
    });
    expect(m.statusCode, m.body).toBe(200);
    expect(m.json().value).toBe(f.total);
    const last = (
      await t.request({ method: 'GET', url: `/api/metrics/par.lastPublishedScore?unitId=${t.unitId('SGDDT')}&from=2024-01-01&to=2024-12-31`, as: 'lanhdao' })
    ).json();
    expect(last.value).toBeNull();
    expect(last.source).toMatch(/chưa có kết quả thẩm định/);
  });

  it('turns a lost criterion into a task of the current plan, led by the responsible division', async () => {
    const id = await openDepartmentAssessment(t);
    await t.request({ method: 'PUT', url: `/api/assessments/${id}/criteria/3.1`, as: 'vanphong', payload: { inputs: { level: 'notDone' } } });
    const noPlan = await t.request({ method: 'POST', url: `/api/assessments/${id}/criteria/3.1/task`, as: 'vanphong', payload: {} });
    expect(noPlan.statusCode).toBe(409);
    expect(noPlan.json().error.message).toMatch(/chưa có Kế hoạch CCHC nào/);
    const year = clock.currentYear();
    const plan = await t.request({
      method: 'POST',
      url: '/api/plans',
      as: 'vanphong',
      payload: { unitId: t.unitId('SGDDT'), year, title: `Kế hoạch CCHC năm ${year}` },
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const res = await t.request({ method: 'POST', url: `/api/assessments/${id}/criteria/3.1/task`, as: 'vanphong', payload: {} });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().content).toContain('Nâng điểm tiêu chí 3.1');
    const tasks = (await t.request({ method: 'GET', url: `/api/plans/${plan.json().id}/tasks`, as: 'vanphong' })).json();
    expect(tasks).toEqual([expect.objectContaining({ id: res.json().taskId, leadUnitId: t.unitId('VP') })]);
    const lost = (await t.request({ method: 'GET', url: `/api/assessments/${id}/lost-points`, as: 'vanphong' })).json();
    expect(lost.rows.find((r: { code: string }) => r.code === '3.1').taskId).toBe(res.json().taskId);
  });
});
