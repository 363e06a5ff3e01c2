import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentActor } from '../../../auth/current-actor.decorator';
import type { Actor } from '../../../auth/roles';
import { CommandOpts, type CommandOptions } from '../../../commands/command-options';
import { CaseCommandRoute, CaseId } from '../../case-routes';
import { RecordAbsenceCommand } from './record-absence.command';
import { RecordAbsenceDto } from './record-absence.dto';

@Controller('cases')
export class RecordAbsenceController {
  constructor(private readonly bus: CommandBus) {}

  @CaseCommandRoute(':id/absences', 'Record an absence spell: sick note or self-certified, with its grade (no diagnosis, ever)')
  recordAbsence(
    @CaseId() caseId: string,
    @Body() body: RecordAbsenceDto,
    @CurrentActor() actor: Actor,
    @CommandOpts() options: CommandOptions,
  ) {
    return this.bus.execute(new RecordAbsenceCommand(caseId, body, actor, options));
  }
}
