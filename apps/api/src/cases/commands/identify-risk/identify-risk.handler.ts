import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../../commands/command-executor';
import { CaseCommands, creating } from '../../case-commands.service';
import { IdentifyRiskCommand } from './identify-risk.command';

@CommandHandler(IdentifyRiskCommand)
export class IdentifyRiskHandler implements ICommandHandler<IdentifyRiskCommand, CommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, body, actor, options }: IdentifyRiskCommand): Promise<CommandAnswer> {
    return this.cases.run({
      caseId,
      actor,
      options,
      access: 'leader_command',
      build: creating('IdentifyRisk', 'riskId', body),
    });
  }
}
