import type { OrgChangeRequest } from '../../contracts/org-changes';
import type { Actor } from '../auth/permissions';
import type { Db } from '../db/client';
import { orgUnits } from '../db/schema/index';
import { applyOrgChange } from '../modules/org-units/org-change.service';
import type { OrgChangeParticipant } from '../modules/org-units/org-change-participant';
import type { DemoContext } from './demo-context';
import { DEMO_ORG_HAI_DUONG } from './demo-org';

type Ids = (code: string) => number;
const base = { newUnits: [], childParents: {}, notes: {}, destinations: {}, historyGrants: [] };
const ward = (ref: number, code: string, name: string, sgd: number) => ({
  ref,
  code,
  name,
  shortName: name.replace('UBND phường', 'P.'),
  type: 'commune' as const,
  parentId: sgd,
  district: null,
});

/** A district office dissolved into two wards of the two-tier government; its centres go to the department. */
function dissolveOffice(id: Ids, office: string, wards: [string, string, string, string], children: Record<string, 1 | 2 | 'SGDDT'>): OrgChangeRequest {
  const sgd = id('SGDDT');
  const refOf = (to: 1 | 2 | 'SGDDT') => (to === 'SGDDT' ? sgd : -to);
  return {
    ...base,
    kind: 'dissolve',
    effectiveOn: '2025-07-01',
    decisionNo: '1669/NQ-UBTVQH15',
    decisionDate: '2025-06-16',
    issuedBy: 'Ủy ban Thường vụ Quốc hội',
    note: 'Chính quyền địa phương hai cấp: không còn cấp huyện; trường mầm non, tiểu học, THCS do UBND cấp xã quản lý, trung tâm về Sở.',
    unitId: id(office),
    newUnits: [ward(-1, wards[0], wards[1], sgd), ward(-2, wards[2], wards[3], sgd)],
    successorIds: [-1, -2],
    principalId: -1,
    childParents: Object.fromEntries(Object.entries(children).map(([code, to]) => [String(id(code)), refOf(to)])),
  };
}

/**
 * The changes the Hải Phòng department went through in 2025, recorded as an administrator would: the
 * divisions merged and renamed under Quyết định 08/2025/QĐ-UBND (from 01/03/2025), then on 01/07/2025 the
 * provincial service centre, the district offices dissolved into wards (Nghị quyết 1669/NQ-UBTVQH15; the
 * schools' wards in the demo are illustrative), and Hải Dương's department merged into Hải Phòng's
 * (Nghị quyết 202/2025/QH15). See docs/decisions/0018-units-over-time.md for the sources.
 */
