import type { FastifyInstance } from 'fastify';
import { features } from '../modules/index';
import { emailPendingNotifications } from '../modules/notifications/notification.service';
import * as clock from '../clock';

/**
 * Runs the features' background jobs (reminders, digests) on their intervals, one at a time so a
 * slow job never overlaps itself. Jobs are idempotent (dedupe keys), so a restart or a missed tick
 * only delays them. E-mail for new notifications goes out after each round.
 */
export function startScheduler(app: FastifyInstance, opts: { tickMs?: number } = {}): () => void {
  const jobs = features.flatMap((f) => f.jobs ?? []);
  const lastRun = new Map<string, number>();
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const now = clock.now();
      for (const job of jobs) {
        const last = lastRun.get(job.name) ?? 0;
        if (now.getTime() - last < job.everyMinutes * 60_000) continue;
        lastRun.set(job.name, now.getTime());
        await job.run(app, now).catch((err) => app.log.error({ err, job: job.name }, 'job failed'));
      }
      await emailPendingNotifications(app.db, app.mailer).catch((err) => app.log.error({ err }, 'sending e-mail failed'));
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), opts.tickMs ?? 60_000);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
