import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { ErrorCode, FieldError } from '../../common/errors.js';
import type { Problem } from '../../common/schemas/problem.js';
import { DomainError } from './errors.js';
import { errorTitle, requestLanguage, validationMessage } from './i18n.js';

/** Thrown by the zod validator compiler; carries zod's issues so they become per-field errors. */
export class RequestValidationError extends Error {
  readonly issues: z.core.$ZodIssue[];
  constructor(issues: z.core.$ZodIssue[]) {
    super('validation.failed');
    this.issues = issues;
  }
}

export function fieldErrorsFromIssues(issues: z.core.$ZodIssue[]): FieldError[] {
  return issues.flatMap((issue): FieldError | FieldError[] => {
    const field = issue.path.map(String).join('.') || '(body)';
    if (issue.code === 'unrecognized_keys') {
      // One error per unknown field, named like the field itself, so a form can point at it.
      return issue.keys.map((key) => ({
        field: [...issue.path.map(String), key].join('.'),
        code: 'unrecognized_keys',
        params: { keys: key },
      }));
    }
    switch (issue.code) {
      case 'invalid_type':
        return { field, code: issue.input === undefined ? 'required' : 'invalid_type' };
      case 'too_small':
        return { field, code: 'too_small', params: { minimum: Number(issue.minimum) } };
      case 'too_big':
        return { field, code: 'too_big', params: { maximum: Number(issue.maximum) } };
      case 'invalid_format':
        return {
          field,
          code: issue.format === 'email' ? 'invalid_email' : issue.format === 'url' ? 'invalid_url' : 'invalid_format',
        };
      case 'invalid_value':
        return { field, code: issue.input === undefined ? 'required' : 'invalid_value' };
      case 'custom':
        return { field, code: issue.message || 'invalid' };
      default:
        return { field, code: 'invalid' };
    }
  });
}

function problemBody(
  request: FastifyRequest,
  code: ErrorCode,
  status: number,
  extra: Partial<Problem> = {},
  params = {},
) {
  const lang = requestLanguage(request);
  return {
    type: `/problems/${code.replace('.', '/')}`,
    title: errorTitle(lang, code, params),
    status,
    code,
    ...extra,
  } satisfies Problem;
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  status: number,
  options: { fieldErrors?: FieldError[]; params?: Record<string, string | number> } = {},
) {
  const lang = requestLanguage(request);
  const errors = options.fieldErrors?.map((e) => ({
    field: e.field,
    code: e.code,
    message: validationMessage(lang, e.code, e.params),
  }));
  return reply
    .code(status)
    .type('application/problem+json')
    .send(problemBody(request, code, status, errors ? { errors } : {}, options.params));
}

/** The one place where failures become RFC 9457 problem+json. */
export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    if (error instanceof DomainError) {
      if (error.retryAfterSeconds) reply.header('retry-after', String(error.retryAfterSeconds));
      return sendProblem(request, reply, error.code, error.status, {
        ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
        params: error.params,
      });
    }
    if (error instanceof RequestValidationError) {
      return sendProblem(request, reply, 'validation.failed', 400, {
        fieldErrors: fieldErrorsFromIssues(error.issues),
      });
    }
    const fe = error as FastifyError;
    switch (fe.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendProblem(request, reply, 'request.malformed_json', 400);
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(request, reply, 'request.too_large', 413);
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return sendProblem(request, reply, 'request.unsupported_media_type', 415);
      case 'FST_ERR_RATE_LIMIT':
        return sendProblem(request, reply, 'rate.limited', 429);
      default:
        break;
    }
    if (fe.statusCode === 429) return sendProblem(request, reply, 'rate.limited', 429);
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      if (/JSON/i.test(fe.message)) return sendProblem(request, reply, 'request.malformed_json', 400);
      return sendProblem(request, reply, 'validation.failed', 400, {
        fieldErrors: [{ field: '(request)', code: 'invalid' }],
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, 'internal', 500);
  });
}
