// Test helpers of the frameworks feature: open an assessment and upload evidence through the real API.
import type { TestContext } from '../../../test/harness';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

export async function uploadEvidence(t: TestContext, as: string, unitCode: string, name = 'Danh sách tin bài.pdf'): Promise<string> {
  const boundary = '----cchcfw' + Math.random().toString(16).slice(2);
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="unitId"\r\n\r\n${t.unitId(unitCode)}\r\n--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nevidence\r\n`;
  const filePart = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head + filePart), PDF, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const res = await t.request({ method: 'POST', url: '/api/files', as, payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.body}`);
  return res.json().id;
}

/** Opens the department's assessment of HP-SGDDT-2023 for a year as the Office; returns its id. */
export async function openDepartmentAssessment(t: TestContext, year = 2024, unitCode = 'SGDDT'): Promise<number> {
  const res = await t.request({ method: 'POST', url: '/api/assessments', as: 'vanphong', payload: { frameworkCode: 'HP-SGDDT-2023', unitId: t.unitId(unitCode), year } });
  if (res.statusCode !== 201) throw new Error(`open failed: ${res.body}`);
  return res.json().id;
}
