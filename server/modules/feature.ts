import type { FastifyInstance } from 'fastify';
import type { DemoContext } from '../demo/seed-demo';
import type { MetricDefinition } from '../metrics/registry';

/**
 * What a feature plugs into the server: its routes, the metrics it computes for targets, criteria
 * and dashboards, and its demo data. server/modules/index.ts lists the features.
 */
export interface ServerFeature {
  name: string;
  routes: Array<(app: FastifyInstance) => Promise<void>>;
  metrics?: MetricDefinition[];
  /** Runs inside the demo seeding transaction, after units and accounts exist. */
  demoSeed?: (ctx: DemoContext) => Promise<void>;
  /** Background jobs (reminders, digests) run by the scheduler; each must be idempotent. */
  jobs?: Array<{ name: string; everyMinutes: number; run: (app: FastifyInstance, now: Date) => Promise<void> }>;
}
