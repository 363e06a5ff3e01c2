import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentActor } from '../../../auth/current-actor.decorator';
import type { Actor } from '../../../auth/roles';
import { CommandOpts, type CommandOptions } from '../../../commands/command-options';
import { CaseCommandRoute, CaseId } from '../../case-routes';
import { RequestExpertSupportCommand } from './request-expert-support.command';
import { RequestExpertSupportDto } from './request-expert-support.dto';

@Controller('cases')
export class RequestExpertSupportController {
  constructor(private readonly bus: CommandBus) {}

  @CaseCommandRoute(
    ':id/expert-support',
    'Prepare the expert-support application (needs both consents); a new request replaces the previous one',
  )
  requestExpertSupport(
    @CaseId() caseId: string,
    @Body() body: RequestExpertSupportDto,
    @CurrentActor() actor: Actor,
    @CommandOpts() options: CommandOptions,
  ) {
    return this.bus.execute(new RequestExpertSupportCommand(caseId, body, actor, options));
  }
}
