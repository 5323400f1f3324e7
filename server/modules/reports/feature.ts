import { vietnamDateOf } from '../../../domain/time/vietnam-date';
import type { ServerFeature } from '../feature';
import { reportMetrics } from './report.metrics';
import { reportWindowsParticipant } from './org-change.participant';
import { seedReportsDemo } from './report.demo';
import { sendReportReminders } from './report-reminders';
import { seedInspectionsDemo } from './inspection.demo';
import { seedExternalIndicesDemo } from './external-index.demo';
import { externalIndexRoutes } from './external-index.routes';
import { inspectionRoutes } from './inspection.routes';
import { reportsPermissionCases } from './permission-cases';
import { reportRoutes } from './report.routes';

/** The reports feature: periodic reports, inspections, initiatives and the leaders' dashboard. */
export const reportsFeature: ServerFeature = {
  name: 'reports',
  routes: [reportRoutes, inspectionRoutes, externalIndexRoutes],
  metrics: reportMetrics,
  demoSeed: async (ctx) => {
    await seedReportsDemo(ctx);
    await seedInspectionsDemo(ctx);
    await seedExternalIndicesDemo(ctx);
  },
  permissionCases: reportsPermissionCases,
  orgChanges: [reportWindowsParticipant],
  jobs: [{ name: 'reports.reminders', everyMinutes: 60, run: async (app, now) => void (await sendReportReminders(app.db, vietnamDateOf(now))) }],
};
