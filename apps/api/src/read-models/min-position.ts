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

/**
 * Waits (bounded) until every read model a query reads from has applied `minPosition`
 * (a query joining the directory for names needs both); 503 with Retry-After if not.
 */
export async function awaitPosition(projections: ProjectionsService, readModels: string[], minPosition: number | undefined): Promise<void> {
  if (minPosition === undefined || minPosition <= 0) return;
  const reached = await Promise.all(readModels.map((name) => projections.waitFor(name, minPosition, WAIT_MS)));
  const behind = readModels.filter((_, i) => !reached[i]);
  if (behind.length === 0) return;
  throw new ProblemException(
    503,
    'READ_MODEL_BEHIND',
    `The read model ${behind.join(', ')} has not reached position ${minPosition} yet; try again shortly`,
    undefined,
    { 'retry-after': '1' },
  );
}
