import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentActor } from '../../../auth/current-actor.decorator';
import type { Actor } from '../../../auth/roles';
import { CommandOpts, type CommandOptions } from '../../../commands/command-options';
import { CaseCommandRoute, CaseId } from '../../case-routes';
import { ReopenCaseCommand } from './reopen-case.command';
import { ReopenCaseDto } from './reopen-case.dto';

@Controller('cases')
export class ReopenCaseController {
  constructor(private readonly bus: CommandBus) {}

  @CaseCommandRoute(':id/reopening', 'Reopen a closed case')
  reopenCase(
    @CaseId() caseId: string,
    @Body() body: ReopenCaseDto,
    @CurrentActor() actor: Actor,
    @CommandOpts() options: CommandOptions,
  ) {
    return this.bus.execute(new ReopenCaseCommand(caseId, body, actor, options));
  }
}
