export * from './tenant';
export * from './org';
export * from './account';
export * from './session';
export * from './audit';
export * from './post';
export * from './post-request';
export * from './import-job';
