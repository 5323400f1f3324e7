import type { WebFeature } from '../../app/features';

/** Pages, menu entries and messages of the citizen feature. */
export const citizenFeature: WebFeature = {
  name: 'citizen',
  routes: [],
};
