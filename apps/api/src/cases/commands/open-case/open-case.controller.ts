import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCookieAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../../auth/current-actor.decorator';
import type { Actor } from '../../../auth/roles';
import { CommandOpts, type CommandOptions } from '../../../commands/command-options';
import { ApiProblems } from '../../../http/api-problems.decorator';
import { CommandAnswerDto } from '../../../organisation/organisation.dto';
import { OpenCaseCommand } from './open-case.command';
import { OpenCaseDto } from './open-case.dto';

@ApiTags('case commands')
@ApiCookieAuth()
@Controller('cases')
export class OpenCaseController {
  constructor(private readonly bus: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Open a case about an employee (hr, admin); answers the new case id' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first answer and opens no second case' })
  @ApiCreatedResponse({ type: CommandAnswerDto })
  @ApiProblems(400, 401, 403, 409)
  openCase(@Body() body: OpenCaseDto, @CurrentActor() actor: Actor, @CommandOpts() options: CommandOptions) {
    return this.bus.execute(new OpenCaseCommand(body, actor, options));
  }
}
