import type { WebFeature } from '../../app/features';

/** Pages, menu entries and messages of the plans feature. */
export const plansFeature: WebFeature = {
  name: 'plans',
  routes: [],
};
