import { ROLE_LABELS, type Role } from '../../contracts/roles';

/** The password of every demo account (README and the start banner print it). */
export const DEMO_PASSWORD = 'Demo@2025';

const accounts: Array<{ username: string; fullName: string; role: Role; unit: string; email: string }> = [
  { username: 'admin', fullName: 'Quản trị hệ thống', role: 'admin', unit: 'SGDDT', email: 'admin@sgddt.example.vn' },
  { username: 'vanphong', fullName: 'Nguyễn Thị Hạnh', role: 'cchc_officer', unit: 'VP', email: 'vanphong@sgddt.example.vn' },
  { username: 'lanhdao', fullName: 'Trần Văn Minh', role: 'leader', unit: 'SGDDT', email: 'lanhdao@sgddt.example.vn' },
  { username: 'thamdinh', fullName: 'Lê Quang Huy', role: 'appraiser', unit: 'SGDDT', email: 'thamdinh@sgddt.example.vn' },
  { username: 'motcua', fullName: 'Phạm Thu Trang', role: 'one_stop_officer', unit: 'VP', email: 'motcua@sgddt.example.vn' },
  { username: 'tccb', fullName: 'Đỗ Mạnh Cường', role: 'division_staff', unit: 'TCCB', email: 'tccb@sgddt.example.vn' },
  { username: 'gdtrh', fullName: 'Vũ Thị Lan', role: 'division_staff', unit: 'GDTrH', email: 'gdtrh@sgddt.example.vn' },
  { username: 'truong', fullName: 'Hoàng Văn Nam', role: 'unit_staff', unit: 'THPT-TP', email: 'thpt.tranphu@sgddt.example.vn' },
  { username: 'pgdlechan', fullName: 'Bùi Thị Mai', role: 'unit_staff', unit: 'PGD-LC', email: 'pgd.lechan@sgddt.example.vn' },
];

/** One demo account per role, plus a second division and a district office. */
export const DEMO_USERS = accounts.map((a) => ({ ...a, roleLabel: ROLE_LABELS[a.role].vi }));
