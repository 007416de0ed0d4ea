export * from './audit';
export * from './security';
export * from './seekers';
export * from './resumes';
export * from './files';
export * from './profile';
export * from './employers';
export * from './postings';
