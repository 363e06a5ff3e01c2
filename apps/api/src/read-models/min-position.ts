import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ProblemException } from '../http/problem';
import type { ProjectionsService } from '../projections/projections.service';

/** ?minPosition=: the global position a command answered, which this query must reflect. */
export const MinPosition = createParamDecorator((_: unknown, context: ExecutionContext): number | undefined => {
  const raw = (context.switchToHttp().getRequest<FastifyRequest>().query as Record<string, string>)?.minPosition;
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,15}$/.test(raw)) {
    throw new ProblemException(400, 'INVALID_INPUT', 'The request has invalid fields', [
      { field: 'minPosition', code: 'INVALID_TYPE', message: 'must be the position a command answered (a whole number)' },
    ]);
  }
  return Number(raw);
});

const WAIT_MS = 5_000;

/** Waits (bounded) until `projection` has applied `minPosition`; 503 with Retry-After if not. */
export async function awaitPosition(projections: ProjectionsService, projection: string, minPosition: number | undefined): Promise<void> {
  if (minPosition === undefined || minPosition <= 0) return;
  if (await projections.waitFor(projection, minPosition, WAIT_MS)) return;
  throw new ProblemException(
    503,
    'READ_MODEL_BEHIND',
    `The ${projection} read model has not reached position ${minPosition} yet; try again shortly`,
    undefined,
    { 'retry-after': '1' },
  );
}
