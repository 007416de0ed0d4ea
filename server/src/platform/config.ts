import path from 'node:path';
import { z } from 'zod';

/**
 * The only reader of process.env. Every setting has a default that runs the embedded demo, so
 * `npm start` works on a fresh machine; production sets DATABASE_URL and the secrets.
 */
const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : ['1', 'true', 'yes'].includes(v)));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().optional(),
  ONESTOP_DATA_DIR: z.string().default('./data'),
  ONESTOP_DEMO: flag,
  ONESTOP_DEMO_SEEKERS: z.coerce.number().int().min(0).max(100_000).default(300),
  ONESTOP_PUBLIC_URL: z.string().optional(),
  ONESTOP_COOKIE_SECURE: flag,
  ONESTOP_SESSION_IDLE_SECONDS: z.coerce
    .number()
    .int()
    .min(5)
    .default(30 * 60),
  ONESTOP_SESSION_WARNING_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(2 * 60),
  ONESTOP_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  ONESTOP_LOGIN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).default(15),
  ONESTOP_BOOTSTRAP_ADMIN_EMAIL: z.string().optional(),
  ONESTOP_BOOTSTRAP_ADMIN_PASSWORD: z
    .string()
    .min(12, { error: 'use at least 12 characters' })
    .optional(),
  ONESTOP_WEB_DIST: z.string().optional(),
  ONESTOP_JOBS: flag,
  ONESTOP_SECRET_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/=_-]{43,}$/, { error: 'use at least 32 random bytes, base64-encoded' })
    .optional(),
  ONESTOP_PSEUDO_SSN_PREFIX: z
    .string()
    .regex(/^9\d\d$/, { error: 'use three digits from 900 to 999 (never issued by the SSA)' })
    .default('975'),
  ONESTOP_MAIL_FROM: z.string().default('OneStop <no-reply@onestop.example>'),
  ONESTOP_SMTP_URL: z
    .string()
    .url({ error: 'use a URL like smtp://user:pass@host:587' })
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
});

export type DatabaseConfig =
  { kind: 'pglite'; dataDir: string | null } | { kind: 'postgres'; url: string };

export type MailTransportConfig = { kind: 'smtp'; url: string } | { kind: 'folder'; dir: string };

/** Where the key that protects SSNs comes from: configuration, or a file beside the embedded data. */
export type SecretKeySource =
  { kind: 'value'; value: string } | { kind: 'file'; path: string } | { kind: 'missing' };

export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  database: DatabaseConfig;
  demo: boolean;
  /** How many job seekers (with resumes) the demo seeds into a database that has none. */
  demoSeekers: number;
  cookieSecure: boolean;
  session: { idleSeconds: number; warningSeconds: number };
  login: { maxFailures: number; lockoutMinutes: number };
  bootstrapAdmin: { email: string; password: string } | null;
  webDist: string | null;
  jobsEnabled: boolean;
  secretKey: SecretKeySource;
  seekers: { pseudoSsnPrefix: string };
  /** Outgoing mail: an SMTP server, or (demo and tests) .eml files in a folder beside the data. */
  mail: { from: string; transport: MailTransportConfig };
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  production: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const database: DatabaseConfig = e.DATABASE_URL
    ? { kind: 'postgres', url: e.DATABASE_URL }
    : { kind: 'pglite', dataDir: path.resolve(e.ONESTOP_DATA_DIR, 'pglite') };
  const production = e.NODE_ENV === 'production';
  const bootstrapAdmin =
    e.ONESTOP_BOOTSTRAP_ADMIN_EMAIL && e.ONESTOP_BOOTSTRAP_ADMIN_PASSWORD
      ? { email: e.ONESTOP_BOOTSTRAP_ADMIN_EMAIL, password: e.ONESTOP_BOOTSTRAP_ADMIN_PASSWORD }
      : null;
  const demo = e.ONESTOP_DEMO ?? database.kind === 'pglite';
  // A real database needs a configured key; the embedded one (or a demo) keeps one beside its data.
  const secretKey: SecretKeySource = e.ONESTOP_SECRET_KEY
    ? { kind: 'value', value: e.ONESTOP_SECRET_KEY }
    : database.kind === 'pglite' || demo
      ? { kind: 'file', path: path.resolve(e.ONESTOP_DATA_DIR, 'secret.key') }
      : { kind: 'missing' };
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.ONESTOP_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    database,
    // Demo accounts exist only on the embedded database or when asked for explicitly.
    demo,
    demoSeekers: e.ONESTOP_DEMO_SEEKERS,
    cookieSecure: e.ONESTOP_COOKIE_SECURE ?? production,
    session: {
      idleSeconds: e.ONESTOP_SESSION_IDLE_SECONDS,
      warningSeconds: Math.min(
        e.ONESTOP_SESSION_WARNING_SECONDS,
        e.ONESTOP_SESSION_IDLE_SECONDS - 1,
      ),
    },
    login: {
      maxFailures: e.ONESTOP_LOGIN_MAX_FAILURES,
      lockoutMinutes: e.ONESTOP_LOGIN_LOCKOUT_MINUTES,
    },
    bootstrapAdmin,
    webDist: e.ONESTOP_WEB_DIST ?? null,
    jobsEnabled: e.ONESTOP_JOBS ?? true,
    secretKey,
    seekers: { pseudoSsnPrefix: e.ONESTOP_PSEUDO_SSN_PREFIX },
    mail: {
      from: e.ONESTOP_MAIL_FROM,
      transport: e.ONESTOP_SMTP_URL
        ? { kind: 'smtp', url: e.ONESTOP_SMTP_URL }
        : { kind: 'folder', dir: path.resolve(e.ONESTOP_DATA_DIR, 'mail') },
    },
    logLevel: e.LOG_LEVEL,
    production,
  };
}

/** The variables tests may read (the DATABASE_URL that switches integration tests to PostgreSQL). */
export function testDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.DATABASE_URL || undefined;
}
