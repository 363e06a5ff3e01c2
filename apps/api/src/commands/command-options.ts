import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ProblemException } from '../http/problem';

/** How a write was asked for: the version it was based on, and its retry key. */
export interface CommandOptions {
  /** From If-Match: the case version the client saw; a newer one answers 412. */
  expectedVersion?: number;
  /** From Idempotency-Key: a retry with the same key returns the first answer. */
  idempotencyKey?: string;
  /** The request, for the idempotency check: method, path and body. */
  fingerprint: string;
}

const KEY_PATTERN = /^[A-Za-z0-9_\-:.]{1,200}$/;

/** Reads If-Match (`5`, `"5"` or `W/"5"`) and Idempotency-Key of the request. */
export const CommandOpts = createParamDecorator((_: unknown, context: ExecutionContext): CommandOptions => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  return {
    expectedVersion: parseIfMatch(request.headers['if-match']),
    idempotencyKey: parseKey(request.headers['idempotency-key']),
    fingerprint: JSON.stringify([request.method, request.url.split('?')[0], request.body ?? null]),
  };
});

export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = typeof header === 'string' ? /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header) : null;
  if (!match) throw new ProblemException(400, 'INVALID_IF_MATCH', 'If-Match must be the case version, e.g. "7" (the ETag of GET /api/cases/:id)');
  return Number(match[1]);
}

function parseKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (typeof header !== 'string' || !KEY_PATTERN.test(header)) {
    throw new ProblemException(400, 'INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key must be 1–200 characters of letters, digits, - _ : .');
  }
  return header;
}
