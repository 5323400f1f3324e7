/** Public API of plans: reform areas, plan shape, status machine and submission deadline. */
export * from './reform-areas';
export * from './plan';
export * from './plan-status';
