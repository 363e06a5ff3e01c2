import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentActor } from '../../../auth/current-actor.decorator';
import type { Actor } from '../../../auth/roles';
import { CommandOpts, type CommandOptions } from '../../../commands/command-options';
import { CaseCommandRoute, CaseId } from '../../case-routes';
import { RecordNavDecisionCommand } from './record-nav-decision.command';
import { RecordNavDecisionDto } from './record-nav-decision.dto';

@Controller('cases')
export class RecordNavDecisionController {
  constructor(private readonly bus: CommandBus) {}

  @CaseCommandRoute(':id/nav-decisions', 'Record NAV\'s decision on the expert-support application')
  recordNavDecision(
    @CaseId() caseId: string,
    @Body() body: RecordNavDecisionDto,
    @CurrentActor() actor: Actor,
    @CommandOpts() options: CommandOptions,
  ) {
    return this.bus.execute(new RecordNavDecisionCommand(caseId, body, actor, options));
  }
}
