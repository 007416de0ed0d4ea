import { pino, type Logger, type LoggerOptions } from 'pino';

/**
 * Request logs carry method, route, status and timing only. Bodies, headers with credentials and
 * query strings are never logged: they can carry SSNs, passwords and other PII.
 */
export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.ssn',
  '*.newPassword',
  '*.initialPassword',
];

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; routeOptions?: { url?: string }; url: string; id: string }) => ({
        method: req.method,
        route: req.routeOptions?.url ?? req.url.split('?')[0],
        id: req.id,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

export function createLogger(level: string): Logger {
  return pino(loggerOptions(level));
}
