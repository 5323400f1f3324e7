import type { ServerFeature } from '../feature';
import { seedDossierDemo, seedRecentDossiersDemo } from './dossier.demo';
import { dossierMetrics } from './dossier-stats.service';
import { dossierRoutes } from './dossier.routes';
import { dossiersParticipant } from './org-change.participant';
import { proceduresParticipant } from './procedures.participant';
import { kpi766Routes } from './kpi766.routes';
import { dossiersPermissionCases } from './permission-cases';
import { procedureMetrics } from './procedure-metrics';
import { procedureRoutes } from './procedure.routes';

/** The dossiers feature: procedure catalogue, dossier register, public lookup and metrics. */
export const dossiersFeature: ServerFeature = {
  name: 'dossiers',
  routes: [dossierRoutes, kpi766Routes, procedureRoutes],
  metrics: [...dossierMetrics, ...procedureMetrics],
  demoSeed: seedDossierDemo,
  demoSeedAfterReform: seedRecentDossiersDemo,
  permissionCases: dossiersPermissionCases,
  orgChanges: [proceduresParticipant, dossiersParticipant],
};
