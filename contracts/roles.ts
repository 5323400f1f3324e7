import { z } from 'zod';
import { UNIT_TYPES } from '../domain/org-units/unit-types';

/** The roles a staff account can have; permissions per role live in server/auth/permissions.ts. */
export const ROLES = ['admin', 'cchc_officer', 'leader', 'division_staff', 'unit_staff', 'appraiser', 'one_stop_officer'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  cchc_officer: { vi: 'Cán bộ CCHC (Văn phòng Sở)', en: 'CCHC officer (Office)' },
  leader: { vi: 'Lãnh đạo Sở', en: 'Leader' },
  division_staff: { vi: 'Cán bộ phòng chuyên môn', en: 'Division staff' },
  unit_staff: { vi: 'Cán bộ đơn vị (trường, Phòng GD&ĐT)', en: 'Unit staff (school, district office)' },
  appraiser: { vi: 'Thành viên hội đồng thẩm định', en: 'Appraiser' },
  one_stop_officer: { vi: 'Cán bộ Bộ phận Một cửa', en: 'One-stop officer' },
};

/** Kinds of organisation unit (domain/org-units/unit-types). */
export { UNIT_TYPES };
export const UnitType = z.enum(UNIT_TYPES);
export type UnitType = z.infer<typeof UnitType>;

export const UNIT_TYPE_LABELS: Record<UnitType, { vi: string; en: string }> = {
  department: { vi: 'Sở', en: 'Department' },
  division: { vi: 'Phòng chuyên môn', en: 'Division' },
  district_office: { vi: 'Phòng GD&ĐT', en: 'District office' },
  commune: { vi: 'UBND xã/phường', en: 'Commune/ward' },
  service_center: { vi: 'Trung tâm Phục vụ HCC', en: 'Public service centre' },
  school: { vi: 'Trường', en: 'School' },
  center: { vi: 'Trung tâm', en: 'Center' },
};
