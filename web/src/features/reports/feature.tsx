import { AuditOutlined, BulbOutlined, FormOutlined, LineChartOutlined, DashboardOutlined, FileDoneOutlined, FileTextOutlined } from '@ant-design/icons';
import type { WebFeature } from '../../shared/web-feature';
import { lazyPage } from '../../shared/lazy-page';
import { externalCatalog } from './external-messages';
import { templateCatalog } from './template-messages';
import { reportsCatalog } from './messages';

/** Pages, menu entries and messages of the reports feature. */
export const reportsFeature: WebFeature = {
  name: 'reports',
  catalog: {
    vi: { ...reportsCatalog.vi, ...externalCatalog.vi, ...templateCatalog.vi },
    en: { ...reportsCatalog.en, ...externalCatalog.en, ...templateCatalog.en },
  },
  groups: [{ key: 'reports', label: 'menu.reports', icon: <FileTextOutlined />, order: 60 }],
  routes: [
    {
      path: '/dashboard',
      element: lazyPage(() => import('./DashboardPage'), 'DashboardPage'),
      permission: 'dashboard:read',
      menu: { key: 'dashboard', label: 'menu.dashboard', icon: <DashboardOutlined />, order: 5 },
    },
    {
      path: '/reports',
      element: lazyPage(() => import('./ReportsPage'), 'ReportsPage'),
      permission: 'report:read',
      menu: { key: 'reports-windows', label: 'menu.reports.windows', icon: <FileDoneOutlined />, group: 'reports', order: 61 },
    },
    { path: '/reports/windows/:windowId/units/:unitId', element: lazyPage(() => import('./SubmissionPage'), 'SubmissionPage'), permission: 'report:read' },
    { path: '/reports/windows/:id/aggregate', element: lazyPage(() => import('./AggregatePage'), 'AggregatePage'), permission: 'report:manage' },
    {
      path: '/reports/inspections',
      element: lazyPage(() => import('./InspectionsPage'), 'InspectionsPage'),
      permission: 'inspection:read',
      menu: { key: 'reports-inspections', label: 'menu.reports.inspections', icon: <AuditOutlined />, group: 'reports', order: 62 },
    },
    {
      path: '/reports/initiatives',
      element: lazyPage(() => import('./InspectionsPage'), 'InitiativesPage'),
      permission: 'initiative:read',
      menu: { key: 'reports-initiatives', label: 'menu.reports.initiatives', icon: <BulbOutlined />, group: 'reports', order: 63 },
    },
    {
      path: '/reports/templates',
      element: lazyPage(() => import('./TemplateEditorPage'), 'TemplateEditorPage'),
      permission: 'report:manage',
      menu: { key: 'reports-templates', label: 'menu.reports.templates', icon: <FormOutlined />, group: 'reports', order: 65 },
    },
    {
      path: '/reports/external-indices',
      element: lazyPage(() => import('./ExternalIndicesPage'), 'ExternalIndicesPage'),
      permission: 'index-result:read',
      menu: { key: 'reports-external', label: 'menu.reports.external', icon: <LineChartOutlined />, group: 'reports', order: 64 },
    },
  ],
};
