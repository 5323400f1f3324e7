import type { ServerFeature } from '../feature';
import { sourcesPermissionCases } from './permission-cases';
import { dispatchSources } from './run-worker';
import { seedSourcesDemo } from './source.demo';
import { sourceRoutes } from './source.routes';

/** The sources feature: systems that feed the dossier register by themselves (HTTP pull, exported files). */
export const sourcesFeature: ServerFeature = {
  name: 'sources',
  routes: [sourceRoutes],
  jobs: [{ name: 'sources.dispatch', everyMinutes: 1, run: dispatchSources }],
  permissionCases: sourcesPermissionCases,
  demoSeed: seedSourcesDemo,
};
