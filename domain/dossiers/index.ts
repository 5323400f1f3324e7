/** Dossiers (hồ sơ TTHC): portal states and channels, the append-only event history, its fold, and the desk's decisions. */
export * from './states';
export * from './events';
export * from './derived';
export { applyDossierEvent, deriveDossier, type DossierFoldStep } from './fold';
export { DossierRuleError } from './rule-error';
export { allowedDossierEvents, dossierEventsAllowedIn } from './transitions';
export * from './record';
export * from './timeliness';
export * from './summary';
export * from './desk';
