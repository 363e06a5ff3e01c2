import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentActor } from '../../../auth/current-actor.decorator';
import type { Actor } from '../../../auth/roles';
import { CommandOpts, type CommandOptions } from '../../../commands/command-options';
import { CaseCommandRoute, CaseId } from '../../case-routes';
import { CloseCaseCommand } from './close-case.command';
import { CloseCaseDto } from './close-case.dto';

@Controller('cases')
export class CloseCaseController {
  constructor(private readonly bus: CommandBus) {}

  @CaseCommandRoute(':id/closure', 'Close the case (it then accepts only reopening)')
  closeCase(
    @CaseId() caseId: string,
    @Body() body: CloseCaseDto,
    @CurrentActor() actor: Actor,
    @CommandOpts() options: CommandOptions,
  ) {
    return this.bus.execute(new CloseCaseCommand(caseId, body, actor, options));
  }
}
