import type { ServerFeature } from '../feature';

/** The citizen feature (routes, metrics, demo data). */
export const citizenFeature: ServerFeature = {
  name: 'citizen',
  routes: [],
};
