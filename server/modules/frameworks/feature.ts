import type { ServerFeature } from '../feature';

/** The frameworks feature (routes, metrics, demo data). */
export const frameworksFeature: ServerFeature = {
  name: 'frameworks',
  routes: [],
};
