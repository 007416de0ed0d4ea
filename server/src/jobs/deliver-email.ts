import type { Config } from '../platform/config';
import type { JobDefinition } from '../platform/jobs/jobs';
import { createMailer } from '../platform/mail/mailer';
import { deliverQueuedEmails } from '../platform/mail/outbox';

/** Every minute: sends queued mail (a resume to its owner, later alerts and notices). */
export function deliverEmailJob(config: Config): JobDefinition {
  const mailer = createMailer(config.mail.transport);
  return {
    name: 'email.deliver',
    schedule: '* * * * *',
    async handle(_data, { database, log }) {
      const result = await deliverQueuedEmails(database.db, mailer, config.mail.from, log);
      if (result.sent || result.failed) log.info(result, 'delivered queued email');
    },
  };
}
