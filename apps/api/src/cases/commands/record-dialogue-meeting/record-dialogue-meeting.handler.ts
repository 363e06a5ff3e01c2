import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../../commands/command-executor';
import { CaseCommands, creating } from '../../case-commands.service';
import { RecordDialogueMeetingCommand } from './record-dialogue-meeting.command';

@CommandHandler(RecordDialogueMeetingCommand)
export class RecordDialogueMeetingHandler implements ICommandHandler<RecordDialogueMeetingCommand, CommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, body, actor, options }: RecordDialogueMeetingCommand): Promise<CommandAnswer> {
    return this.cases.run({
      caseId,
      actor,
      options,
      access: 'leader_command',
      build: creating('RecordDialogueMeeting', 'meetingId', body),
    });
  }
}
