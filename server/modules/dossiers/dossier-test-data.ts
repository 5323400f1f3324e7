// Test data shared by the dossier tests: the education catalogue inserted for the reset demo units.
import type { TestContext } from '../../../test/harness';
import { procedures } from '../../db/schema/index';
import { EDUCATION_PROCEDURES } from './procedure-catalogue';

/** Inserts the catalogue; returns procedure ids by code. */
export async function seedCatalogue(t: TestContext): Promise<Map<string, number>> {
  const rows = await t.database.db
    .insert(procedures)
    .values(EDUCATION_PROCEDURES.map(({ unitCode, ...p }) => ({ ...p, unitId: t.unitId(unitCode) })))
    .returning();
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** One import row in the documented layout, with overrides. */
export function importRow(code: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code,
    procedureCode: '1.005088',
    unitCode: 'KTKDCLGD',
    applicantName: 'Trần Văn Nam',
    applicantPhone: '0987654321',
    channel: 2,
    state: 4,
    receivedOn: '2025-03-03',
    ...over,
  };
}
