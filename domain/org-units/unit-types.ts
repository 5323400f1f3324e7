/**
 * Kinds of organisation unit. Since 1 July 2025 (two-tier local government) a commune or ward People's
 * Committee (with its Phòng Văn hóa – Xã hội) manages preschools, primary and lower-secondary schools, and
 * the provincial Public Administration Service Centre (Nghị định 118/2025/NĐ-CP) receives the department's
 * dossiers. District offices remain as a type of the units that existed before.
 */
export const UNIT_TYPES = ['department', 'division', 'district_office', 'commune', 'service_center', 'school', 'center'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** Vietnamese names of the unit types, for messages written by the domain. */
export const UNIT_TYPE_NAMES_VI: Readonly<Record<UnitType, string>> = {
  department: 'Sở',
  division: 'Phòng chuyên môn',
  district_office: 'Phòng GD&ĐT quận/huyện',
  commune: 'UBND xã/phường',
  service_center: 'Trung tâm Phục vụ hành chính công',
  school: 'Trường',
  center: 'Trung tâm',
};

/** True when the text names a unit type. */
export function isUnitType(text: string): text is UnitType {
  return (UNIT_TYPES as readonly string[]).includes(text);
}
