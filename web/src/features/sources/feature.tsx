import { CloudSyncOutlined, KeyOutlined } from '@ant-design/icons';
import type { WebFeature } from '../../shared/web-feature';
import { lazyPage } from '../../shared/lazy-page';
import { sourcesCatalog } from './messages';

/** Sources that feed the register (HTTP pull, report files), their runs and reconciliation; keys for other systems. */
export const sourcesFeature: WebFeature = {
  name: 'sources',
  catalog: sourcesCatalog,
  routes: [
    {
      path: '/nguon-du-lieu',
      element: lazyPage(() => import('./SourcesPage'), 'SourcesPage'),
      permission: 'source:read',
      menu: { key: 'sources', label: 'menu.sources', icon: <CloudSyncOutlined />, group: 'dossiers', order: 44 },
    },
    { path: '/nguon-du-lieu/moi/tep', element: lazyPage(() => import('./FileSourceWizard'), 'FileSourceWizard'), permission: 'source:manage' },
    { path: '/nguon-du-lieu/moi/http', element: lazyPage(() => import('./PullSourceForm'), 'PullSourceForm'), permission: 'source:manage' },
    { path: '/nguon-du-lieu/:id', element: lazyPage(() => import('./SourceDetailPage'), 'SourceDetailPage'), permission: 'source:read' },
    {
      path: '/admin/khoa-truy-cap',
      element: lazyPage(() => import('./ApiTokensPage'), 'ApiTokensPage'),
      permission: 'integration:manage',
      menu: { key: 'api-tokens', label: 'menu.apiTokens', icon: <KeyOutlined />, group: 'admin', order: 96 },
    },
  ],
};
