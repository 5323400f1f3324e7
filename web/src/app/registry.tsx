import { adminFeature } from '../features/admin/feature';
import { citizenFeature } from '../features/citizen/feature';
import { dossiersFeature } from '../features/dossiers/feature';
import { frameworksFeature } from '../features/frameworks/feature';
import { homeFeature } from '../features/home/feature';
import { plansFeature } from '../features/plans/feature';
import { reportsFeature } from '../features/reports/feature';
import { sourcesFeature } from '../features/sources/feature';
import type { WebFeature } from '../shared/web-feature';

/** Every feature of the web app. A new feature adds one line here. */
export const webFeatures: WebFeature[] = [
  homeFeature,
  plansFeature,
  frameworksFeature,
  dossiersFeature,
  citizenFeature,
  reportsFeature,
  sourcesFeature,
  adminFeature,
];
