import { HomeOutlined } from '@ant-design/icons';
import type { WebFeature } from '../../app/features';
import { HomePage } from './HomePage';

export const homeFeature: WebFeature = {
  name: 'home',
  routes: [{ path: '/', element: <HomePage />, menu: { key: 'home', label: 'menu.home', icon: <HomeOutlined />, order: 0 } }],
};
