import { eq, sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { sessions } from '../db/schema';
import { openDatabase } from '../platform/db/database';
import { migrate } from '../platform/db/migrate';
import { startJobs, type JobDefinition } from '../platform/jobs/jobs';
import { restartableTestDatabase, startTestApp } from '../test/harness';
import { jobsFor } from '.';
import { purgeSessionsJob } from './purge-sessions';

const log = pino({ level: 'silent' });

describe('background jobs', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('a job queued before a restart runs after it', async () => {
    const db = await restartableTestDatabase();
    cleanups.push(db.drop);

    const first = await openDatabase(db.config);
    await migrate(first);
    const producer = await startJobs(first, log, []);
    await producer.createQueue('test.greet');
    const jobId = await producer.send('test.greet', { name: 'Ada' });
    expect(jobId).toBeTruthy();
    await producer.stop({ graceful: false, wait: true });
    await first.close();

    const second = await openDatabase(db.config);
    const seen: string[] = [];
    const greet: JobDefinition<{ name: string }> = {
      name: 'test.greet',
      async handle(data) {
        seen.push(data.name);
      },
    };
    const consumer = await startJobs(second, log, [greet as JobDefinition], {
      pollingIntervalSeconds: 0.5,
    });
    const deadline = Date.now() + 20_000;
    while (seen.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(seen).toEqual(['Ada']);
    const job = await consumer.getJobById('test.greet', jobId as string);
    expect(job?.state).toBe('completed');
    await consumer.stop({ graceful: false, wait: true });
    await second.close();
  });

  it('schedules the session clean-up, which removes sessions a day past their end', async () => {
    const t = await startTestApp();
    cleanups.push(() => t.close());
    const boss = await startJobs(t.database, log, jobsFor(t.config));
    const schedules = await boss.getSchedules();
    expect(schedules.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'sessions.purge',
        'email.deliver',
        'job-alerts.digest',
        'postings.release-veteran-holds',
      ]),
    );

    const client = await t.signIn('bsr@demo.test');
    const fresh = await t.signIn('bsr@demo.test');
    await t.database.db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '2 days'` })
      .where(eq(sessions.csrfToken, client.csrfToken ?? ''));
    await purgeSessionsJob.handle({}, { boss, database: t.database, log });
    const left = await t.database.db.select({ csrf: sessions.csrfToken }).from(sessions);
    expect(left.map((s) => s.csrf)).toContain(fresh.csrfToken);
    expect(left.map((s) => s.csrf)).not.toContain(client.csrfToken);
    await boss.stop({ graceful: false, wait: true });
  });
});
