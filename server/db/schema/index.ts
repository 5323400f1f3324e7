// Every aggregate's tables; drizzle-kit reads this file to generate migrations.
export * from './org-units';
export * from './users';
export * from './audit';
export * from './files';
export * from './notifications';
export * from './plans';
export * from './frameworks';
export * from './calendar';
export * from './dossiers';
export * from './citizen';
export * from './reports';
export * from './sources';
