export * from './roles';
export * from './permissions';
export * from './org';
export * from './credentials';
export * from './messages/index';
