import { ApartmentOutlined, AuditOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import type { WebFeature } from '../../shared/web-feature';
import { lazyPage } from '../../shared/lazy-page';
import { adminCatalog } from './catalog';

export const adminFeature: WebFeature = {
  name: 'admin',
  catalog: adminCatalog,
  groups: [{ key: 'admin', label: 'menu.admin', icon: <SettingOutlined />, order: 90 }],
  routes: [
    {
      path: '/admin/units',
      element: lazyPage(() => import('./OrgUnitsPage'), 'OrgUnitsPage'),
      permission: 'org:manage',
      menu: { key: 'units', label: 'menu.admin.units', icon: <ApartmentOutlined />, group: 'admin', order: 91 },
    },
    {
      path: '/admin/users',
      element: lazyPage(() => import('./UsersPage'), 'UsersPage'),
      permission: 'user:read',
      menu: { key: 'users', label: 'menu.admin.users', icon: <TeamOutlined />, group: 'admin', order: 92 },
    },
    {
      path: '/admin/audit',
      element: lazyPage(() => import('./AuditPage'), 'AuditPage'),
      permission: 'audit:read',
      menu: { key: 'audit', label: 'menu.admin.audit', icon: <AuditOutlined />, group: 'admin', order: 93 },
    },
  ],
};
