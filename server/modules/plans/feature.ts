import type { ServerFeature } from '../feature';
import { seedPlansDemo } from './plan.demo';
import { plansPermissionCases } from './permission-cases';
import { plansParticipant, tasksParticipant } from './org-change.participant';
import { planRoutes } from './plans.routes';
import { runTaskReminders } from './reminders';
import { taskMetrics } from './stats.service';
import { taskRoutes } from './tasks.routes';

/** The plans feature: yearly CCHC plans, targets, tasks and their progress, statistics and reminders. */
export const plansFeature: ServerFeature = {
  name: 'plans',
  routes: [planRoutes, taskRoutes],
  metrics: taskMetrics,
  demoSeed: seedPlansDemo,
  permissionCases: plansPermissionCases,
  orgChanges: [plansParticipant, tasksParticipant],
  jobs: [
    {
      name: 'plans.task-reminders',
      // Hourly is enough for day-granular deadlines; dedupe keys keep reruns silent.
      everyMinutes: 60,
      run: async (app, now) => {
        await runTaskReminders(app.db, app.mailer, now, app.config.taskReminderDaysBefore);
      },
    },
  ],
};
