import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import {
  SEEKER_SESSION_COOKIE,
  loadSeekerActor,
  touchSeekerSession,
} from '../auth/seeker-sessions';
import {
  EMPLOYER_SESSION_COOKIE,
  loadEmployerActor,
  touchEmployerSession,
} from '../auth/employer-sessions';
import { SESSION_COOKIE, loadActor, touchSession } from '../auth/sessions';
import { constantTimeEqual } from '../auth/tokens';
import { satisfies, type RoutePermission } from '../authz/permissions';
import type { Config } from '../config';
import { RequestContext } from '../context';
import type { SsnVault } from '../crypto/ssn-vault';
import type { Database } from '../db/database';
import { AppError, forbidden } from '../errors';
import { loggerOptions } from '../logger';
import {
  API_PREFIX,
  FileReply,
  UPLOAD_CONTENT_TYPES,
  type AnyRoute,
  type HttpTools,
  type SessionKind,
  type UploadedFile,
} from './define-route';
import { errorHandler, notFoundHandler } from './error-handler';

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: RoutePermission;
    /** For routes that take a file: its size limit, named in the 413 message. */
    uploadMaxBytes?: number;
  }
  interface FastifyRequest {
    ctx: RequestContext;
  }
  interface FastifyInstance {
    /** Every route registered, with the permission it declared (for review and tests). */
    routeCatalog: RouteCatalogEntry[];
  }
}

export interface RouteCatalogEntry {
  method: string;
  url: string;
  permission: RoutePermission;
}

export const DOCS_PREFIX = '/api/docs';

export interface AppDeps {
  config: Config;
  database: Database;
  vault: SsnVault;
  routes: AnyRoute[];
  /** Whether migrations, seeding and jobs have finished (for /health/ready). */
  isReady: () => boolean;
  logger?: Logger;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The web app is served from its own origin only; the API docs page brings its own policy. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database } = deps;
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: loggerOptions(config.logLevel) }),
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    trustProxy: config.production,
    bodyLimit: 1024 * 1024,
  }) as unknown as FastifyInstance;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  const webDist = config.webDist ?? defaultWebDist();
  app.setNotFoundHandler(notFoundHandler(webDist));

  // Files arrive as raw bytes; only routes that declare `upload` read them (others fail validation).
  app.addContentTypeParser(UPLOAD_CONTENT_TYPES, { parseAs: 'buffer' }, (_request, bytes, done) =>
    done(null, bytes),
  );

  // Parses cookies in its own onRequest hook, which must run before ours.
  await app.register(cookie);

  // Deny by default: every route must state what it needs before the server will start.
  const catalog: RouteCatalogEntry[] = [];
  app.decorate('routeCatalog', catalog);
  app.addHook('onRoute', (route) => {
    route.config ??= {};
    if (!route.config.permission) {
      if (!route.url.startsWith(DOCS_PREFIX) && !isStaticAssetRoute(route.url)) {
        throw new Error(`Route ${String(route.method)} ${route.url} declares no permission.`);
      }
      route.config.permission = 'public'; // API docs and the web app's files carry no data.
    }
    for (const method of [route.method].flat()) {
      catalog.push({ method, url: route.url, permission: route.config.permission });
    }
  });

  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    const anonymous = new RequestContext(
      config,
      database,
      deps.vault,
      request.id,
      null,
      request.log,
    );
    request.ctx = anonymous;
    if (!deps.isReady() && request.url.startsWith(API_PREFIX)) {
      throw new AppError('STARTING', 'OneStop is starting up. Try again in a few seconds.');
    }
    const permission = request.routeOptions.config.permission;
    if (!permission || permission === 'public') return;
    const checkCsrf = (expected: string) => {
      const sent = request.headers['x-csrf-token'];
      if (
        WRITE_METHODS.has(request.method) &&
        (typeof sent !== 'string' || !constantTimeEqual(sent, expected))
      ) {
        throw new AppError('CSRF_FAILED', 'This form has expired. Reload the page and try again.');
      }
    };
    if (permission === 'seeker') {
      const seekerToken = request.cookies[SEEKER_SESSION_COOKIE];
      if (!seekerToken) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
      const seeker = await loadSeekerActor(database.db, seekerToken, config);
      checkCsrf(seeker.csrfToken);
      seeker.lastSeenAt = await touchSeekerSession(database.db, seeker);
      request.ctx = anonymous.withActor(seeker);
      return;
    }
    if (permission === 'employer') {
      const employerToken = request.cookies[EMPLOYER_SESSION_COOKIE];
      if (!employerToken) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
      const employer = await loadEmployerActor(database.db, employerToken, config);
      checkCsrf(employer.csrfToken);
      employer.lastSeenAt = await touchEmployerSession(database.db, employer);
      request.ctx = anonymous.withActor(employer);
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
    const actor = await loadActor(database.db, token, config);
    checkCsrf(actor.csrfToken);
    if (!satisfies(actor, permission)) throw forbidden();
    actor.lastSeenAt = await touchSession(database.db, actor);
    request.ctx = anonymous.withActor(actor);
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    if (config.cookieSecure) reply.header('strict-transport-security', 'max-age=31536000');
    if (request.url.startsWith(API_PREFIX)) {
      reply.header('cache-control', 'no-store'); // API answers carry personal data: never cached.
    } else if (!request.url.startsWith(DOCS_PREFIX)) {
      reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    }
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'OneStop API',
        version: '1',
        description:
          'The OneStop workforce system of record. Staff sign in with POST /api/v1/session; ' +
          'writes need the x-csrf-token header from the session.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          seekerSession: { type: 'apiKey', in: 'cookie', name: SEEKER_SESSION_COOKIE },
          employerSession: { type: 'apiKey', in: 'cookie', name: EMPLOYER_SESSION_COOKIE },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: DOCS_PREFIX });

  app.get(
    '/health/live',
    { config: { permission: 'public' }, schema: { hide: true } },
    async () => ({
      status: 'ok',
    }),
  );
  app.get(
    '/health/ready',
    { config: { permission: 'public' }, schema: { hide: true } },
    async (_req, reply) => {
      if (!deps.isReady()) return reply.code(503).send({ status: 'starting' });
      await database.executeSql('select 1');
      return { status: 'ready' };
    },
  );
  app.get(
    `${API_PREFIX}/openapi.json`,
    { config: { permission: 'public' }, schema: { hide: true } },
    async () => app.swagger(),
  );

  for (const route of deps.routes) registerRoute(app, route, config);

  if (fs.existsSync(path.join(webDist, 'index.html'))) {
    // One wildcard route serves the built files; a miss falls through to the SPA/404 handler.
    await app.register(fastifyStatic, { root: webDist, wildcard: true, index: 'index.html' });
  }
  return app;
}

