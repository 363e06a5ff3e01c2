import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentActor } from '../../../auth/current-actor.decorator';
import type { Actor } from '../../../auth/roles';
import { CommandOpts, type CommandOptions } from '../../../commands/command-options';
import { CaseCommandRoute, CaseId } from '../../case-routes';
import { RecordFollowUpPlanCommand } from './record-follow-up-plan.command';
import { RecordFollowUpPlanDto } from './record-follow-up-plan.dto';

@Controller('cases')
export class RecordFollowUpPlanController {
  constructor(private readonly bus: CommandBus) {}

  @CaseCommandRoute(':id/follow-up-plans', 'Record the follow-up plan (oppfølgingsplan, AML § 4-6)')
  recordFollowUpPlan(
    @CaseId() caseId: string,
    @Body() body: RecordFollowUpPlanDto,
    @CurrentActor() actor: Actor,
    @CommandOpts() options: CommandOptions,
  ) {
    return this.bus.execute(new RecordFollowUpPlanCommand(caseId, body, actor, options));
  }
}
