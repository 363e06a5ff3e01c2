import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/public.decorator';
import { RUNTIME, type Runtime } from '../runtime/runtime';

@Public()
@Controller('health')
export class HealthController {
  constructor(@Inject(RUNTIME) private readonly runtime: Runtime) {}

  /** 200 while the event store answers (503 otherwise), with every projection's position and lag. */
  @Get()
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
