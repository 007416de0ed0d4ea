export * from './access';
export * from './admin';
export * from './common';
export * from './errors';
export * from './session';
export * from './resume';
export * from './seekers';
export * from './portal';
