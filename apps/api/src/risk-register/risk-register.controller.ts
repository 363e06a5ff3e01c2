import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AccessPolicy } from '../access/access-policy';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { Actor } from '../auth/roles';
import { ApiProblems } from '../http/api-problems.decorator';
import { ProblemException } from '../http/problem';
import { awaitPosition, MinPosition } from '../read-models/min-position';
import { riskRegister } from '../read-models/risk-register.query';
import { RUNTIME, type Runtime } from '../runtime/runtime';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ApiTags('risk register')
@ApiCookieAuth()
@Controller('risk-register')
export class RiskRegisterController {
  constructor(
    private readonly policy: AccessPolicy,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Per unit and § 4-3 factor: risks by severity, measures and their effect; no names, no free text (hr, admin, safety_rep)' })
  @ApiQuery({ name: 'unitId', required: false })
  @ApiQuery({ name: 'minPosition', required: false })
  @ApiOkResponse({ description: '{ minCases, units: [{ unitId, unitName, suppressed, cases, factors: [...] }] }' })
  @ApiProblems(400, 401, 403, 503)
  async register(@CurrentActor() actor: Actor, @Query('unitId') unitId?: string, @MinPosition() minPosition?: number) {
    this.policy.requireRole(actor, 'admin', 'hr', 'safety_rep');
    if (unitId !== undefined && !UUID.test(unitId)) {
      throw new ProblemException(400, 'INVALID_INPUT', 'The request has invalid fields', [
        { field: 'unitId', code: 'INVALID_ID', message: 'must be the id of a unit' },
      ]);
    }
    await awaitPosition(this.runtime.projections, ['case_list', 'directory'], minPosition);
    return riskRegister(this.runtime.pool, this.runtime.config.RISK_REGISTER_MIN_CASES, unitId);
  }
}
