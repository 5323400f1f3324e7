import type { ServerFeature } from '../feature';

/** The dossiers feature (routes, metrics, demo data). */
export const dossiersFeature: ServerFeature = {
  name: 'dossiers',
  routes: [],
};
