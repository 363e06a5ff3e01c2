import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentActor } from '../../../auth/current-actor.decorator';
import type { Actor } from '../../../auth/roles';
import { CommandOpts, type CommandOptions } from '../../../commands/command-options';
import { CaseCommandRoute, CaseId } from '../../case-routes';
import { CompleteActionCommand } from './complete-action.command';
import { CompleteActionDto } from './complete-action.dto';

@Controller('cases')
export class CompleteActionController {
  constructor(private readonly bus: CommandBus) {}

  @CaseCommandRoute(':id/actions/:actionId/completion', 'Mark a measure as carried out, with its outcome')
  completeAction(
    @CaseId() caseId: string,
    @Param('actionId') actionId: string,
    @Body() body: CompleteActionDto,
    @CurrentActor() actor: Actor,
    @CommandOpts() options: CommandOptions,
  ) {
    return this.bus.execute(new CompleteActionCommand(caseId, actionId, body, actor, options));
  }
}
