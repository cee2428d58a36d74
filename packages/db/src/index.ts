export * from './client';
export * from './tenant-transaction';
export * from './roles';
export * from './urls';
export * as schema from './schema/index';
