import type { WebFeature } from '../../app/features';

/** Pages, menu entries and messages of the reports feature. */
export const reportsFeature: WebFeature = {
  name: 'reports',
  routes: [],
};
