import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../../commands/command-executor';
import { CaseCommands, creating } from '../../case-commands.service';
import { AddNoteCommand } from './add-note.command';

@CommandHandler(AddNoteCommand)
export class AddNoteHandler implements ICommandHandler<AddNoteCommand, CommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, body, actor, options }: AddNoteCommand): Promise<CommandAnswer> {
    return this.cases.run({
      caseId,
      actor,
      options,
      access: 'leader_command',
      build: creating('AddNote', 'noteId', body),
    });
  }
}
