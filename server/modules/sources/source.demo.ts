// The demo's source: the province's one-stop system, played on loopback by the stand-in that `npm start` runs
// (demo-standin.ts gives it its address and a fresh password at every start). Its first run fills the register.
import { PORTAL_PULL_PRESET } from '../../../contracts/sources';
import { PORTAL_MAPPING } from '../../../domain/sources/index';
import type { DemoContext } from '../../demo/demo-context';
import { sources } from '../../db/schema/index';

export const DEMO_SOURCE_CODE = 'mot-cua-tinh';

/** Registers the demo pull source (no address or password yet: the stand-in sets them when it starts). */
export async function seedSourcesDemo(ctx: DemoContext): Promise<void> {
  await ctx.tx.insert(sources).values({
    code: DEMO_SOURCE_CODE,
    name: 'Hệ thống thông tin giải quyết TTHC tỉnh (mô phỏng)',
    kind: 'pull',
    unitId: ctx.unitIds.get('SGDDT')!,
    active: true,
    schedule: { kind: 'interval', minutes: 15 },
    config: { ...PORTAL_PULL_PRESET, baseUrl: 'http://127.0.0.1:9', mapping: PORTAL_MAPPING },
    createdBy: ctx.userIds.get('vanphong')!,
  });
}
