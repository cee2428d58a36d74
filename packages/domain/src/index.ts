export * from './roles';
export * from './permissions';
export * from './org';
export * from './credentials';
export * from './messages/index';
export * from './register/id-number';
export * from './register/teacher-fields';
export * from './register/dates';
