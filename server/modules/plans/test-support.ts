/** Helpers of the plans tests: demo plans in the test database, the seed-003 appendix as lines (other test data: test/factories.ts). */
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
