import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentActor } from '../../../auth/current-actor.decorator';
import type { Actor } from '../../../auth/roles';
import { CommandOpts, type CommandOptions } from '../../../commands/command-options';
import { CaseCommandRoute, CaseId } from '../../case-routes';
import { EvaluateActionCommand } from './evaluate-action.command';
import { EvaluateActionDto } from './evaluate-action.dto';

@Controller('cases')
export class EvaluateActionController {
  constructor(private readonly bus: CommandBus) {}

  @CaseCommandRoute(':id/actions/:actionId/evaluation', 'Evaluate the effect of a completed measure (may be repeated over time)')
  evaluateAction(
    @CaseId() caseId: string,
    @Param('actionId') actionId: string,
    @Body() body: EvaluateActionDto,
    @CurrentActor() actor: Actor,
    @CommandOpts() options: CommandOptions,
  ) {
    return this.bus.execute(new EvaluateActionCommand(caseId, actionId, body, actor, options));
  }
}
