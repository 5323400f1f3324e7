// Test data from one place (as Outline's server/test/factories.ts): builders that create records through the
// real API, as a user would, with defaults a test overrides only where the rule it checks needs it.
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { TestContext } from './harness';

/** One file of a multipart body; `field` is the form field ("file" unless told). */
export interface UploadPart {
  name: string;
  bytes: Buffer;
  type?: string;
  field?: string;
}

/** A multipart/form-data body for app.inject: the text fields, then the files; spread it into t.request. */
export function multipart(fields: Record<string, string>, files: UploadPart | UploadPart[] = []) {
  const boundary = '----cchc' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const f of Array.isArray(files) ? files : [files]) {
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="${f.field ?? 'file'}"; filename="${f.name}"\r\nContent-Type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`;
    parts.push(Buffer.from(head), f.bytes, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A minimal, valid PDF, as evidence or an attachment. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** What uploadFile sends unless told: a PDF of evidence of the school, by its staff. */
export interface FileOverrides {
  as?: string;
  unitCode?: string;
  purpose?: string;
  name?: string;
  bytes?: Buffer;
  type?: string;
}

/** Uploads a file through POST /api/files and returns the reply (a refusal is a reply too). */
export function uploadFile(t: TestContext, o: FileOverrides = {}): Promise<LightMyRequestResponse> {
  const fields = { unitId: String(t.unitId(o.unitCode ?? 'THPT-TP')), purpose: o.purpose ?? 'evidence' };
  const file = { name: o.name ?? 'Báo cáo.pdf', bytes: o.bytes ?? PDF, type: o.type };
  return t.request({ method: 'POST', url: '/api/files', as: o.as ?? 'truong', ...multipart(fields, file) });
}

/** Uploads a file that must be accepted; returns its id. */
export async function buildFile(t: TestContext, o: FileOverrides = {}): Promise<string> {
  const res = await uploadFile(t, o);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/** A new draft plan (the department's 2026 plan by the Office unless told); returns the plan as the API shows it. */
export async function buildPlan(t: TestContext, o: { as?: string; unitCode?: string; year?: number; title?: string } = {}) {
  const year = o.year ?? 2026;
  const payload = { unitId: t.unitId(o.unitCode ?? 'SGDDT'), year, title: o.title ?? `Kế hoạch CCHC năm ${year}` };
  const res = await t.request({ method: 'POST', url: '/api/plans', as: o.as ?? 'vanphong', payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** A new task of a plan, led by the Office unless told; returns the task as the API shows it. */
export async function buildTask(
  t: TestContext,
  planId: number,
  o: { as?: string; content?: string; areaKey?: string; leadUnitCode?: string; timeFrame?: string } = {},
) {
  const payload = {
    content: o.content ?? 'Rà soát thủ tục hành chính',
    areaKey: o.areaKey ?? 'procedures',
    leadUnitId: t.unitId(o.leadUnitCode ?? 'VP'),
    timeFrame: o.timeFrame ?? 'Quý I/2026',
  };
  const res = await t.request({ method: 'POST', url: `/api/plans/${planId}/tasks`, as: o.as ?? 'vanphong', payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** A feedback (PAKN) registered at the desk; one-stop officer, by phone, about a procedure, received today unless told. */
export async function buildFeedback(
  t: TestContext,
  o: { as?: string; channel?: string; subjectKind?: string; title?: string; content?: string; receivedOn?: string } = {},
) {
  const { as = 'motcua', ...fields } = o;
  const payload = { channel: 'phone', subjectKind: 'procedure', title: 'Hỏi thủ tục chuyển trường', content: 'Công dân gọi điện.', ...fields };
  const res = await t.request({ method: 'POST', url: '/api/feedback', as, payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
