import type { FastifyInstance } from 'fastify';
import type { DemoContext } from '../demo/demo-context';
import type { MetricDefinition } from '../metrics/registry';
import type { OrgChangeParticipant } from './org-units/org-change-participant';
import type { PermissionCase } from './permission-case';

/**
 * What a feature plugs into the server: its routes, the metrics it computes for targets, criteria
 * and dashboards, its demo data, its background jobs and its rows of the permission matrix.
 * server/modules/index.ts lists the features; nothing else names a feature's parts.
 */
export interface ServerFeature {
  name: string;
  routes: Array<(app: FastifyInstance) => Promise<void>>;
  metrics?: MetricDefinition[];
  /** Runs inside the demo seeding transaction, after units and accounts exist, in the features' order. */
  demoSeed?: (ctx: DemoContext) => Promise<void>;
  /** Runs after the demo's 2025 reform is recorded: records that belong to today's structure (the service centre). */
  demoSeedAfterReform?: (ctx: DemoContext) => Promise<void>;
  /** What the feature's records do when units merge, split or dissolve (preview and move of open work). */
  orgChanges?: OrgChangeParticipant[];
  /** Background jobs (reminders, digests) run by the scheduler; each must be idempotent. */
  jobs?: Array<{ name: string; everyMinutes: number; run: (app: FastifyInstance, now: Date) => Promise<void> }>;
  /** One permission-matrix row for each staff route the feature registers. */
  permissionCases?: PermissionCase[];
  /** Staff routes that need only a session ('METHOD /url'); each proves its own scope in a test of its own. */
  sessionOnlyRoutes?: string[];
}
