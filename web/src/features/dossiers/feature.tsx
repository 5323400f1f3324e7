import type { WebFeature } from '../../app/features';

/** Pages, menu entries and messages of the dossiers feature. */
export const dossiersFeature: WebFeature = {
  name: 'dossiers',
  routes: [],
};
