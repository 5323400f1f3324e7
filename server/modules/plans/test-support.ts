/** Helpers of the plans tests: demo plans in the test database, the seed-003 appendix as lines, multipart bodies. */
import { plan2025AppendixTasks } from '../../../domain/plans/fixtures';
import { reformAreaByKey } from '../../../domain/plans/reform-areas';
import type { TestContext } from '../../../test/harness';
import { DEMO_ORG } from '../../demo/demo-org';
import { DEMO_USERS } from '../../demo/demo-accounts';
import type { AppendixLine } from './appendix-workbook';
import { seedPlansDemo } from './plan.demo';

/** Loads the plans demo data (seed 003 plan, sub-unit plans) into the test database. */
export async function seedDemoPlans(t: TestContext): Promise<void> {
  const unitIds = new Map(DEMO_ORG.map((u) => [u.code, t.unitId(u.code)]));
  const userIds = new Map(DEMO_USERS.map((u) => [u.username, t.userId(u.username)]));
  await t.database.db.transaction((tx) => seedPlansDemo({ tx, unitIds, userIds, today: '2025-12-15' }));
}

/** The 18 lines of the seed-003 appendix as printed, with the area as an optional extra column. */
export function seed003AppendixLines(): AppendixLine[] {
  return plan2025AppendixTasks.map((t) => ({
    no: t.no,
    content: t.content,
    lead: t.leadUnits.map((u) => u.name).join(', '),
    coord: t.coordinatingUnits.map((u) => u.name).join(', '),
    time: t.timeFrameText ?? '',
    product: t.product ?? '',
    area: reformAreaByKey(t.areaKey).shortVi,
  }));
}

/** A multipart body with fields and one file, for app.inject. */
export function multipart(fields: Record<string, string>, file: { name: string; bytes: Buffer; type?: string }) {
  const boundary = '----cchc' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`));
  parts.push(file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A minimal, valid PDF to upload as evidence. */
export const EVIDENCE_PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
