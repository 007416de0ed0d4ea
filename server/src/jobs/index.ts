import type { Config } from '../platform/config';
import type { JobDefinition } from '../platform/jobs/jobs';
import { deliverEmailJob } from './deliver-email';
import { jobAlertsJob } from './job-alerts';
import { lapsePostingsJob } from './lapse-postings';
import { purgeSessionsJob } from './purge-sessions';
import { releaseVeteranHoldsJob } from './release-veteran-holds';

export function jobsFor(config: Config): JobDefinition[] {
  return [
    purgeSessionsJob,
    deliverEmailJob(config),
    lapsePostingsJob,
    jobAlertsJob(config),
    releaseVeteranHoldsJob,
  ];
}
