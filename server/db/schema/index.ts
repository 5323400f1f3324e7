// Every aggregate's tables; drizzle-kit reads this file to generate migrations.
export * from './org-units';
export * from './users';
export * from './audit';
export * from './files';
