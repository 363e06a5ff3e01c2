import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentActor } from '../../../auth/current-actor.decorator';
import type { Actor } from '../../../auth/roles';
import { CommandOpts, type CommandOptions } from '../../../commands/command-options';
import { CaseCommandRoute, CaseId } from '../../case-routes';
import { AgreeActionCommand } from './agree-action.command';
import { AgreeActionDto } from './agree-action.dto';

@Controller('cases')
export class AgreeActionController {
  constructor(private readonly bus: CommandBus) {}

  @CaseCommandRoute(':id/actions', 'Record a measure (tiltak) agreed with the employee: responsible, due date and participants')
  agreeAction(
    @CaseId() caseId: string,
    @Body() body: AgreeActionDto,
    @CurrentActor() actor: Actor,
    @CommandOpts() options: CommandOptions,
  ) {
    return this.bus.execute(new AgreeActionCommand(caseId, body, actor, options));
  }
}
