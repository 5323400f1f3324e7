/** Public API of targets: definition, evaluation, parsing of their wording, computed metric keys. */
export * from './target';
export * from './parse-target-text';
export * from './metric-keys';
