import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentActor } from '../../../auth/current-actor.decorator';
import type { Actor } from '../../../auth/roles';
import { CommandOpts, type CommandOptions } from '../../../commands/command-options';
import { CaseCommandRoute, CaseId } from '../../case-routes';
import { IdentifyRiskCommand } from './identify-risk.command';
import { IdentifyRiskDto } from './identify-risk.dto';

@Controller('cases')
export class IdentifyRiskController {
  constructor(private readonly bus: CommandBus) {}

  @CaseCommandRoute(':id/risks', 'Record a psychosocial risk in the case (a § 4-3 factor, its severity and where it came from)')
  identifyRisk(
    @CaseId() caseId: string,
    @Body() body: IdentifyRiskDto,
    @CurrentActor() actor: Actor,
    @CommandOpts() options: CommandOptions,
  ) {
    return this.bus.execute(new IdentifyRiskCommand(caseId, body, actor, options));
  }
}
