// Test helpers of the frameworks feature: open an assessment and upload evidence through the real API.
import { buildFile } from '../../../test/factories';
import type { TestContext } from '../../../test/harness';

/** Uploads a PDF of evidence for a unit; returns the file's id. */
export const uploadEvidence = (t: TestContext, as: string, unitCode: string, name = 'Danh sách tin bài.pdf'): Promise<string> =>
  buildFile(t, { as, unitCode, name, type: 'application/pdf' });

/** Opens the department's assessment of HP-SGDDT-2023 for a year as the Office; returns its id. */
export async function openDepartmentAssessment(t: TestContext, year = 2024, unitCode = 'SGDDT'): Promise<number> {
  const res = await t.request({
    method: 'POST',
    url: '/api/assessments',
    as: 'vanphong',
    payload: { frameworkCode: 'HP-SGDDT-2023', unitId: t.unitId(unitCode), year },
  });
  if (res.statusCode !== 201) throw new Error(`open failed: ${res.body}`);
  return res.json().id;
}
