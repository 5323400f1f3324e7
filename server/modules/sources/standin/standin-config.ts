import { PORTAL_PULL_PRESET, type PullConfig } from '../../../../contracts/sources';
import { PORTAL_MAPPING } from '../../../../domain/sources/index';

/** The pull configuration that reads the stand-in (the portal preset at its address). */
export function standinConfigFor(baseUrl: string, over: Partial<PullConfig> = {}): PullConfig {
  return { ...PORTAL_PULL_PRESET, baseUrl, mapping: PORTAL_MAPPING, ...over };
}
