import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../../commands/command-executor';
import { CaseCommands, creating } from '../../case-commands.service';
import { RecordNavDecisionCommand } from './record-nav-decision.command';

@CommandHandler(RecordNavDecisionCommand)
export class RecordNavDecisionHandler implements ICommandHandler<RecordNavDecisionCommand, CommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, body, actor, options }: RecordNavDecisionCommand): Promise<CommandAnswer> {
    return this.cases.run({
      caseId,
      actor,
      options,
      access: 'hr_command',
      build: creating('RecordNavDecision', 'decisionId', body),
    });
  }
}
