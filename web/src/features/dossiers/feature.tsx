import { CalendarOutlined, DashboardOutlined, FundOutlined, FileSearchOutlined, FolderOpenOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { WebFeature } from '../../shared/web-feature';
import { lazyPage } from '../../shared/lazy-page';
import { kpi766Catalog } from './kpi766-messages';
import { procedureCatalog } from './procedure-messages';
import { deskCatalog } from './desk-messages';
import { dossiersCatalog } from './messages';

/** Pages, menu entries and messages of the dossiers feature. */
export const dossiersFeature: WebFeature = {
  name: 'dossiers',
  catalog: {
    vi: { ...dossiersCatalog.vi, ...kpi766Catalog.vi, ...procedureCatalog.vi, ...deskCatalog.vi },
    en: { ...dossiersCatalog.en, ...kpi766Catalog.en, ...procedureCatalog.en, ...deskCatalog.en },
  },
  groups: [{ key: 'dossiers', label: 'menu.dossiers', icon: <FolderOpenOutlined />, order: 40 }],
  routes: [
    {
      path: '/ho-so',
      element: lazyPage(() => import('./DossiersPage'), 'DossiersPage'),
      permission: 'dossier:read',
      menu: { key: 'dossiers-desk', label: 'menu.dossiers.desk', icon: <FileSearchOutlined />, group: 'dossiers', order: 41 },
    },
    {
      path: '/ho-so/bang-dieu-khien',
      element: lazyPage(() => import('./DossierDashboardPage'), 'DossierDashboardPage'),
      permission: 'dossier:read',
      menu: { key: 'dossiers-dashboard', label: 'menu.dossiers.dashboard', icon: <DashboardOutlined />, group: 'dossiers', order: 42 },
    },
    {
      path: '/ho-so/bo-chi-so-766',
      element: lazyPage(() => import('./Kpi766Page'), 'Kpi766Page'),
      permission: 'dossier:read',
      menu: { key: 'dossiers-kpi766', label: 'menu.dossiers.kpi766', icon: <FundOutlined />, group: 'dossiers', order: 42.5 },
    },
    {
      path: '/thu-tuc',
      element: lazyPage(() => import('./ProceduresPage'), 'ProceduresPage'),
      permission: 'dossier:read',
      menu: { key: 'procedures', label: 'menu.dossiers.procedures', icon: <UnorderedListOutlined />, group: 'dossiers', order: 43 },
    },
    {
      path: '/admin/lich',
      element: lazyPage(() => import('./CalendarPage'), 'CalendarPage'),
      permission: 'calendar:manage',
      menu: { key: 'calendar', label: 'menu.dossiers.calendar', icon: <CalendarOutlined />, group: 'admin', order: 94 },
    },
  ],
  publicRoutes: [{ path: '/cong-khai/tra-cuu-ho-so', element: lazyPage(() => import('./PublicLookupPage'), 'PublicLookupPage') }],
};
