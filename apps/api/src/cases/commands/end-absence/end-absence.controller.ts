import { Body, Controller, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentActor } from '../../../auth/current-actor.decorator';
import type { Actor } from '../../../auth/roles';
import { CommandOpts, type CommandOptions } from '../../../commands/command-options';
import { CaseCommandRoute, CaseId } from '../../case-routes';
import { EndAbsenceCommand } from './end-absence.command';
import { EndAbsenceDto } from './end-absence.dto';

@Controller('cases')
export class EndAbsenceController {
  constructor(private readonly bus: CommandBus) {}

  @CaseCommandRoute(':id/absences/:absenceId/end', 'End an open absence spell on its last day')
  endAbsence(
    @CaseId() caseId: string,
    @Param('absenceId') absenceId: string,
    @Body() body: EndAbsenceDto,
    @CurrentActor() actor: Actor,
    @CommandOpts() options: CommandOptions,
  ) {
    return this.bus.execute(new EndAbsenceCommand(caseId, absenceId, body, actor, options));
  }
}
