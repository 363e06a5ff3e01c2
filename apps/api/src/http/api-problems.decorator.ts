import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: problem+json with `errors` naming each field',
  401: 'Not signed in, or the session expired',
  403: 'Not allowed for your role, or the X-CSRF-Token header is missing',
  404: 'Not found (also a case you may not see)',
  409: 'A business rule refuses it (the `code` says which)',
  412: 'If-Match names a version that is no longer current',
  429: 'Too many attempts; see Retry-After',
  503: 'The read model did not reach minPosition in time; see Retry-After',
};

/** Documents the problem+json answers of a route in OpenAPI. */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status],
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
      }),
    ),
  );
}
