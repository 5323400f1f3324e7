import type { WebFeature } from '../../app/features';

/** Pages, menu entries and messages of the frameworks feature. */
export const frameworksFeature: WebFeature = {
  name: 'frameworks',
  routes: [],
};
