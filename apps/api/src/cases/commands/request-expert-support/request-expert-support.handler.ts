import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandAnswer } from '../../../commands/command-executor';
import { CaseCommands } from '../../case-commands.service';
import { RequestExpertSupportCommand } from './request-expert-support.command';

@CommandHandler(RequestExpertSupportCommand)
export class RequestExpertSupportHandler implements ICommandHandler<RequestExpertSupportCommand, CommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, body, actor, options }: RequestExpertSupportCommand): Promise<CommandAnswer> {
    return this.cases.run({
      caseId,
      actor,
      options,
      access: 'hr_command',
      build: (newId) => {
        const requestId = newId();
        // A plain object: the DTO instance's prototype must not leak into the event.
        const data = { requestId, ...body, expert: { ...body.expert } };
        return { command: { type: 'RequestExpertSupport', data }, answerId: requestId };
      },
    });
  }
}
