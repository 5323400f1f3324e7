import { BarChartOutlined, CalendarOutlined, ProjectOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { WebFeature } from '../../shared/web-feature';
import { lazyPage } from '../../shared/lazy-page';
import { plansCatalog } from './messages';

/** Pages, menu entries and messages of the plans feature. */
export const plansFeature: WebFeature = {
  name: 'plans',
  catalog: plansCatalog,
  groups: [{ key: 'plans', label: 'menu.plans', icon: <ProjectOutlined />, order: 20 }],
  routes: [
    {
      path: '/plans',
      element: lazyPage(() => import('./PlansPage'), 'PlansPage'),
      permission: 'plan:read',
      menu: { key: 'plans-list', label: 'menu.plans.list', icon: <CalendarOutlined />, group: 'plans', order: 21 },
    },
    {
      path: '/plans/my-tasks',
      element: lazyPage(() => import('./MyTasksPage'), 'MyTasksPage'),
      permission: 'plan:read',
      menu: { key: 'plans-mine', label: 'menu.plans.mine', icon: <UnorderedListOutlined />, group: 'plans', order: 22 },
    },
    {
      path: '/plans/progress',
      element: lazyPage(() => import('./ProgressPage'), 'ProgressPage'),
      permission: 'plan:read',
      menu: { key: 'plans-progress', label: 'menu.plans.progress', icon: <BarChartOutlined />, group: 'plans', order: 23 },
    },
    { path: '/plans/:id', element: lazyPage(() => import('./PlanDetailPage'), 'PlanDetailPage'), permission: 'plan:read' },
  ],
};
