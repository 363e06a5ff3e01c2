import { calendarDate, isIsoDate } from '@app/case-domain';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AccessPolicy } from '../access/access-policy';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { Actor } from '../auth/roles';
import { ApiProblems } from '../http/api-problems.decorator';
import { ProblemException } from '../http/problem';
import { deadlinesBefore } from '../read-models/deadlines.query';
import { awaitPosition, MinPosition } from '../read-models/min-position';
import { RUNTIME, type Runtime } from '../runtime/runtime';

@ApiTags('cases')
@ApiCookieAuth()
@Controller('deadlines')
export class DeadlinesController {
  constructor(
    private readonly policy: AccessPolicy,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Open deadlines due before a date across your cases (leaders: their own), earliest first' })
  @ApiQuery({ name: 'before', required: true, example: '2026-12-31' })
  @ApiQuery({ name: 'minPosition', required: false })
  @ApiOkResponse({ schema: { example: [{ caseId: 'uuid', caseTitle: 'Høyt arbeidspress', employeeName: 'Kari Nordmann', code: 'follow_up_plan', dueDate: '2026-11-30', status: 'due_soon', label: 'Oppfølgingsplan' }] } })
  @ApiProblems(400, 401, 403, 503)
  async before(@CurrentActor() actor: Actor, @Query('before') before: string | undefined, @MinPosition() minPosition?: number) {
    this.policy.requireRole(actor, 'admin', 'hr', 'leader');
    if (!isIsoDate(before)) {
      throw new ProblemException(400, 'INVALID_INPUT', 'The request has invalid fields', [
        { field: 'before', code: before === undefined ? 'REQUIRED' : 'INVALID_DATE', message: 'must be a date written YYYY-MM-DD' },
      ]);
    }
    await awaitPosition(this.runtime.projections, ['case_list', 'directory'], minPosition);
    const today = calendarDate(new Date(), this.runtime.rules.timeZone);
    return deadlinesBefore(this.runtime.pool, before, today, actor.role === 'leader' ? actor.id : undefined);
  }
}
