import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { caseStreamId } from '@app/case-domain';
import { verifyStream } from '@app/event-store';
import type { FastifyReply } from 'fastify';
import { AccessPolicy } from '../../access/access-policy';
import { CurrentActor } from '../../auth/current-actor.decorator';
import type { Actor } from '../../auth/roles';
import { ApiProblems } from '../../http/api-problems.decorator';
import { RUNTIME, type Runtime } from '../../runtime/runtime';
import { CaseId } from '../case-routes';
import { accessFacts, loadCase } from '../case-stream';

@ApiTags('cases')
@ApiCookieAuth()
@ApiParam({ name: 'id', description: 'The case id', format: 'uuid' })
@Controller('cases')
export class CaseQueriesController {
  constructor(
    private readonly policy: AccessPolicy,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'The case as its events make it now, with its version (also as ETag: send it as If-Match)' })
  @ApiOkResponse({ description: 'Case state: risks, actions, absences, follow-up plans, dialogue meetings, consents, expert support, NAV decision, notes' })
  @ApiProblems(401, 404)
  async get(@CaseId() caseId: string, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    const state = await loadCase(this.runtime.store, caseId);
    await this.policy.requireCase(actor, caseId, accessFacts(state), 'read', 'read:case');
    reply.header('etag', `"${state.version}"`);
    return state;
  }

  @Get(':id/verification')
  @ApiOperation({ summary: "Recompute the case's hash chain from the store and name the first broken event" })
  @ApiOkResponse({ schema: { example: { valid: true, eventCount: 12, headHash: 'a3f…', firstInvalidVersion: null } } })
  @ApiProblems(401, 404)
  async verify(@CaseId() caseId: string, @CurrentActor() actor: Actor) {
    const state = await loadCase(this.runtime.store, caseId);
    await this.policy.requireCase(actor, caseId, accessFacts(state), 'read', 'read:verification');
    return verifyStream(await this.runtime.store.readRaw(caseStreamId(caseId)));
  }

  @Get(':id/access-log')
  @ApiOperation({ summary: 'Who read or tried to read the case, and when (hr, admin)' })
  @ApiOkResponse({ schema: { example: [{ at: '2026-11-22T09:00:00.000Z', actorId: 'uuid', actorRole: 'leader', caseId: 'uuid', action: 'read:case', outcome: 'allowed' }] } })
  @ApiProblems(401, 403, 404)
  async accessLog(@CaseId() caseId: string, @CurrentActor() actor: Actor) {
    const state = await loadCase(this.runtime.store, caseId);
    await this.policy.requireCase(actor, caseId, accessFacts(state), 'hr_read', 'read:access-log');
    return this.policy.log.forCase(caseId);
  }
}
