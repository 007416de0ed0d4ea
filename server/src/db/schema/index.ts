export * from './audit';
export * from './security';
export * from './seekers';
export * from './resumes';
