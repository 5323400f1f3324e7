// Changes of the organisation the integration tests record through the API, on the reset demo units.
import type { TestContext } from './harness';

/** The Standing Committee's resolution on Hải Phòng's communes and wards (in force 01/07/2025). */
export const WARDS_DECISION = { decisionNo: '1669/NQ-UBTVQH15', decisionDate: '2025-06-16', issuedBy: 'Ủy ban Thường vụ Quốc hội' };

/** The Lê Chân district office dissolved into two new wards (Lê Chân the principal); its secondary school goes to An Biên. */
export function dissolveLeChan(t: TestContext, extra: Record<string, unknown> = {}) {
  return {
    kind: 'dissolve',
    ...WARDS_DECISION,
    effectiveOn: '2025-07-01',
    unitId: t.unitId('PGD-LC'),
    newUnits: [
      { ref: -1, code: 'P-LECHAN', name: 'UBND phường Lê Chân', type: 'commune', parentId: t.unitId('SGDDT') },
      { ref: -2, code: 'P-ANBIEN', name: 'UBND phường An Biên', type: 'commune', parentId: t.unitId('SGDDT') },
    ],
    successorIds: [-1, -2],
    principalId: -1,
    childParents: { [t.unitId('THCS-CVA')]: -2 },
    ...extra,
  };
}

/** Two divisions that handle procedures (quality assurance, secondary education) merged into a new one on 01/07/2025. */
export function mergeQualityAndSecondary(t: TestContext) {
  return {
    kind: 'merge',
    decisionNo: '08/2025/QĐ-UBND',
    effectiveOn: '2025-07-01',
    sourceIds: [t.unitId('KTKDCLGD'), t.unitId('GDTrH')],
    targetId: -1,
    newUnits: [{ ref: -1, code: 'GDTrH-KT', name: 'Phòng Giáo dục trung học - Khảo thí', type: 'division', parentId: t.unitId('SGDDT') }],
  };
}
