// Short codes of the units a criterion is assigned to. Seed 004 assigns criteria to the Office, the
// Inspectorate, "các phòng Sở" and "đơn vị trực thuộc / liên quan" collectively; the named divisions are the
// department's (DOMAIN.md) so other years' frameworks can assign to one of them.

/** Known responsible-unit codes with their Vietnamese names. Frameworks may use others; these get a label. */
export const RESPONSIBLE_UNITS = {
  VP: 'Văn phòng Sở',
  TTr: 'Thanh tra Sở',
  KHTC: 'Phòng Kế hoạch - Tài chính',
  TCCB: 'Phòng Tổ chức cán bộ',
  GDTrH: 'Phòng Giáo dục Trung học',
  'GDMN-GDTH': 'Phòng Giáo dục Mầm non - Giáo dục Tiểu học',
  'GDTX-DH': 'Phòng Giáo dục thường xuyên và Đại học',
  KTKDCLGD: 'Phòng Khảo thí và Kiểm định chất lượng giáo dục',
  'CAC-PHONG': 'Các phòng Sở',
  'DV-TRUC-THUOC': 'Các đơn vị trực thuộc',
  'DV-LIEN-QUAN': 'Các đơn vị liên quan',
} as const;

/** A known responsible-unit code. */
export type ResponsibleUnitCode = keyof typeof RESPONSIBLE_UNITS;

/** Vietnamese name of a unit code, or the code itself when unknown. */
export function responsibleUnitName(code: string): string {
  return (RESPONSIBLE_UNITS as Record<string, string>)[code] ?? code;
}
