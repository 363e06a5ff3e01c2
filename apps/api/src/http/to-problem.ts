import { DomainError } from '@app/case-domain';
import { EventIdConflict, WrongExpectedVersion } from '@app/event-store';
import { HttpException } from '@nestjs/common';
import { problem, ProblemException, type ProblemDetails } from './problem';

export interface RenderedProblem {
  body: ProblemDetails;
  headers: Record<string, string>;
}

export function toProblem(error: unknown, instance: string): RenderedProblem {
  if (error instanceof ProblemException) {
    return { body: problem(error.status, error.code, error.detail, error.errors, instance), headers: error.headers };
  }
  if (error instanceof DomainError) {
    const status = error.kind === 'invalid' ? 400 : error.kind === 'not_found' ? 404 : 409;
    return { body: problem(status, error.code, error.message, error.fields, instance), headers: {} };
  }
  if (error instanceof WrongExpectedVersion || error instanceof EventIdConflict) {
    return { body: problem(409, 'CONCURRENT_CHANGE', 'Someone else changed this at the same moment; try again', undefined, instance), headers: {} };
  }
  const fastifyCode = (error as { code?: string })?.code;
  const statusCode = (error as { statusCode?: number })?.statusCode;
  if (typeof fastifyCode === 'string' && fastifyCode.startsWith('FST_') && statusCode && statusCode < 500) {
    // Body parsing and content-type errors from Fastify: the client's input, never a 500.
    return { body: problem(statusCode, fastifyCodeToOurs(fastifyCode), (error as Error).message, undefined, instance), headers: {} };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    return { body: problem(status, httpCode(status), error.message, undefined, instance), headers: {} };
  }
  return { body: problem(500, 'INTERNAL_ERROR', 'Something went wrong on our side; nothing was changed.', undefined, instance), headers: {} };
}

function fastifyCodeToOurs(code: string): string {
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'UNSUPPORTED_MEDIA_TYPE';
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'BODY_TOO_LARGE';
  return 'INVALID_BODY';
}

function httpCode(status: number): string {
  const codes: Record<number, string> = {
    400: 'INVALID_INPUT',
    401: 'UNAUTHENTICATED',
    403: 'FORBIDDEN',
    404: 'NOT_FOUND',
    405: 'METHOD_NOT_ALLOWED',
    409: 'CONFLICT',
    412: 'STALE_VERSION',
    429: 'TOO_MANY_REQUESTS',
  };
  return codes[status] ?? 'HTTP_ERROR';
}
