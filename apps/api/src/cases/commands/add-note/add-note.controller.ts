import { Body, Controller } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentActor } from '../../../auth/current-actor.decorator';
import type { Actor } from '../../../auth/roles';
import { CommandOpts, type CommandOptions } from '../../../commands/command-options';
import { CaseCommandRoute, CaseId } from '../../case-routes';
import { AddNoteCommand } from './add-note.command';
import { AddNoteDto } from './add-note.dto';

@Controller('cases')
export class AddNoteController {
  constructor(private readonly bus: CommandBus) {}

  @CaseCommandRoute(':id/notes', 'Add a note to the case')
  addNote(
    @CaseId() caseId: string,
    @Body() body: AddNoteDto,
    @CurrentActor() actor: Actor,
    @CommandOpts() options: CommandOptions,
  ) {
    return this.bus.execute(new AddNoteCommand(caseId, body, actor, options));
  }
}
