/** Sources that feed the dossier register by themselves: mapping, portal format, sheet layouts, reconciliation, timing. */
export * from './field-labels';
export * from './mapping';
export * from './portal-format';
export * from './reconcile';
export * from './run-timing';
export * from './sheet-layout';
export * from './source-time';