function registerRoute(app: FastifyInstance, route: AnyRoute, config: Config): void {
  const status = route.status ?? 200;
  const permission = route.permission as RoutePermission | undefined;
  if (!permission) throw new Error(`Route ${route.method} ${route.url} declares no permission.`);
  app.withTypeProvider<ZodTypeProvider>().route({
    method: route.method,
    url: route.url,
    config: { permission, uploadMaxBytes: route.upload?.maxBytes },
    ...(route.upload ? { bodyLimit: route.upload.maxBytes } : {}),
    schema: {
      summary: route.summary,
      tags: route.tags,
      description: describePermission(permission),
      ...(permission === 'public' ? {} : { security: [{ [securityScheme(permission)]: [] }] }),
      ...(route.params ? { params: route.params } : {}),
      ...(route.query ? { querystring: route.query } : {}),
      ...(route.body ? { body: route.body } : {}),
      response: { [status]: route.response },
    },
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      const http: HttpTools = {
        setSessionCookie(token, kind = 'staff') {
          const name = SESSION_COOKIES[kind];
          if (token === null) {
            reply.clearCookie(name, { path: '/' });
            return;
          }
          reply.setCookie(name, token, {
            path: '/',
            httpOnly: true,
            sameSite: 'strict',
            secure: config.cookieSecure,
          });
        },
      };
      const upload = route.upload ? uploadedFile(request) : undefined;
      const result = await route.handler(
        request.ctx,
        {
          params: request.params,
          query: request.query,
          body: route.upload ? undefined : request.body,
          upload,
        },
        http,
      );
      if (result instanceof HtmlReply) {
        return reply.code(200).type('text/html; charset=utf-8').send(result.html);
      }
      if (result instanceof FileReply) {
        // Buffers bypass the serializer; the file is a download, never shown inline.
        return reply
          .code(200)
          .type(result.contentType)
          .header('content-disposition', contentDisposition(result.fileName))
          .send(Buffer.from(result.bytes));
      }
      return reply.code(status).send(result);
    },
  });
}

function uploadedFile(request: FastifyRequest): UploadedFile {
  if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
    throw new AppError('VALIDATION_FAILED', 'Choose a file to upload.', {
      fields: [{ path: 'file', message: 'Choose a file to upload.' }],
    });
  }
  const header = request.headers['x-file-name'];
  let fileName = 'resume';
  if (typeof header === 'string' && header) {
    try {
      fileName = decodeURIComponent(header);
    } catch {
      fileName = header;
    }
  }
  // eslint-disable-next-line no-control-regex
  fileName = fileName.replace(/[\u0000-\u001f\\/]/g, '_').slice(0, 200);
  return { bytes: new Uint8Array(request.body), fileName };
}

/** RFC 6266: an ASCII fallback plus the UTF-8 name. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function describePermission(permission: RoutePermission): string {
  if (permission === 'public') return 'Public.';
  if (permission === 'authenticated') return 'Any signed-in staff member.';
  if (permission === 'seeker') return 'A signed-in job seeker, for their own record.';
  if (permission === 'employer') return 'A signed-in employer user, for their own employer.';
  const grant = permission.grant ? ` and the "${permission.grant}" grant` : '';
  return `Requires ${permission.level} access to ${permission.module}${grant}.`;
}

const SESSION_COOKIES: Record<SessionKind, string> = {
  staff: SESSION_COOKIE,
  seeker: SEEKER_SESSION_COOKIE,
  employer: EMPLOYER_SESSION_COOKIE,
};

function securityScheme(permission: RoutePermission): string {
  if (permission === 'seeker') return 'seekerSession';
  if (permission === 'employer') return 'employerSession';
  return 'session';
}

function isStaticAssetRoute(url: string): boolean {
  return url === '/' || url === '/*' || url.startsWith('/assets/');
}

/** A web page the server fills in (the public job page): sent as HTML, not as JSON. */
export class HtmlReply {
  constructor(readonly html: string) {}
}

/** The built web app's folder. */
export const webDistOf = (config: Config) => config.webDist ?? defaultWebDist();

function defaultWebDist(): string {
  return path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../../web/dist');
}
