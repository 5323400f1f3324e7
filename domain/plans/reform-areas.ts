/**
 * The reform areas (lĩnh vực CCHC) that plans, tasks and criteria are filed under.
 * Seven come from the national programme (Nghị quyết 76/NQ-CP); PAPI and SIPAS are the extra
 * sections some plans add (seed 002 §9, §10). Kept as data so a year's plan can be rendered in order.
 */

/** One reform area: a stable key for code, labels for people, and its place in a plan. */
export interface ReformArea {
  readonly key: ReformAreaKey;
  readonly order: number;
  readonly labelVi: string;
  readonly labelEn: string;
  /** Short Vietnamese label for tables and filters. */
  readonly shortVi: string;
}

export const REFORM_AREA_KEYS = [
  'direction',
  'institutions',
  'procedures',
  'organization',
  'civil-service',
  'public-finance',
  'digital-government',
  'papi',
  'sipas',
] as const;

export type ReformAreaKey = (typeof REFORM_AREA_KEYS)[number];

export const REFORM_AREAS: readonly ReformArea[] = [
  {
    key: 'direction',
    order: 1,
    labelVi: 'Công tác chỉ đạo, điều hành CCHC',
    labelEn: 'Direction and management of administrative reform',
    shortVi: 'Chỉ đạo, điều hành',
  },
  {
    key: 'institutions',
    order: 2,
    labelVi: 'Cải cách thể chế',
    labelEn: 'Institutional reform',
    shortVi: 'Thể chế',
  },
  {
    key: 'procedures',
    order: 3,
    labelVi: 'Cải cách thủ tục hành chính',
    labelEn: 'Administrative procedure reform',
    shortVi: 'Thủ tục hành chính',
  },
  {
    key: 'organization',
    order: 4,
    labelVi: 'Cải cách tổ chức bộ máy hành chính nhà nước',
    labelEn: 'Reform of the state administrative apparatus',
    shortVi: 'Tổ chức bộ máy',
  },
  {
    key: 'civil-service',
    order: 5,
    labelVi: 'Cải cách chế độ công vụ',
    labelEn: 'Civil service reform',
    shortVi: 'Chế độ công vụ',
  },
  {
    key: 'public-finance',
    order: 6,
    labelVi: 'Cải cách tài chính công',
    labelEn: 'Public finance reform',
    shortVi: 'Tài chính công',
  },
  {
    key: 'digital-government',
    order: 7,
    labelVi: 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
    labelEn: 'E-government and digital government',
    shortVi: 'Chính quyền điện tử, số',
  },
  {
    key: 'papi',
    order: 8,
    labelVi: 'Chỉ số Hiệu quả quản trị và hành chính công (PAPI)',
    labelEn: 'Provincial Governance and Public Administration Performance Index (PAPI)',
    shortVi: 'PAPI',
  },
  {
    key: 'sipas',
    order: 9,
    labelVi: 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)',
    labelEn: 'Satisfaction Index of Public Administrative Services (SIPAS)',
    shortVi: 'SIPAS, sự hài lòng',
  },
];

/** True when the text is one of the known area keys (for input coming from outside). */
export function isReformAreaKey(text: string): text is ReformAreaKey {
  return (REFORM_AREA_KEYS as readonly string[]).includes(text);
}

/** The area with that key; every key has exactly one entry. */
export function reformAreaByKey(key: ReformAreaKey): ReformArea {
  const area = REFORM_AREAS.find((a) => a.key === key);
  // Unreachable for a typed key; kept so a mismatch between the two lists fails loudly.
  if (!area) throw new Error(`Không có lĩnh vực CCHC với mã "${key}".`);
  return area;
}

/** Sorts items by the order of their reform area, keeping the input order within an area. */
export function sortByReformArea<T extends { areaKey: ReformAreaKey }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => reformAreaByKey(a.item.areaKey).order - reformAreaByKey(b.item.areaKey).order || a.index - b.index)
    .map((x) => x.item);
}
