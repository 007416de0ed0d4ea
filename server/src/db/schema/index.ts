export * from './audit';
export * from './security';
export * from './seekers';
export * from './resumes';
export * from './files';
export * from './profile';
