import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentActor } from '../../../auth/current-actor.decorator';
import type { Actor } from '../../../auth/roles';
import { CommandOpts, type CommandOptions } from '../../../commands/command-options';
import { CaseCommandRoute, CaseId } from '../../case-routes';
import { RecordConsentCommand } from './record-consent.command';
import { RecordConsentDto } from './record-consent.dto';

@Controller('cases')
export class RecordConsentController {
  constructor(private readonly bus: CommandBus) {}

  @CaseCommandRoute(':id/consents', 'Record the employee\'s or the employer\'s consent to apply for expert support')
  recordConsent(
    @CaseId() caseId: string,
    @Body() body: RecordConsentDto,
    @CurrentActor() actor: Actor,
    @CommandOpts() options: CommandOptions,
  ) {
    return this.bus.execute(new RecordConsentCommand(caseId, body, actor, options));
  }
}
