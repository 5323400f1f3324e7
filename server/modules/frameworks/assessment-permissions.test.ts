import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { openDepartmentAssessment, uploadEvidence } from './assessment-fixtures';

const t = useTestApp();
const put = (id: number, code: string, as: string, inputs: object) =>
  t.request({ method: 'PUT', url: `/api/assessments/${id}/criteria/${code}`, as, payload: { inputs } });

describe('who may do what on an assessment', () => {
  it('divisions edit only the criteria assigned to them; the Office edits any', async () => {
    const id = await openDepartmentAssessment(t);
    // 3.1 is the Office's alone (VP); 7.3 is the Office's and every division's (CAC-PHONG).
    expect((await put(id, '3.1', 'tccb', { level: 'done' })).statusCode).toBe(403);
    expect((await put(id, '7.3', 'tccb', { posts: 60 })).statusCode).toBe(200);
    expect((await put(id, '3.1', 'vanphong', { level: 'done' })).statusCode).toBe(200);
    const detail = (await t.request({ method: 'GET', url: `/api/assessments/${id}`, as: 'tccb' })).json();
    const canEdit = Object.fromEntries(detail.criteria.map((c: { code: string; canEdit: boolean }) => [c.code, c.canEdit]));
    expect(canEdit).toMatchObject({ '3.1': false, '3.3.5': false, '7.3': true, '8.1': true });
    // Evidence goes to the criteria the division owns only.
    const fileId = await uploadEvidence(t, 'tccb', 'TCCB');
    expect((await t.request({ method: 'POST', url: `/api/assessments/${id}/criteria/3.1/evidence`, as: 'tccb', payload: { fileId } })).statusCode).toBe(403);
    // A division cannot submit the department's assessment.
    expect((await t.request({ method: 'POST', url: `/api/assessments/${id}/submit`, as: 'tccb' })).statusCode).toBe(403);
  });

  it('appraisers cannot edit self scores, and the unit cannot set appraised scores', async () => {
    const id = await openDepartmentAssessment(t);
    expect((await put(id, '7.3', 'thamdinh', { posts: 300 })).statusCode).toBe(403);
    await put(id, '7.3', 'vanphong', { posts: 60 });
    await t.request({
      method: 'PUT',
      url: `/api/assessments/${id}/criteria/7.3`,
      as: 'vanphong',
      payload: { inputs: { posts: 60 }, explanation: 'Thống kê Cổng TTĐT' },
    });
    await t.request({ method: 'POST', url: `/api/assessments/${id}/submit`, as: 'vanphong' });
    expect((await put(id, '7.3', 'thamdinh', { posts: 300 })).statusCode).toBe(403);
    const byOffice = await t.request({
      method: 'PUT',
      url: `/api/assessments/${id}/criteria/7.3/appraisal`,
      as: 'vanphong',
      payload: { score: 0.5, comment: 'Tự nâng' },
    });
    expect(byOffice.statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: `/api/assessments/${id}/publish`, as: 'vanphong' })).statusCode).toBe(403);
    const rows = (await t.request({ method: 'GET', url: `/api/audit?action=assessment.appraised`, as: 'admin' })).json();
    expect(rows.total).toBe(0);
  });

  it("units cannot see other units' unpublished assessments; published results are visible", async () => {
    const department = await openDepartmentAssessment(t, 2024, 'SGDDT');
    const school = await openDepartmentAssessment(t, 2024, 'THPT-TP');
    for (const url of [`/api/assessments/${department}`, `/api/assessments/${department}/lost-points`, `/api/assessments/${department}/export.xlsx`]) {
      expect((await t.request({ method: 'GET', url, as: 'truong' })).statusCode, url).toBe(403);
    }
    expect((await t.request({ method: 'GET', url: `/api/assessments/${school}`, as: 'pgdlechan' })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: `/api/assessments/${school}`, as: 'tccb' })).statusCode).toBe(403);
    const listed = (await t.request({ method: 'GET', url: '/api/assessments', as: 'truong' })).json();
    expect(listed.map((a: { id: number }) => a.id)).toEqual([school]);
    // The school fills its own assessment, every criterion.
    expect((await put(school, '3.1', 'truong', { level: 'done' })).statusCode).toBe(200);

    await put(department, '7.3', 'vanphong', { posts: 10 });
    await t.request({
      method: 'PUT',
      url: `/api/assessments/${department}/criteria/7.3`,
      as: 'vanphong',
      payload: { inputs: { posts: 10 }, explanation: 'Ít tin' },
    });
    await t.request({ method: 'POST', url: `/api/assessments/${department}/submit`, as: 'vanphong' });
    await t.request({ method: 'POST', url: `/api/assessments/${department}/publish`, as: 'thamdinh' });
    expect((await t.request({ method: 'GET', url: `/api/assessments/${department}`, as: 'truong' })).statusCode).toBe(200);
    expect((await put(department, '7.3', 'truong', { posts: 300 })).statusCode).toBe(403);
  });

  it('answers 403, not 404, for an assessment that does not exist, so ids reveal nothing', async () => {
    expect((await t.request({ method: 'GET', url: '/api/assessments/999', as: 'truong' })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/assessments/999', as: 'admin' })).statusCode).toBe(404);
  });
});
