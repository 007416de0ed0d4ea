import type { JobDefinition } from '../platform/jobs/jobs';
import { purgeSessionsJob } from './purge-sessions';

export const allJobs: JobDefinition[] = [purgeSessionsJob];
