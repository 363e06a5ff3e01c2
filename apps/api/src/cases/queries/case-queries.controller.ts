import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DEADLINE_LABELS_NB, allDeadlines, calendarDate, caseStreamId, deadlineStatusLabelNb } from '@app/case-domain';
import { verifyStream } from '@app/event-store';
import type { FastifyReply } from 'fastify';
import { AccessPolicy } from '../../access/access-policy';
import { CurrentActor } from '../../auth/current-actor.decorator';
import type { Actor } from '../../auth/roles';
import { ApiProblems } from '../../http/api-problems.decorator';
import { RUNTIME, type Runtime } from '../../runtime/runtime';
import { listCases } from '../../read-models/case-list.query';
import { caseNames } from '../../read-models/case-names.query';
import { caseTimeline } from '../../read-models/case-timeline.query';
import { CaseListQueryDto } from './case-list.dto';
import { awaitPosition, MinPosition } from '../../read-models/min-position';
import { navApplication, navApplicationFor } from '../../read-models/nav-application.query';
import { CaseId } from '../case-routes';
import { accessFacts, loadAccessFacts, loadCase } from '../case-stream';

@ApiTags('cases')
@ApiCookieAuth()
@Controller('cases')
export class CaseQueriesController {
  constructor(
    private readonly policy: AccessPolicy,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The case overview: filters, free-text search, newest activity first, cursor pagination (leaders: their cases only)' })
  @ApiOkResponse({ description: '{ items: [...], nextCursor }' })
  @ApiProblems(400, 401, 403, 503)
  async list(@CurrentActor() actor: Actor, @Query() query: CaseListQueryDto) {
    this.policy.requireRole(actor, 'admin', 'hr', 'leader');
    await awaitPosition(this.runtime.projections, ['case_list', 'directory'], query.minPosition ? Number(query.minPosition) : undefined);
    const today = calendarDate(new Date(), this.runtime.rules.timeZone);
    return listCases(
      this.runtime.pool,
      {
        status: query.status,
        unitId: query.unitId,
        leaderId: actor.role === 'leader' ? actor.id : query.leaderId,
        overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
        q: query.q?.trim() || undefined,
        limit: query.limit ?? 25,
        cursor: query.cursor,
      },
      today,
    );
  }

  @Get(':id')
  @ApiParam({ name: 'id', description: 'The case id', format: 'uuid' })
  @ApiOperation({ summary: 'The case as its events make it now, with its version (also as ETag: send it as If-Match)' })
  @ApiOkResponse({ description: 'Case state: risks, actions, absences, follow-up plans, dialogue meetings, consents, expert support, NAV decision, notes; and names {employee, leader, unit} for the header' })
  @ApiProblems(401, 404)
  async get(@CaseId() caseId: string, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    const state = await loadCase(this.runtime.store, caseId);
    await this.policy.requireCase(actor, caseId, accessFacts(state), 'read', 'read:case');
    reply.header('etag', `"${state.version}"`);
    return { ...state, names: await caseNames(this.runtime.pool, state) };
  }

  @Get(':id/timeline')
  @ApiParam({ name: 'id', description: 'The case id', format: 'uuid' })
  @ApiOperation({ summary: 'Every event of the case in order, with a Norwegian sentence, the actor, the data and the hash' })
  @ApiQuery({ name: 'minPosition', required: false, description: 'Wait (bounded) until the timeline includes this global position' })
  @ApiOkResponse({ schema: { example: [{ version: 3, position: 812, type: 'ActionAgreed', occurredAt: '2026-11-22T09:15:00.000Z', occurredAtLocal: '22.11.2026 10:15', actor: { id: 'uuid', name: 'Lars Øvrebø' }, text: 'Lars Øvrebø avtalte tiltaket «Omfordele saksmengde» med Kari Nordmann og HR, frist 3. desember.', data: {}, hash: 'a3f…' }] } })
  @ApiProblems(400, 401, 404, 503)
  async timeline(@CaseId() caseId: string, @CurrentActor() actor: Actor, @MinPosition() minPosition?: number) {
    const facts = await loadAccessFacts(this.runtime.store, caseId);
    await this.policy.requireCase(actor, caseId, facts, 'read', 'read:timeline');
    await awaitPosition(this.runtime.projections, ['case_timeline', 'directory'], minPosition);
    return caseTimeline(this.runtime.pool, this.runtime.keys, caseId);
  }

  @Get(':id/deadlines')
  @ApiParam({ name: 'id', description: 'The case id', format: 'uuid' })
  @ApiOperation({ summary: "Statutory sick-leave deadlines and the agreed measures' due dates, each with its status today" })
  @ApiQuery({ name: 'minPosition', required: false, description: 'Accepted for symmetry: this answer is folded from the case stream, so it is always current' })
  @ApiOkResponse({ schema: { example: [{ code: 'follow_up_plan', kind: 'duty', dueDate: '2026-11-30', status: 'due_soon', explanation: 'Oppfølgingsplanen skal være laget innen fire uker (AML § 4-6).' }] } })
  @ApiProblems(400, 401, 404)
  async deadlines(@CaseId() caseId: string, @CurrentActor() actor: Actor, @MinPosition() _minPosition?: number) {
    const state = await loadCase(this.runtime.store, caseId);
    await this.policy.requireCase(actor, caseId, accessFacts(state), 'read', 'read:deadlines');
    const today = calendarDate(new Date(), this.runtime.rules.timeZone);
    return allDeadlines(state, today).map((d) => ({ ...d, label: DEADLINE_LABELS_NB[d.code], statusLabel: deadlineStatusLabelNb(d) }));
  }

  @Get(':id/nav-application')
  @ApiParam({ name: 'id', description: 'The case id', format: 'uuid' })
  @ApiOperation({ summary: "NAV's expert-support application filled from the case: {application, missing, eligibility}; the national id in full for hr and admin, its birth-date part for the case's leader" })
  @ApiQuery({ name: 'minPosition', required: false, description: 'Accepted for symmetry: folded from the streams, always current' })
  @ApiOkResponse({ description: 'application in NAV’s groups and field names; missing fields with reason and the call that fills them; the eligibility checklist' })
  @ApiProblems(400, 401, 404)
  async navApplication(@CaseId() caseId: string, @CurrentActor() actor: Actor, @MinPosition() _minPosition?: number) {
    const state = await loadCase(this.runtime.store, caseId);
    await this.policy.requireCase(actor, caseId, accessFacts(state), 'read', 'read:nav-application');
    return navApplicationFor(actor.role, await navApplication(this.runtime, state));
  }

  @Get(':id/verification')
  @ApiParam({ name: 'id', description: 'The case id', format: 'uuid' })
  @ApiOperation({ summary: "Recompute the case's hash chain from the store and name the first broken event" })
  @ApiOkResponse({ schema: { example: { valid: true, eventCount: 12, headHash: 'a3f…', firstInvalidVersion: null } } })
  @ApiProblems(401, 404)
  async verify(@CaseId() caseId: string, @CurrentActor() actor: Actor) {
    const facts = await loadAccessFacts(this.runtime.store, caseId);
    await this.policy.requireCase(actor, caseId, facts, 'read', 'read:verification');
    return verifyStream(await this.runtime.store.readRaw(caseStreamId(caseId)));
  }

  @Get(':id/access-log')
  @ApiParam({ name: 'id', description: 'The case id', format: 'uuid' })
  @ApiOperation({ summary: 'Who read or tried to read the case, and when (hr, admin)' })
  @ApiOkResponse({ schema: { example: [{ at: '2026-11-22T09:00:00.000Z', actorId: 'uuid', actorRole: 'leader', caseId: 'uuid', action: 'read:case', outcome: 'allowed' }] } })
  @ApiProblems(401, 403, 404)
  async accessLog(@CaseId() caseId: string, @CurrentActor() actor: Actor) {
    const facts = await loadAccessFacts(this.runtime.store, caseId);
    await this.policy.requireCase(actor, caseId, facts, 'hr_read', 'read:access-log');
    return this.policy.log.forCase(caseId);
  }
}
