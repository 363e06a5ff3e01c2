import { Body, Controller, Get, HttpCode, Inject, Post, Put } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccessPolicy } from '../access/access-policy';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { Actor } from '../auth/roles';
import { CommandExecutor } from '../commands/command-executor';
import { CommandOpts, type CommandOptions } from '../commands/command-options';
import { ApiProblems } from '../http/api-problems.decorator';
import { RUNTIME, type Runtime } from '../runtime/runtime';
import { AddUnitDto, CommandAnswerDto, SetOrganisationDto } from './organisation.dto';
import { loadOrganisation, organisationCommand } from './organisation-stream';

@ApiTags('organisation')
@ApiCookieAuth()
@Controller()
export class OrganisationController {
  constructor(
    private readonly policy: AccessPolicy,
    private readonly commands: CommandExecutor,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  @Put('organisation')
  @HttpCode(200)
  @ApiOperation({ summary: "Set or correct the employer's name and organisation number (admin)" })
  @ApiOkResponse({ type: CommandAnswerDto })
  @ApiProblems(400, 401, 403, 412)
  setDetails(@CurrentActor() actor: Actor, @Body() body: SetOrganisationDto, @CommandOpts() options: CommandOptions) {
    this.policy.requireRole(actor, 'admin');
    return this.commands.execute(organisationCommand({ type: 'SetOrganisationDetails', data: body }, 'organisation'), actor, options);
  }

  @Get('organisation')
  @ApiOperation({ summary: "The employer's name and organisation number" })
  @ApiOkResponse({ schema: { example: { name: 'Fjordvik kommune', orgNumber: '974760673', version: 3 } } })
  @ApiProblems(401)
  async details(@CurrentActor() actor: Actor) {
    this.policy.requireRole(actor, 'admin', 'hr', 'leader', 'safety_rep');
    const { name, orgNumber, version } = await loadOrganisation(this.runtime.store);
    return { name, orgNumber, version };
  }

  @Post('units')
  @ApiOperation({ summary: 'Add a unit (admin)' })
  @ApiCreatedResponse({ type: CommandAnswerDto })
  @ApiProblems(400, 401, 403, 409)
  addUnit(@CurrentActor() actor: Actor, @Body() body: AddUnitDto, @CommandOpts() options: CommandOptions) {
    this.policy.requireRole(actor, 'admin');
    const unitId = this.commands.newId(actor, options);
    return this.commands.execute(organisationCommand({ type: 'AddUnit', data: { unitId, name: body.name } }, unitId), actor, options);
  }

  @Get('units')
  @ApiOperation({ summary: 'Every unit, by name' })
  @ApiOkResponse({ schema: { example: [{ id: 'uuid', name: 'Hjemmetjenesten sone nord' }] } })
  @ApiProblems(401)
  async units(@CurrentActor() actor: Actor) {
    this.policy.requireRole(actor, 'admin', 'hr', 'leader', 'safety_rep');
    const { units } = await loadOrganisation(this.runtime.store);
    return units.map(({ id, name }) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  }
}
