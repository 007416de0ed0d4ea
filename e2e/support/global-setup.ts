import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../server/src/platform/config';
import { startServer, type RunningServer } from '../../server/src/server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    shortSessionUrl: string;
    shortSession: { idleSeconds: number; warningSeconds: number };
  }
}

const SHORT = { idleSeconds: 14, warningSeconds: 8 };

/**
 * Two OneStop servers on in-memory PGlite with the demo seeded: one with the normal 30-minute idle
 * timeout, and one with a short one for the SEC-5 timeout story.
 */
export default async function setup(project: TestProject) {
  const log = pino({ level: 'warn' });
  // Mail the tests trigger is written as .eml files here, not into the checkout.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onestop-e2e-'));
  const start = (env: Record<string, string>) =>
    startServer(
      {
        ...loadConfig({
          PORT: '0',
          ONESTOP_DEMO: '1',
          LOG_LEVEL: 'warn',
          ONESTOP_DATA_DIR: dataDir,
          // Browser tests use throwaway data, so a throwaway key.
          ONESTOP_SECRET_KEY: crypto.randomBytes(32).toString('base64'),
          ...env,
        }),
        database: { kind: 'pglite', dataDir: null },
      },
      log,
    );
  const servers: RunningServer[] = [
    await start({}),
    await start({
      ONESTOP_SESSION_IDLE_SECONDS: String(SHORT.idleSeconds),
      ONESTOP_SESSION_WARNING_SECONDS: String(SHORT.warningSeconds),
    }),
  ];
  project.provide('baseUrl', servers[0]!.url);
  project.provide('shortSessionUrl', servers[1]!.url);
  project.provide('shortSession', SHORT);
  return async () => {
    for (const server of servers) await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
