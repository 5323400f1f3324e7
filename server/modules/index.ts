import { calendarFeature } from './calendar/feature';
import { citizenFeature } from './citizen/feature';
import { dossiersFeature } from './dossiers/feature';
import type { ServerFeature } from './feature';
import { foundationFeature } from './foundation';
import { frameworksFeature } from './frameworks/feature';
import { plansFeature } from './plans/feature';
import { reportsFeature } from './reports/feature';
import { sourcesFeature } from './sources/feature';
import { outboundFeature } from './outbound/feature';

/** Every feature of the server, in dependency order. A new feature adds one line here. */
export const features: ServerFeature[] = [
  foundationFeature,
  calendarFeature,
  plansFeature,
  frameworksFeature,
  dossiersFeature,
  citizenFeature,
  reportsFeature,
  sourcesFeature,
  outboundFeature,
];
