import { AuditOutlined, CalculatorOutlined, OrderedListOutlined, TrophyOutlined } from '@ant-design/icons';
import type { WebFeature } from '../../shared/web-feature';
import { lazyPage } from '../../shared/lazy-page';
import { frameworksCatalog } from './messages';
import { whatIfCatalog } from './what-if-messages';
import { editorCatalog } from './editor-messages';
import { importCatalog } from './import-messages';

/** Pages, menu entries and messages of the frameworks feature. */
export const frameworksFeature: WebFeature = {
  name: 'frameworks',
  catalog: {
    vi: { ...frameworksCatalog.vi, ...whatIfCatalog.vi, ...editorCatalog.vi, ...importCatalog.vi },
    en: { ...frameworksCatalog.en, ...whatIfCatalog.en, ...editorCatalog.en, ...importCatalog.en },
  },
  groups: [{ key: 'par', label: 'menu.par', icon: <TrophyOutlined />, order: 30 }],
  routes: [
    {
      path: '/bo-chi-so',
      element: lazyPage(() => import('./FrameworksPage'), 'FrameworksPage'),
      permission: 'framework:read',
      menu: { key: 'par-frameworks', label: 'menu.par.frameworks', icon: <OrderedListOutlined />, group: 'par', order: 31 },
    },
    { path: '/bo-chi-so/nhap', element: lazyPage(() => import('./ImportStartPage'), 'ImportStartPage'), permission: 'framework:manage' },
    { path: '/bo-chi-so/nhap/:id', element: lazyPage(() => import('./ImportReviewPage'), 'ImportReviewPage'), permission: 'framework:manage' },
    {
      path: '/bo-chi-so/danh-gia',
      element: lazyPage(() => import('./AssessmentsPage'), 'AssessmentsPage'),
      permission: 'assessment:read',
      menu: { key: 'par-assessments', label: 'menu.par.assessments', icon: <AuditOutlined />, group: 'par', order: 32 },
    },
    { path: '/bo-chi-so/danh-gia/:id', element: lazyPage(() => import('./AssessmentPage'), 'AssessmentPage'), permission: 'assessment:read' },
    {
      path: '/bo-chi-so/cham-thu',
      element: lazyPage(() => import('./WhatIfPage'), 'WhatIfPage'),
      permission: 'framework:read',
      menu: { key: 'par-what-if', label: 'menu.par.whatIf', icon: <CalculatorOutlined />, group: 'par', order: 33 },
    },
  ],
};
