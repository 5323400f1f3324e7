import { CommentOutlined, FormOutlined, SoundOutlined } from '@ant-design/icons';
import type { WebFeature } from '../../shared/web-feature';
import { lazyPage } from '../../shared/lazy-page';
import { citizenCatalog } from './catalog';
import { PublicFeedbackPage } from './public/PublicFeedbackPage';
import { PublicFollowPage } from './public/PublicFollowPage';
import { PublicHomePage } from './public/PublicHomePage';
import { PublicSurveyPage } from './public/PublicSurveyPage';
import { TransparencyPage } from './public/TransparencyPage';

/** Pages, menu entries and messages of the citizen feature, and the public site's pages. */
export const citizenFeature: WebFeature = {
  name: 'citizen',
  catalog: citizenCatalog,
  groups: [{ key: 'citizen', label: 'menu.citizen', icon: <SoundOutlined />, order: 50 }],
  routes: [
    {
      path: '/phan-anh',
      element: lazyPage(() => import('./FeedbackListPage'), 'FeedbackListPage'),
      permission: 'feedback:read',
      menu: { key: 'feedback', label: 'menu.citizen.feedback', icon: <CommentOutlined />, group: 'citizen', order: 51 },
    },
    { path: '/phan-anh/:id', element: lazyPage(() => import('./FeedbackDetailPage'), 'FeedbackDetailPage'), permission: 'feedback:read' },
    {
      path: '/khao-sat',
      element: lazyPage(() => import('./SurveysPage'), 'SurveysPage'),
      permission: 'survey:read',
      menu: { key: 'surveys', label: 'menu.citizen.surveys', icon: <FormOutlined />, group: 'citizen', order: 52 },
    },
    { path: '/khao-sat/:id', element: lazyPage(() => import('./SurveyResultsPage'), 'SurveyResultsPage'), permission: 'survey:read' },
    { path: '/khao-sat/:id/mau', element: lazyPage(() => import('./SurveySamplePage'), 'SurveySamplePage'), permission: 'survey:manage' },
  ],
  publicRoutes: [
    { path: '/cong-khai', element: <PublicHomePage /> },
    { path: '/cong-khai/phan-anh', element: <PublicFeedbackPage /> },
    { path: '/cong-khai/phan-anh/:code', element: <PublicFollowPage /> },
    { path: '/cong-khai/khao-sat/:key', element: <PublicSurveyPage /> },
    { path: '/cong-khai/minh-bach', element: <TransparencyPage /> },
  ],
};
