import type { UnitType } from '../../contracts/roles';

/** A unit of the demo organisation; `parent` names another unit's code. */
export interface DemoUnit {
  code: string;
  name: string;
  shortName?: string;
  type: UnitType;
  parent?: string;
  district?: string;
}

/**
 * The Hải Phòng Department of Education and Training as the seeds name it: the Office and the
 * divisions that carry the 2025 plan (seed 003) and own PAR criteria (seed 004), a few district
 * offices, and schools and centers under them. High schools report to the department directly.
 */
export const DEMO_ORG: DemoUnit[] = [
  { code: 'SGDDT', name: 'Sở Giáo dục và Đào tạo Hải Phòng', shortName: 'Sở GD&ĐT', type: 'department', district: 'Hải Phòng' },
  { code: 'VP', name: 'Văn phòng Sở', shortName: 'Văn phòng', type: 'division', parent: 'SGDDT' },
  { code: 'TCCB', name: 'Phòng Tổ chức cán bộ', shortName: 'TCCB', type: 'division', parent: 'SGDDT' },
  { code: 'KHTC', name: 'Phòng Kế hoạch - Tài chính', shortName: 'KHTC', type: 'division', parent: 'SGDDT' },
  { code: 'TTr', name: 'Thanh tra Sở', shortName: 'Thanh tra', type: 'division', parent: 'SGDDT' },
  { code: 'GDTrH', name: 'Phòng Giáo dục Trung học', shortName: 'GDTrH', type: 'division', parent: 'SGDDT' },
  { code: 'GDMN-GDTH', name: 'Phòng Giáo dục Mầm non - Giáo dục Tiểu học', shortName: 'GDMN-GDTH', type: 'division', parent: 'SGDDT' },
  { code: 'GDTX-DH', name: 'Phòng Giáo dục Thường xuyên và Đại học', shortName: 'GDTX&ĐH', type: 'division', parent: 'SGDDT' },
  { code: 'KTKDCLGD', name: 'Phòng Khảo thí và Kiểm định chất lượng giáo dục', shortName: 'KT&KĐCLGD', type: 'division', parent: 'SGDDT' },
  {
    code: 'PGD-LC',
    name: 'Phòng Giáo dục và Đào tạo quận Lê Chân',
    shortName: 'Phòng GD&ĐT Lê Chân',
    type: 'district_office',
    parent: 'SGDDT',
    district: 'Lê Chân',
  },
  {
    code: 'PGD-NQ',
    name: 'Phòng Giáo dục và Đào tạo quận Ngô Quyền',
    shortName: 'Phòng GD&ĐT Ngô Quyền',
    type: 'district_office',
    parent: 'SGDDT',
    district: 'Ngô Quyền',
  },
  {
    code: 'PGD-HB',
    name: 'Phòng Giáo dục và Đào tạo quận Hồng Bàng',
    shortName: 'Phòng GD&ĐT Hồng Bàng',
    type: 'district_office',
    parent: 'SGDDT',
    district: 'Hồng Bàng',
  },
  {
    code: 'PGD-TN',
    name: 'Phòng Giáo dục và Đào tạo thành phố Thủy Nguyên',
    shortName: 'Phòng GD&ĐT Thủy Nguyên',
    type: 'district_office',
    parent: 'SGDDT',
    district: 'Thủy Nguyên',
  },
  { code: 'THPT-TP', name: 'Trường THPT Trần Phú', shortName: 'THPT Trần Phú', type: 'school', parent: 'SGDDT', district: 'Lê Chân' },
  { code: 'THPT-NQ', name: 'Trường THPT Ngô Quyền', shortName: 'THPT Ngô Quyền', type: 'school', parent: 'SGDDT', district: 'Ngô Quyền' },
  { code: 'THPT-TN', name: 'Trường THPT Thái Phiên', shortName: 'THPT Thái Phiên', type: 'school', parent: 'SGDDT', district: 'Ngô Quyền' },
  {
    code: 'TTGDTX-HP',
    name: 'Trung tâm Giáo dục thường xuyên Hải Phòng',
    shortName: 'TT GDTX Hải Phòng',
    type: 'center',
    parent: 'SGDDT',
    district: 'Lê Chân',
  },
  { code: 'THCS-CVA', name: 'Trường THCS Chu Văn An', shortName: 'THCS Chu Văn An', type: 'school', parent: 'PGD-LC', district: 'Lê Chân' },
  { code: 'TH-LC', name: 'Trường Tiểu học Lê Chân', shortName: 'TH Lê Chân', type: 'school', parent: 'PGD-LC', district: 'Lê Chân' },
  { code: 'MN-HS', name: 'Trường Mầm non Hoa Sen', shortName: 'MN Hoa Sen', type: 'school', parent: 'PGD-LC', district: 'Lê Chân' },
  { code: 'THCS-NQ', name: 'Trường THCS Lê Lợi', shortName: 'THCS Lê Lợi', type: 'school', parent: 'PGD-NQ', district: 'Ngô Quyền' },
  { code: 'TH-NQ', name: 'Trường Tiểu học Đông Khê', shortName: 'TH Đông Khê', type: 'school', parent: 'PGD-NQ', district: 'Ngô Quyền' },
  { code: 'THCS-HB', name: 'Trường THCS Hồng Bàng', shortName: 'THCS Hồng Bàng', type: 'school', parent: 'PGD-HB', district: 'Hồng Bàng' },
  { code: 'TTGDNN-LC', name: 'Trung tâm GDNN-GDTX quận Lê Chân', shortName: 'TT GDNN-GDTX Lê Chân', type: 'center', parent: 'PGD-LC', district: 'Lê Chân' },
  { code: 'THCS-TN', name: 'Trường THCS Thủy Sơn', shortName: 'THCS Thủy Sơn', type: 'school', parent: 'PGD-TN', district: 'Thủy Nguyên' },
];

