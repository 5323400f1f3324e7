import { HomeOutlined } from '@ant-design/icons';
import type { WebFeature } from '../../shared/web-feature';
import { lazyPage } from '../../shared/lazy-page';

export const homeFeature: WebFeature = {
  name: 'home',
  routes: [
    { path: '/', element: lazyPage(() => import('./HomePage'), 'HomePage'), menu: { key: 'home', label: 'menu.home', icon: <HomeOutlined />, order: 0 } },
  ],
};
