import { AuditOutlined, BulbOutlined, DashboardOutlined, FileDoneOutlined, FileTextOutlined } from '@ant-design/icons';
import type { WebFeature } from '../../app/features';
import { AggregatePage } from './AggregatePage';
import { DashboardPage } from './DashboardPage';
import { InitiativesPage, InspectionsPage } from './InspectionsPage';
import { reportsCatalog } from './messages';
import { ReportsPage } from './ReportsPage';
import { SubmissionPage } from './SubmissionPage';

/** Pages, menu entries and messages of the reports feature. */
export const reportsFeature: WebFeature = {
  name: 'reports',
  catalog: reportsCatalog,
  groups: [{ key: 'reports', label: 'menu.reports', icon: <FileTextOutlined />, order: 60 }],
  routes: [
    { path: '/dashboard', element: <DashboardPage />, permission: 'dashboard:read', menu: { key: 'dashboard', label: 'menu.dashboard', icon: <DashboardOutlined />, order: 5 } },
    { path: '/reports', element: <ReportsPage />, permission: 'report:read', menu: { key: 'reports-windows', label: 'menu.reports.windows', icon: <FileDoneOutlined />, group: 'reports', order: 61 } },
    { path: '/reports/windows/:windowId/units/:unitId', element: <SubmissionPage />, permission: 'report:read' },
    { path: '/reports/windows/:id/aggregate', element: <AggregatePage />, permission: 'report:manage' },
    { path: '/reports/inspections', element: <InspectionsPage />, permission: 'inspection:read', menu: { key: 'reports-inspections', label: 'menu.reports.inspections', icon: <AuditOutlined />, group: 'reports', order: 62 } },
    { path: '/reports/initiatives', element: <InitiativesPage />, permission: 'initiative:read', menu: { key: 'reports-initiatives', label: 'menu.reports.initiatives', icon: <BulbOutlined />, group: 'reports', order: 63 } },
  ],
};
