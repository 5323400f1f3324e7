import { CalendarOutlined, ProjectOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { WebFeature } from '../../app/features';
import { plansCatalog } from './messages';
import { MyTasksPage } from './MyTasksPage';
import { PlanDetailPage } from './PlanDetailPage';
import { PlansPage } from './PlansPage';

/** Pages, menu entries and messages of the plans feature. */
export const plansFeature: WebFeature = {
  name: 'plans',
  catalog: plansCatalog,
  groups: [{ key: 'plans', label: 'menu.plans', icon: <ProjectOutlined />, order: 20 }],
  routes: [
    { path: '/plans', element: <PlansPage />, permission: 'plan:read', menu: { key: 'plans-list', label: 'menu.plans.list', icon: <CalendarOutlined />, group: 'plans', order: 21 } },
    { path: '/plans/my-tasks', element: <MyTasksPage />, permission: 'plan:read', menu: { key: 'plans-mine', label: 'menu.plans.mine', icon: <UnorderedListOutlined />, group: 'plans', order: 22 } },
    { path: '/plans/:id', element: <PlanDetailPage />, permission: 'plan:read' },
  ],
};
