/** Public API of the organisation over time: unit types, the timeline, its checks, operations, scopes and successors. */
export * from './unit-types';
export * from './timeline';
export * from './org-rule-error';
export * from './check';
export * from './operations';
export * from './scope';
export * from './successors';
export * from './transfers';
