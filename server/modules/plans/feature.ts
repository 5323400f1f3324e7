import type { ServerFeature } from '../feature';

/** The plans feature (routes, metrics, demo data). */
export const plansFeature: ServerFeature = {
  name: 'plans',
  routes: [],
};
