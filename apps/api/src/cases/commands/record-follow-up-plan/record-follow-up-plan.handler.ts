import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../../commands/command-executor';
import { CaseCommands, creating } from '../../case-commands.service';
import { RecordFollowUpPlanCommand } from './record-follow-up-plan.command';

@CommandHandler(RecordFollowUpPlanCommand)
export class RecordFollowUpPlanHandler implements ICommandHandler<RecordFollowUpPlanCommand, CommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, body, actor, options }: RecordFollowUpPlanCommand): Promise<CommandAnswer> {
    return this.cases.run({
      caseId,
      actor,
      options,
      access: 'leader_command',
      build: creating('RecordFollowUpPlan', 'planId', body),
    });
  }
}
