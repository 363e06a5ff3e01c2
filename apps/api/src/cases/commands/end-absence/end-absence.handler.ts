import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../../commands/command-executor';
import { CaseCommands } from '../../case-commands.service';
import { EndAbsenceCommand } from './end-absence.command';

@CommandHandler(EndAbsenceCommand)
export class EndAbsenceHandler implements ICommandHandler<EndAbsenceCommand, CommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, partId, body, actor, options }: EndAbsenceCommand): Promise<CommandAnswer> {
    return this.cases.run({
      caseId,
      actor,
      options,
      access: 'leader_command',
      build: () => ({ command: { type: 'EndAbsence', data: { absenceId: partId, ...body } }, answerId: partId }),
    });
  }
}
