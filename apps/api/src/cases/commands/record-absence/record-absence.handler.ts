import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../../commands/command-executor';
import { CaseCommands, creating } from '../../case-commands.service';
import { RecordAbsenceCommand } from './record-absence.command';

@CommandHandler(RecordAbsenceCommand)
export class RecordAbsenceHandler implements ICommandHandler<RecordAbsenceCommand, CommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, body, actor, options }: RecordAbsenceCommand): Promise<CommandAnswer> {
    return this.cases.run({
      caseId,
      actor,
      options,
      access: 'leader_command',
      build: creating('RecordAbsence', 'absenceId', body),
    });
  }
}
