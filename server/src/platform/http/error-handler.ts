import fs from 'node:fs';
import path from 'node:path';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
import type { ErrorBody, FieldIssue } from '@onestop/contracts';
import { AppError } from '../errors';

function body(request: FastifyRequest, error: Omit<ErrorBody['error'], 'requestId'>): ErrorBody {
  return { error: { ...error, requestId: request.id } };
}

/** One place maps every failure to a status. A 5xx means a bug: it is logged with the request id. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    return reply.code(error.status).send(
      body(request, {
        code: error.code,
        message: error.message,
        ...(error.details.fields ? { fields: error.details.fields } : {}),
        ...(error.details.rule ? { rule: error.details.rule } : {}),
      }),
    );
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields: FieldIssue[] = error.validation.map((issue) => ({
      path:
        issue.instancePath.replace(/^\//, '').replace(/\//g, '.') || error.validationContext || '',
      message: issue.message ?? 'This value is not valid.',
    }));
    return reply.code(400).send(
      body(request, {
        code: 'VALIDATION_FAILED',
        message: `Check the highlighted fields: ${fields.map((f) => f.message).join(' ')}`,
        fields,
      }),
    );
  }
  if (!isResponseSerializationError(error) && error.statusCode && error.statusCode < 500) {
    // Fastify's own 4xx: malformed JSON, an unsupported media type, a body over the limit.
    const code =
      error.statusCode === 429
        ? 'RATE_LIMITED'
        : error.statusCode === 404
          ? 'NOT_FOUND'
          : 'VALIDATION_FAILED';
    return reply
      .code(error.statusCode)
      .send(body(request, { code, message: plainFastifyMessage(error, request) }));
  }
  request.log.error({ err: loggable(error), requestId: request.id }, 'unhandled error');
  return reply.code(500).send(
    body(request, {
      code: 'INTERNAL',
      message: `Something went wrong on our side. Nothing you entered was lost; try again, and if it keeps happening give support this reference: ${request.id}`,
    }),
  );
}

/**
 * What a 5xx logs. Database driver errors repeat the query's parameters (personal data, possibly an
 * SSN) in their message, so those are reduced to the SQL text and the server's own error.
 */
export function loggable(error: Error): Record<string, unknown> {
  const { query, cause } = error as { query?: unknown; cause?: unknown };
  const fromDatabase = typeof query === 'string';
  return {
    type: error.name,
    message: fromDatabase ? 'database query failed' : error.message,
    ...(fromDatabase ? { query } : {}),
    ...(cause instanceof Error
      ? {
          cause: {
            type: cause.name,
            message: cause.message,
            code: (cause as { code?: unknown }).code,
          },
        }
      : {}),
    stack: error.stack
      ?.split('\n')
      .filter((line) => /^\s+at /.test(line))
      .join('\n'),
  };
}

function plainFastifyMessage(error: FastifyError, request: FastifyRequest): string {
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return request.routeOptions.config.uploadMaxBytes
      ? 'Upload a PDF or Word (.docx) file.'
      : 'Send the request as JSON.';
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    const limit = request.routeOptions.config.uploadMaxBytes;
    return limit
      ? `This file is larger than ${Math.round(limit / (1024 * 1024))} MB. Save it again without pictures, or as a smaller PDF or Word (.docx) file, then try again.`
      : 'The request is too large.';
  }
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return 'The request body is empty; send JSON.';
  if (error.code?.startsWith('FST_ERR_CTP')) return 'The request body is not valid JSON.';
  return error.message;
}

export function notFoundHandler(webDist: string) {
  return (request: FastifyRequest, reply: FastifyReply) => {
    const url = request.url.split('?')[0] ?? '';
    const wantsPage =
      request.method === 'GET' && !url.startsWith('/api') && !url.startsWith('/health');
    const indexHtml = path.join(webDist, 'index.html');
    if (wantsPage && fs.existsSync(indexHtml)) {
      // The web app routes on the client: every page URL gets the same shell.
      return reply.type('text/html').send(fs.createReadStream(indexHtml));
    }
    return reply.code(404).send(
      body(request, {
        code: 'NOT_FOUND',
        message: `There is no ${request.method} ${url} in this API.`,
      }),
    );
  };
}
