import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../../commands/command-executor';
import { CaseCommands } from '../../case-commands.service';
import { EvaluateActionCommand } from './evaluate-action.command';

@CommandHandler(EvaluateActionCommand)
export class EvaluateActionHandler implements ICommandHandler<EvaluateActionCommand, CommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, partId, body, actor, options }: EvaluateActionCommand): Promise<CommandAnswer> {
    return this.cases.run({
      caseId,
      actor,
      options,
      access: 'leader_command',
      build: () => ({ command: { type: 'EvaluateAction', data: { actionId: partId, ...body } }, answerId: partId }),
    });
  }
}