export function reform2025(id: Ids): Array<() => OrgChangeRequest> {
  const sgd = id('SGDDT');
  const divisions = { ...base, effectiveOn: '2025-03-01', decisionNo: '08/2025/QĐ-UBND', decisionDate: '2025-02-27', issuedBy: 'UBND thành phố Hải Phòng' };
  const province = { ...base, effectiveOn: '2025-07-01', decisionNo: '202/2025/QH15', decisionDate: '2025-06-12', issuedBy: 'Quốc hội' };
  return [
    (): OrgChangeRequest => ({
      ...divisions,
      kind: 'merge',
      sourceIds: [id('VP'), id('TCCB')],
      targetId: -1,
      newUnits: [{ ref: -1, code: 'TCHC', name: 'Phòng Tổ chức - Hành chính', shortName: 'Phòng TC-HC', type: 'division', parentId: sgd, district: null }],
    }),
    (): OrgChangeRequest => ({ ...divisions, kind: 'rename', unitId: id('KTKDCLGD'), name: 'Phòng Quản lý chất lượng', shortName: 'QLCL' }),
    (): OrgChangeRequest => ({
      ...divisions,
      kind: 'rename',
      unitId: id('GDTX-DH'),
      name: 'Phòng Giáo dục Thường xuyên, Giáo dục Nghề nghiệp và Đại học',
      shortName: 'GDTX-GDNN&ĐH',
    }),
    (): OrgChangeRequest => ({
      ...base,
      kind: 'establish',
      effectiveOn: '2025-07-01',
      decisionNo: '118/2025/NĐ-CP',
      decisionDate: '2025-06-09',
      issuedBy: 'Chính phủ',
      note: 'Bộ phận Một cửa của Sở chuyển về Trung tâm Phục vụ hành chính công thành phố: hồ sơ TTHC của Sở tiếp nhận và trả tại Trung tâm và các trung tâm cấp xã; các phòng của Sở giải quyết.',
      newUnits: [
        {
          ref: -1,
          code: 'TTPVHCC',
          name: 'Trung tâm Phục vụ hành chính công thành phố Hải Phòng',
          shortName: 'TT PVHCC thành phố',
          type: 'service_center',
          parentId: sgd,
          district: null,
        },
      ],
    }),
    (): OrgChangeRequest =>
      dissolveOffice(id, 'PGD-LC', ['P-LECHAN', 'UBND phường Lê Chân', 'P-ANBIEN', 'UBND phường An Biên'], { 'THCS-CVA': 2, 'TTGDNN-LC': 'SGDDT' }),
    (): OrgChangeRequest => dissolveOffice(id, 'PGD-NQ', ['P-NGOQUYEN', 'UBND phường Ngô Quyền', 'P-GIAVIEN', 'UBND phường Gia Viên'], { 'TH-NQ': 2 }),
    (): OrgChangeRequest => dissolveOffice(id, 'PGD-HB', ['P-HONGBANG', 'UBND phường Hồng Bàng', 'P-HONGAN', 'UBND phường Hồng An'], {}),
    (): OrgChangeRequest => dissolveOffice(id, 'PGD-TN', ['P-THUYNGUYEN', 'UBND phường Thủy Nguyên', 'P-THIENHUONG', 'UBND phường Thiên Hương'], {}),
    (): OrgChangeRequest =>
      dissolveOffice(id, 'PGD-TPHD', ['P-HAIDUONG', 'UBND phường Hải Dương', 'P-LETHANHNGHI', 'UBND phường Lê Thanh Nghị'], { 'TH-TPHD': 2 }),
    (): OrgChangeRequest => ({ ...province, kind: 'merge', sourceIds: [id('VP-HD')], targetId: id('TCHC') }),
    (): OrgChangeRequest => ({ ...province, kind: 'merge', sourceIds: [id('GDTrH-HD')], targetId: id('GDTrH') }),
    (): OrgChangeRequest => ({
      ...province,
      kind: 'merge',
      sourceIds: [id('SGDDT-HD')],
      targetId: sgd,
      note: 'Hợp nhất tỉnh Hải Dương và thành phố Hải Phòng thành thành phố Hải Phòng; Sở GD&ĐT Hải Dương hợp nhất vào Sở GD&ĐT Hải Phòng.',
    }),
  ];
}

/**
 * Adds Hải Dương's units (recorded from the merger on: they carry no earlier data) and applies the 2025 changes
 * through the real change service, after the features' demo data, so the open work of 2025–2026 moves to the
 * successors exactly as it would for a department that records the reform late.
 */
export async function applyDemoReform(ctx: DemoContext, participants: OrgChangeParticipant[]): Promise<void> {
  const { tx, unitIds } = ctx;
  for (const u of DEMO_ORG_HAI_DUONG) {
    const [row] = await tx
      .insert(orgUnits)
      .values({
        code: u.code,
        name: u.name,
        shortName: u.shortName ?? null,
        type: u.type,
        parentId: u.parent ? unitIds.get(u.parent)! : null,
        district: u.district ?? null,
        path: '',
      })
      .returning();
    unitIds.set(u.code, row.id);
  }
  const adminId = ctx.userIds.get('admin')!;
  const admin: Actor = {
    userId: adminId,
    username: 'admin',
    fullName: 'Quản trị hệ thống',
    role: 'admin',
    unitId: unitIds.get('SGDDT')!,
    unitPath: '/',
    scopePath: '/',
  };
  const id: Ids = (code) => {
    const found = unitIds.get(code);
    if (found === undefined) throw new Error(`demo reform: no unit ${code}`);
    return found;
  };
  const grants = new Map([['PGD-LC', [ctx.userIds.get('pgdlechan')!]]]);
  for (const next of reform2025(id)) {
    const req = next();
    if (req.kind === 'dissolve') req.historyGrants = grants.get([...unitIds].find(([, v]) => v === req.unitId)![0]) ?? [];
    const change = await applyOrgChange(tx as unknown as Db, admin, req, participants);
    for (const [ref, newId] of Object.entries(change.outcome.newUnitIds)) {
      const code = req.newUnits.find((u) => u.ref === Number(ref))!.code;
      unitIds.set(code, newId);
    }
  }
}
