import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentActor } from '../../../auth/current-actor.decorator';
import type { Actor } from '../../../auth/roles';
import { CommandOpts, type CommandOptions } from '../../../commands/command-options';
import { CaseCommandRoute, CaseId } from '../../case-routes';
import { RecordDialogueMeetingCommand } from './record-dialogue-meeting.command';
import { RecordDialogueMeetingDto } from './record-dialogue-meeting.dto';

@Controller('cases')
export class RecordDialogueMeetingController {
  constructor(private readonly bus: CommandBus) {}

  @CaseCommandRoute(':id/dialogue-meetings', 'Record a dialogue meeting (dialogmøte 1, 2 or 3)')
  recordDialogueMeeting(
    @CaseId() caseId: string,
    @Body() body: RecordDialogueMeetingDto,
    @CurrentActor() actor: Actor,
    @CommandOpts() options: CommandOptions,
  ) {
    return this.bus.execute(new RecordDialogueMeetingCommand(caseId, body, actor, options));
  }
}