/**
 * Units of the former Hải Dương Department of Education and Training, as they were until 30/06/2025 (a few
 * of them: the demo only needs enough to show the merger). Added to the demo after the features' data (the
 * department started recording Hải Dương's units in the system with the merger), then merged on 01/07/2025
 * by server/demo/reform-2025.ts.
 */
export const DEMO_ORG_HAI_DUONG: DemoUnit[] = [
  { code: 'SGDDT-HD', name: 'Sở Giáo dục và Đào tạo Hải Dương', shortName: 'Sở GD&ĐT Hải Dương', type: 'department', district: 'Hải Dương' },
  { code: 'VP-HD', name: 'Văn phòng Sở Giáo dục và Đào tạo Hải Dương', shortName: 'Văn phòng Sở (Hải Dương)', type: 'division', parent: 'SGDDT-HD' },
  { code: 'GDTrH-HD', name: 'Phòng Giáo dục Trung học (Sở GD&ĐT Hải Dương)', shortName: 'GDTrH (Hải Dương)', type: 'division', parent: 'SGDDT-HD' },
  {
    code: 'PGD-TPHD',
    name: 'Phòng Giáo dục và Đào tạo thành phố Hải Dương',
    shortName: 'Phòng GD&ĐT TP Hải Dương',
    type: 'district_office',
    parent: 'SGDDT-HD',
    district: 'TP Hải Dương',
  },
  { code: 'THPT-HQ', name: 'Trường THPT Hồng Quang', shortName: 'THPT Hồng Quang', type: 'school', parent: 'SGDDT-HD', district: 'TP Hải Dương' },
  {
    code: 'THPT-NT',
    name: 'Trường THPT chuyên Nguyễn Trãi',
    shortName: 'THPT chuyên Nguyễn Trãi',
    type: 'school',
    parent: 'SGDDT-HD',
    district: 'TP Hải Dương',
  },
  {
    code: 'THCS-TPHD',
    name: 'Trường THCS Lê Quý Đôn (TP Hải Dương)',
    shortName: 'THCS Lê Quý Đôn',
    type: 'school',
    parent: 'PGD-TPHD',
    district: 'TP Hải Dương',
  },
  { code: 'TH-TPHD', name: 'Trường Tiểu học Tô Hiệu (TP Hải Dương)', shortName: 'TH Tô Hiệu', type: 'school', parent: 'PGD-TPHD', district: 'TP Hải Dương' },
];
