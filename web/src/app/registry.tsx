import { adminFeature } from '../features/admin/feature';
import { homeFeature } from '../features/home/feature';
import type { WebFeature } from './features';

/** Every feature of the web app. A new feature adds one line here. */
export const webFeatures: WebFeature[] = [homeFeature, adminFeature];
