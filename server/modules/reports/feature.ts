import type { ServerFeature } from '../feature';

/** The reports feature (routes, metrics, demo data). */
export const reportsFeature: ServerFeature = {
  name: 'reports',
  routes: [],
};
