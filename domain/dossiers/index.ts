/** Dossiers (hồ sơ TTHC): portal states and channels, and the append-only event history. */
export * from './states';
export * from './events';
export { allowedDossierEvents, dossierEventsAllowedIn, DossierRuleError } from './transitions';
