import type { ServerFeature } from '../feature';
import { citizenMetrics } from './citizen.metrics';
import { seedCitizenDemo } from './citizen.demo';
import { remindFeedbackDeadlines } from './feedback.reminders';
import { feedbackRoutes } from './feedback.routes';
import { feedbackParticipant, surveySamplesParticipant, surveysParticipant } from './org-change.participant';
import { citizenPermissionCases } from './permission-cases';
import { publicRoutes } from './public.routes';
import { surveyRoutes } from './survey.routes';

/** The citizen feature: feedback (PAKN), satisfaction surveys and the public site's API. */
export const citizenFeature: ServerFeature = {
  name: 'citizen',
  routes: [feedbackRoutes, surveyRoutes, publicRoutes],
  metrics: citizenMetrics,
  demoSeed: seedCitizenDemo,
  permissionCases: citizenPermissionCases,
  orgChanges: [surveysParticipant, surveySamplesParticipant, feedbackParticipant],
  jobs: [{ name: 'feedback-deadline-reminders', everyMinutes: 60, run: async (app, now) => void (await remindFeedbackDeadlines(app, now)) }],
};
