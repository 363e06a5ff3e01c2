import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../../commands/command-executor';
import { CaseCommands } from '../../case-commands.service';
import { CompleteActionCommand } from './complete-action.command';

@CommandHandler(CompleteActionCommand)
export class CompleteActionHandler implements ICommandHandler<CompleteActionCommand, CommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, partId, body, actor, options }: CompleteActionCommand): Promise<CommandAnswer> {
    return this.cases.run({
      caseId,
      actor,
      options,
      access: 'leader_command',
      build: () => ({ command: { type: 'CompleteAction', data: { actionId: partId, ...body } }, answerId: partId }),
    });
  }
}
