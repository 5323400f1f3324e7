import type { ServerFeature } from '../feature';
import { outboundRoutes } from './outbound.routes';
import { outboundPermissionCases } from './permission-cases';

/** Outbound: the 766 figures and register extracts other systems pull (JSON, CSV), and their access keys. */
export const outboundFeature: ServerFeature = {
  name: 'outbound',
  routes: [outboundRoutes],
  permissionCases: outboundPermissionCases,
};
