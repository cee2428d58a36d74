export * from './password';
export * from './token';
export * from './policy';
export * from './throttle';
export * from './session';
export * from './login';
export * from './password-change';
export * from './cookie';
