import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/public.decorator';
import { RUNTIME, type Runtime } from '../runtime/runtime';

@Public()
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  /** 200 while the event store answers (503 otherwise), with every projection's position and lag. */
  @Get()
  @ApiOperation({ summary: "The event store's state and each projection's position, lag and failure (no sign-in needed)" })
  @ApiOkResponse({ schema: { example: { status: 'ok', eventStore: { kind: 'postgres', ok: true, headPosition: 812 }, projections: [{ name: 'case_timeline', state: 'running', position: 812, lag: 0, updatedAt: '2026-11-22T09:15:00.000Z', failure: null }] } } })
  @ApiResponse({ status: 503, description: 'The event store does not answer' })
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const eventStore = await this.runtime.store.health();
    const projections = await this.runtime.projections.status(eventStore.headPosition).catch(() => []);
    const failed = projections.some((p) => p.state === 'failed' || p.failure);
    if (!eventStore.ok) reply.status(503);
    return {
      status: !eventStore.ok ? 'unavailable' : failed ? 'degraded' : 'ok',
      eventStore,
      projections,
    };
  }
}
