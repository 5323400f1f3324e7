import { CalendarOutlined, DashboardOutlined, FileSearchOutlined, FolderOpenOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { WebFeature } from '../../app/features';
import { CalendarPage } from './CalendarPage';
import { DossierDashboardPage } from './DossierDashboardPage';
import { DossiersPage } from './DossiersPage';
import { ProceduresPage } from './ProceduresPage';
import { PublicLookupPage } from './PublicLookupPage';
import { dossiersCatalog } from './messages';

/** Pages, menu entries and messages of the dossiers feature. */
export const dossiersFeature: WebFeature = {
  name: 'dossiers',
  catalog: dossiersCatalog,
  groups: [{ key: 'dossiers', label: 'menu.dossiers', icon: <FolderOpenOutlined />, order: 40 }],
  routes: [
    { path: '/ho-so', element: <DossiersPage />, permission: 'dossier:read', menu: { key: 'dossiers-desk', label: 'menu.dossiers.desk', icon: <FileSearchOutlined />, group: 'dossiers', order: 41 } },
    { path: '/ho-so/bang-dieu-khien', element: <DossierDashboardPage />, permission: 'dossier:read', menu: { key: 'dossiers-dashboard', label: 'menu.dossiers.dashboard', icon: <DashboardOutlined />, group: 'dossiers', order: 42 } },
    { path: '/thu-tuc', element: <ProceduresPage />, permission: 'dossier:read', menu: { key: 'procedures', label: 'menu.dossiers.procedures', icon: <UnorderedListOutlined />, group: 'dossiers', order: 43 } },
    { path: '/admin/lich', element: <CalendarPage />, permission: 'calendar:manage', menu: { key: 'calendar', label: 'menu.dossiers.calendar', icon: <CalendarOutlined />, group: 'admin', order: 94 } },
  ],
  publicRoutes: [{ path: '/cong-khai/tra-cuu-ho-so', element: <PublicLookupPage /> }],
};
