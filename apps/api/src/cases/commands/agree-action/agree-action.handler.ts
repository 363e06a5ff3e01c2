import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UsersRepository } from '../../../auth/users.repository';
import { ProblemException } from '../../../http/problem';
import { RUNTIME, type Runtime } from '../../../runtime/runtime';
import type { CommandAnswer } from '../../../commands/command-executor';
import { CaseCommands, creating } from '../../case-commands.service';
import { AgreeActionCommand } from './agree-action.command';

@CommandHandler(AgreeActionCommand)
export class AgreeActionHandler implements ICommandHandler<AgreeActionCommand, CommandAnswer> {
  private readonly users: UsersRepository;

  constructor(
    private readonly cases: CaseCommands,
    @Inject(RUNTIME) runtime: Runtime,
  ) {
    this.users = new UsersRepository(runtime.dataSource);
  }

  execute({ caseId, body, actor, options }: AgreeActionCommand): Promise<CommandAnswer> {
    return this.cases.run({
      caseId,
      actor,
      options,
      access: 'leader_command',
      build: creating('AgreeAction', 'actionId', body),
      validate: async () => {
        if (typeof body.responsibleId === 'string' && !(await this.users.findById(body.responsibleId))) {
          throw new ProblemException(400, 'INVALID_INPUT', 'The request has invalid fields', [
            { field: 'responsibleId', code: 'USER_NOT_FOUND', message: 'is not a user (see GET /api/users)' },
          ]);
        }
      },
    });
  }
}
